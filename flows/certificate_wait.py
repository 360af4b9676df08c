"""How long a certificate has been awaited, said right after the certificate answer ("udh 3
hari", "udah seminggu masih belum ada", "baru kemarin"), or how long to wait, asked there ("how
long should I wait?"), read in that answer's context (``flows.follow_ons``): the certificate
appears in the dashboard about 1 working day after the training provider reports the
participant finished (DOMAIN.md). Waited past that working day: a complaint is offered (the
known fix is not shown again); else when to expect it. Asked how long: that working day, and
what to do after it."""

from __future__ import annotations

import re
from datetime import date, timedelta

from flows.complaint_topics import file_complaint
from flows.formatting import long_date
from flows.last_answer import remember
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.waiting import waited_days

TOPIC = "certificate"
"""The topic the certificate answer records (``flows.last_answer``)."""
WORKING_DAYS = 1
"""The certificate appears about this many working days after the provider reports."""
SATURDAY = 5

_HOW_LONG = (
    r"\bhow long\b|\b(?:berapa|brp|brapa) (?:lama|hari|jam)\b|\blama\w* (?:ga|gak|gk|nggak|ya|"
    r"lagi|lg)\b|\b(?:harus|hrs|perlu|mesti|should i|do i have to|need to) (?:nunggu|menunggu|"
    r"tunggu|wait)\b|\bkapan\b.{0,20}\b(?:muncul|keluar|kluar|terbit|ada)\w*|\bwhen\b.{0,30}"
    r"\b(?:appear|show|come|be (?:there|ready|issued))\w*"
)
"""How long to wait, asked: "how long should I wait?", "harus nunggu brp lama?"."""
WAITED = re.compile(
    r"\b\d{1,3}\s*(?:hari|hr|minggu|mg|pekan|bulan|bln|days?|weeks?|months?)\b"
    r"|\bse(?:hari|minggu|pekan|bulan)\b|\bber(?:hari|minggu|bulan)|\b(?:satu|dua|tiga|empat|"
    r"lima|enam|tujuh|one|two|three|four|five|a|an)\s+(?:hari|minggu|bulan|days?|weeks?|"
    r"months?)\b|" + r"\b(?:kemarin|kmrn|kemaren|yesterday|tadi|barusan|hari ini|today|"
    r"just now)\b|" + _HOW_LONG
)
"""A wait stated ("udh 3 hari", "seminggu", "dua minggu", "baru kemarin", "tadi pagi") or asked
about ("how long should I wait?", "brp lama lg?"): the follow-up this module answers."""
_YESTERDAY = re.compile(r"\b(?:kemarin|kmrn|kemaren|yesterday)\b")
_TODAY = re.compile(r"\b(?:tadi|barusan|hari ini|today|just now)\b")


def waited(text: str, since: object, today: date) -> int | None:
    """Days the user says they have waited; "kemarin" is 1, "tadi" 0; None: no wait said."""
    lowered = text.lower()
    days = waited_days(lowered, since, today)
    if days is not None:
        return days
    if _YESTERDAY.search(lowered):
        return 1
    return 0 if _TODAY.search(lowered) else None


def expected(finished: date) -> date:
    """The day the certificate is due for a training finished on ``finished``: the
    ``WORKING_DAYS``-th working day after it (Saturday and Sunday do not count)."""
    due, left = finished, WORKING_DAYS
    while left:
        due += timedelta(days=1)
        left -= due.weekday() < SATURDAY
    return due


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """The next step for a certificate awaited this long; None when no wait is said."""
    message = turn.message
    today = message.at.date()
    days = waited(message.text or "", message.entity("date"), today)
    if days is None:  # "how long should I wait?": the working day, then the provider or us
        if not re.search(_HOW_LONG, (message.text or "").lower()):
            return None
        remember(turn, TOPIC)  # "udh 3 hari" next: overdue or not
        return [turn.reply("kb.certificate_how_long", turn.menu_button())]
    due = expected(today - timedelta(days=days))
    remember(turn, TOPIC)  # "trus kapan munculnya", "kalo ga muncul2 gmn" next: still it
    if today > due:  # past the working day: the provider or the records need a look
        report = file_complaint(turn, fix_shown=TOPIC)
        return [turn.reply("kb.certificate_overdue", report, turn.menu_button(), days=days)]
    return [turn.reply("kb.certificate_expect", turn.menu_button(), date=long_date(due, turn.lang))]


__all__ = ["TOPIC", "WAITED", "answer", "expected", "waited"]
