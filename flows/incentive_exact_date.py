"""The exact day a linked participant's incentive arrives, asked ("tgl brp pastinya masuk",
"kapan tepatnya cair", "what date exactly"), or "trs kapan" right after an incentive answer
(probe p22b #29: both got "Maksud kamu yang mana?"). Answered from their own records with the
payout rule (DOMAIN.md "Incentives": money arrives 3–5 working days after the scheduled date;
"contact support if not received after 7×24 hours"), and that no surer day is known:

- no schedule yet: no date exists; the steps that make one (first course finished, certificate
  about 1 working day after the provider reports, rating and review), then the 3–5 days;
- a payment waiting, its date recent or ahead: that date and the window it gives, counted in
  working days Monday to Friday (judgement call: national holidays are not known here, so the
  window is "about" and said to move with them);
- a payment long past the support window: no date, a complaint (``flows.incentive_stalled``);
- nothing waiting (all paid, or failed): the schedule as ``flows.my_incentives`` shows it when
  the exact date was asked in words; a bare "trs kapan" is left to the other follow-ups.

None: not such a question, no linked participant, or not past selection."""

from __future__ import annotations

import re
from datetime import date, timedelta

from flows import incentive_stalled, my_incentives
from flows.complaint_topics import file_complaint
from flows.follow_up_answers import INCENTIVE_OVERDUE, INCENTIVE_TIMING
from flows.formatting import long_date, money
from flows.incentive_asks import after_incentive
from flows.incentive_outlook import PAST_SELECTION
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.my_data import participant
from flows.queries import IncentivesQuery
from flows.runtime.machine import FlowTurn
from flows.turn import Ask
from flows.views import IncentiveView

MAX_WORDS = 12
_EXACT = re.compile(
    r"\b(?:tanggal|tgl|tg|hari|hr|jam)\s+(?:berapa|brp|brapa|brpa|brp\w*)\b"
    r"|\bpasti(?:nya|ny)?\b|\b(?:tepat|persis)(?:nya|ny)?\b"
    r"|\b(?:exact\w*|precise\w*|what date|which date|which day|what day)\b"
)
"""A day asked for, or exactly: "tgl brp", "pastinya", "kapan tepatnya", "exact date"."""
_EXACT_WHEN = re.compile(r"\b(?:kapan|kpn|kapn|when)\b|\b(?:tanggal|tgl|hari|date|day)\b")
_MONEY = re.compile(
    r"\b(?:insentif\w*|intensif\w*|incentives?|dana\w*|uang\w*|duit\w*|money|funds?|payment|"
    r"transfer\w*|masuk\w*|cair\w*|dicairkan|nyampe|sampai|sampe|arriv\w*|paid)\b"
)
"""The money, or its arrival, named ("pastinya masuk", "tgl brp cairnya")."""
_OTHER = re.compile(
    r"\b(?:sertifikat\w*|certificate\w*|pelatihan\w*|kursus\w*|kelas\w*|course\w*|webinar\w*|"
    r"saldo\w*|balance|gelombang\w*|wave\w*|pengumuman\w*|announce\w*|tiket\w*|ticket\w*|"
    r"survei\w*|survey\w*|deadline\w*|batas\w*|otp|kode|code|redeem\w*|daftar|mendaftar|"
    r"pendaftaran|register\w*|join|akun|account|blokir\w*|diblokir)\b"
)
"""Another date named: the question is about that."""
_BARE_WHEN = re.compile(
    r"^\W*(?:(?:trs|trus|terus|jadi|jd|lalu|nah|terusnya|trsnya|so|then|and)\W*\s+)?"
    r"(?:kapan|kpn|kapn|when)(?:\s+(?:dong|donk|sih|ya|yah|kak|min|nya|tuh|itu|then|exactly|"
    r"cairnya|masuknya|dapetnya|dpt\w*|nyampenya|ditransfer\w*|transfernya))*\W*$"
)
"""When, bare, after an incentive answer: "trs kapan", "jadi kapan dong", "so when?"."""
_WINDOW = re.compile(r"(\d+)\s*[–-]\s*(\d+)")
"""The arrival days configured ("3–5"): the window's first and last working day."""


def asks_exact(turn: FlowTurn) -> bool:
    """The incentive's exact day asked in words (its money named, or read as its status)."""
    lowered = " ".join((turn.message.text or "").lower().split())
    if not lowered or len(lowered.split()) > MAX_WORDS or _OTHER.search(lowered):
        return False
    if not (_EXACT.search(lowered) and _EXACT_WHEN.search(lowered)):
        return False
    ranked = [name for name, _ in turn.message.ranking[:1]]
    return bool(_MONEY.search(lowered)) or "incentive_status" in ranked or after_incentive(turn)


def _bare_when(turn: FlowTurn) -> bool:
    lowered = " ".join((turn.message.text or "").lower().split())
    return bool(_BARE_WHEN.fullmatch(lowered)) and after_incentive(turn)


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """The exact day's honest answer from the records, else None."""
    message = turn.message
    if message.payload is not None or turn.session.flow is not None or len(message.parts) > 1:
        return None
    if just_said(turn) == INCENTIVE_OVERDUE:
        return None  # "pastinya kapan" again after the overdue answer: its short follow-up
    exact = asks_exact(turn)
    if not exact and not _bare_when(turn):
        return None
    person = yield from participant(turn)
    if person is None or person.status not in PAST_SELECTION:
        return None
    items: list[IncentiveView] = yield IncentivesQuery(person.id)
    facts = turn.ctx.programme.facts()
    if not items:
        return [turn.reply("incentive_exact_date.none", turn.menu_button(), **facts)]
    waiting = sorted(
        (item for item in items if item.status in incentive_stalled.WAITING),
        key=lambda item: item.scheduled_date,
    )
    if not waiting:  # all paid, or failed: the schedule says which and what to do
        return (yield from my_incentives.incentive_schedule(turn)) if exact else None
    report = file_complaint(turn, fix_shown="incentive")
    if incentive_stalled.stalled(turn, waiting):
        lines = [turn.say("incentive_exact_date.overdue", **facts)]
        lines += incentive_stalled.lines(turn, waiting)
        remember(turn, INCENTIVE_OVERDUE)  # "udah 2 hari", "pastinya kapan" next: a complaint
        return [Outbound("\n".join(lines), (report, turn.menu_button()))]
    remember(turn, INCENTIVE_TIMING)  # "udh 2 minggu" next: complain or wait
    return [Outbound(_window_text(turn, waiting[0]), (turn.menu_button(),))]


def _window_text(turn: FlowTurn, item: IncentiveView) -> str:
    """The payment's date, the days the money comes in, and that no day is surer."""
    facts = turn.ctx.programme.facts()
    params = {
        **facts,
        "sequence": item.sequence,
        "amount": money(item.amount),
        "date": long_date(item.scheduled_date, turn.lang),
    }
    window = arrival_window(item.scheduled_date, str(facts["arrival_days"]))
    if window is None:
        return turn.say("incentive_exact_date.scheduled", **params)
    first, last = (long_date(day, turn.lang) for day in window)
    return turn.say("incentive_exact_date.window", first=first, last=last, **params)


def arrival_window(scheduled: date, days: str) -> tuple[date, date] | None:
    """The first and last day money scheduled on ``scheduled`` usually arrives, ``days``
    ("3–5") working days (Monday to Friday) after it; None when ``days`` is no range."""
    found = _WINDOW.search(days)
    if found is None:
        return None
    least, most = int(found.group(1)), int(found.group(2))
    return add_working_days(scheduled, least), add_working_days(scheduled, most)


def add_working_days(start: date, count: int) -> date:
    """The day ``count`` working days (Monday to Friday) after ``start``."""
    day = start
    while count > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            count -= 1
    return day


__all__ = ["add_working_days", "answer", "arrival_window", "asks_exact"]
