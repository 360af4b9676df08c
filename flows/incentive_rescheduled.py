"""The day staff rescheduled an incentive to, asked about ("tgl 5 itu pasti masuk ya?",
"kapan pastinya masuk", "kalo tgl 5 blm masuk gmn"). A complaint ticket on the incentive whose
staff message names a date ("Insentif kamu sudah dijadwalkan ulang pada 5 Desember 2026") is
the newest word on it: the answer cites that date and its usual arrival window (DOMAIN.md
"Incentives": money arrives 3–5 working days after the scheduled date), promises no day, and
says to come back (reopen the ticket) if nothing arrives by the window's end. Probe p23b b6:
the old schedule's "long past, file a complaint" contradicted staff's new date.

None: no such ticket, its date's window is over (the overdue answers apply), or not asked."""

from __future__ import annotations

import re
from datetime import date

from flows.date_answers import parse_date
from flows.formatting import long_date
from flows.incentive_exact_date import arrival_window, asks_exact
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.my_data import participant
from flows.queries import MyTickets
from flows.runtime.machine import FlowTurn
from flows.turn import Ask
from flows.views import TicketView

RESCHEDULED = "incentive_rescheduled"
"""The topic remembered after this answer (``flows.last_answer``)."""
CATEGORIES = ("incentive", "payout_link")
MAX_WORDS = 14
_NOT_ARRIVED = re.compile(
    r"\b(?:belum|blm|blom|ga|gak|gk|nggak|ngga|tidak|tdk|masih\s+belum)\s+(?:juga\s+)?"
    r"(?:masuk|cair|nyampe|sampai|sampe|ada|dapet|dapat|ditransfer)\b"
    r"|\b(?:not|never|doesn'?t|didn'?t|hasn'?t|isn'?t)\s+(?:yet\s+)?(?:arriv\w*|come|came|"
    r"paid|there|in)\b"
)
"""It did not come: "blm masuk", "ga cair juga", "doesn't arrive"."""
_OTHER_THING = re.compile(
    r"\b(?:email|e-mail|otp|kode|code|sms|sertifikat\w*|certificate|saldo|balance|voucher)\b"
)
"""Something else that did not come (a code, an email, the certificate)."""
_DAY = re.compile(r"\b(?:tgl|tanggal|tg|date|on the)\s*(\d{1,2})\b")


def staff_date(tickets: list[TicketView]) -> tuple[TicketView, date] | None:
    """The newest incentive ticket whose staff message names a date, and that date."""
    for ticket in tickets:
        if ticket.category not in CATEGORIES or not ticket.message:
            continue
        found = parse_date(ticket.message)
        if isinstance(found, date):
            return ticket, found
    return None


def _asked(turn: FlowTurn, day: date) -> bool:
    """The exact day asked, or what if nothing comes (about that day, or right after)."""
    lowered = " ".join((turn.message.text or "").lower().split())
    if not lowered or len(lowered.split()) > MAX_WORDS:
        return False
    if asks_exact(turn):
        return True
    if not _NOT_ARRIVED.search(lowered):
        return False
    named = _DAY.search(lowered)
    if named is not None:
        return int(named.group(1)) == day.day
    return just_said(turn) == RESCHEDULED


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """Staff's new date and its arrival window, else None."""
    message = turn.message
    if message.payload is not None or turn.session.flow is not None or len(message.parts) > 1:
        return None
    lowered = (message.text or "").lower()
    if _OTHER_THING.search(lowered):
        return None  # "email verifikasi ga masuk" is no payment
    if not (asks_exact(turn) or _NOT_ARRIVED.search(lowered)):
        return None
    if (yield from participant(turn)) is None:
        return None
    tickets: list[TicketView] = list((yield MyTickets(message.channel, message.user_id)))
    found = staff_date(tickets)
    if found is None:
        return None
    ticket, day = found
    facts = turn.ctx.programme.facts()
    window = arrival_window(day, str(facts["arrival_days"]))
    last = window[1] if window is not None else day
    if last < message.at.date() or not _asked(turn, day):
        return None
    params = {
        **facts,
        "reference": ticket.reference,
        "date": long_date(day, turn.lang),
        "last": long_date(last, turn.lang),
    }
    key = "window" if window is not None else "plain"
    if not asks_exact(turn):
        key = "if_not"  # "kalo tgl 5 blm masuk gmn": what to do then
    if window is not None:
        params["first"] = long_date(window[0], turn.lang)
    remember(turn, RESCHEDULED)
    return [Outbound(turn.say(f"incentive_rescheduled.{key}", **params), (turn.menu_button(),))]


__all__ = ["RESCHEDULED", "answer", "staff_date"]
