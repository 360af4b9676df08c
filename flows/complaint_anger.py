"""Swearing about a missing incentive from a linked participant ("anjing insentif gw ga masuk2
bangsat"): heard calmly, the swearing never echoed, then what the record shows and what to
check, with the complaint one tap away. Before, a record with every payment Berhasil got
"Sudah 👍 ... sudah berhasil dicairkan": the anger contradicted, no way forward. A record with
a failed payment gets its cause (DOMAIN.md "Incentives": a failed payment is not resent by
itself); any other record gets the schedule, after the same calm line."""

from __future__ import annotations

import re
from collections.abc import Callable

from flows.complaint_topics import category_for, file_complaint
from flows.complaint_venting import NOT_DISBURSED, UNPAID, scorned
from flows.formatting import long_date, money
from flows.incentive_all_paid import TOPIC as ALL_PAID
from flows.incentive_words import failure_reason
from flows.last_answer import remember
from flows.messages import Outbound
from flows.my_data import participant
from flows.queries import IncentivesQuery
from flows.runtime.machine import FlowTurn
from flows.turn import Ask, Step
from flows.views import IncentiveView

SWEARING = re.compile(
    r"\b(?:anjing\w*|anjir\w*|anjrit|njir|njing|bangsat\w*|bgst|bangke|bajingan|brengsek|"
    r"kampret|keparat|goblok\w*|goblog|tolol|bego|babi|asu|jancok|jancuk|cok|kontol|memek|"
    r"ngentot|tai|taik|setan|sialan|sial|fuck\w*|f\*+k|shit\w*|damn\w*|wtf|bullshit|"
    r"bastard|asshole)\b"
)
"""A swear word: heard, never repeated back."""
_NOT_COME = (
    r"(?:ga|gak|gk|g|nggak|ngga|enggak|tidak|tdk|belum|blm|blom|never|not|didn'?t|hasn'?t|"
    r"haven'?t)(?: \w+)? (?:masuk|cair\w*|sampai|sampe|nyampe|dapet|dapat|diterima|terima|"
    r"nerima|arrived?|came|come|received?|got|paid)(?:2|-\w+)?\b"
)
_INCENTIVE_MISSING = re.compile(
    rf"\b(?:insentif|incentive|intensif)\w*\b.{{0,30}}{_NOT_COME}"
    rf"|{_NOT_COME}.{{0,20}}\b(?:insentif|incentive|intensif)\w*\b|{UNPAID}"
    rf"|{NOT_DISBURSED.pattern}"
    r"|\b(?:dalam pengecekan|menunggu diproses|sedang diproses|belum diproses)\b"
)
"""The incentive (or the money) said not to have come: "insentif gw ga masuk2", "udh 3 bulan ga
cair2" (only the incentive is paid out), "dalam pengecekan mulu" (its status stuck)."""

OnIntent = Callable[[FlowTurn, str], Step]


def applies(turn: FlowTurn) -> bool:
    """Swearing about an incentive not received, typed outside a form in a linked chat."""
    message, session = turn.message, turn.session
    if message.payload is not None or session.flow is not None or session.participant_id is None:
        return False
    text = message.text or ""
    lowered = " ".join(text.lower().split())
    if not _INCENTIVE_MISSING.search(lowered):
        return False
    if SWEARING.search(lowered):
        return True
    # shouted, or the programme called a scam: heard here when read as the incentive's status
    # ("INSENTIF GW MANA ... PENIPU SEMUA"); read as a complaint, the complaint shows the record
    return message.intent != "complaint" and angry(text)


SHOUTED_LETTERS = 15
"""A message with at least this many letters, nearly all capitals, is shouted."""


def angry(text: str) -> bool:
    """Swearing, the programme called a scam ("PENIPU SEMUA"), or shouting in capitals
    ("INSENTIF GW MANA WOYYY")."""
    lowered = " ".join(text.lower().split())
    if SWEARING.search(lowered) or scorned(lowered, _fraud_named):
        return True
    letters = [char for char in text if char.isalpha()]
    capitals = sum(char.isupper() for char in letters)
    return len(letters) >= SHOUTED_LETTERS and capitals >= 0.9 * len(letters)


def _fraud_named(lowered: str) -> bool:
    """Another's fraud named (a joki, a cash-out offer): not anger at the programme."""
    return category_for(lowered) == "fraud"


def answer(turn: FlowTurn, on_intent: OnIntent) -> Ask[list[Outbound] | None]:
    """The calm answer from the record; None when the message is no such anger."""
    if not applies(turn):
        return None
    person = yield from participant(turn)
    if person is None:
        return None
    items: list[IncentiveView] = yield IncentivesQuery(person.id)
    heard = Outbound(turn.say("complaints.anger.heard"))
    failed = [item for item in items if item.status == "gagal"]
    if failed:
        return [heard, _failed(turn, failed[-1])]
    if items and all(item.status == "berhasil" for item in items):
        return [heard, _all_paid(turn, items)]
    return [heard, *(yield from on_intent(turn, "incentive_status"))]


def _all_paid(turn: FlowTurn, items: list[IncentiveView]) -> Outbound:
    last = max(items, key=lambda item: item.scheduled_date)
    channel = last.payout_channel or "-"
    remember(turn, ALL_PAID)  # "blm masuk2" next: which wait, a complaint one tap away
    when = long_date(last.scheduled_date, turn.lang)
    said = turn.say("complaints.anger.all_paid", count=len(items), channel=channel,
                    date=when, amount=money(last.amount))  # fmt: skip
    return Outbound(said, (file_complaint(turn, fix_shown="incentive"), turn.menu_button()))


def _failed(turn: FlowTurn, last: IncentiveView) -> Outbound:
    reason = failure_reason(turn.lang, last.failure_reason) if last.failure_reason else None
    said = turn.say("complaints.anger.failed", sequence=last.sequence,
                    date=long_date(last.scheduled_date, turn.lang), amount=money(last.amount),
                    channel=last.payout_channel or "-")  # fmt: skip
    if reason:
        said = f"{said} {turn.say('complaints.anger.failed_reason', reason=reason)}"
    said = f"{said}\n{turn.say('complaints.anger.failed_next')}"
    return Outbound(said, (file_complaint(turn, fix_shown="incentive"), turn.menu_button()))


__all__ = ["SWEARING", "angry", "answer", "applies"]
