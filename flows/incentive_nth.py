"""A linked participant asking about their incentive schedule, or one payment of it by its
number ("insentif ke 2 kapan masuk ya", "jadwal insentif aku kapan aja", "when is my second
incentive payment?"), answered from their own records whatever came just before. Right after an
answer that offered a complaint (a schedule past 7×24 hours, a failed payment), such a question
was read as a follow-up of that answer: "Aku tidak bisa memastikan kapan dananya masuk ... buat
pengaduan" for a second payment paid in 2021, or "no date for the resend" for the schedule.

A number said alone right after an answer on the incentive ("trs yg kedua kapan", probe p18
D11) names a payment too (before, "Aku tidak bisa memastikan ..." for a second payment paid in
2021). A payment named by its number gets its own line: paid (when, where), failed (the fix, then a
complaint), waiting (when money usually arrives, or, long past its date, the honest answer of
``flows.incentive_stalled``); a number past the participant's era (DOMAIN.md "Eras": 2023-2024
Rp600,000 × 1, 2020-2022 × 4) is told so, with their schedule. The whole schedule asked is
``flows.my_incentives``' answer. A failure, a wait or a missing payment told, a resend asked, a
survey's payment or a complaint asked for keep their own answers.

None: none of these asked, or the chat is not linked (the general answers go on)."""

from __future__ import annotations

import re

from flows import (
    incentive_all_paid,
    incentive_resend,
    incentive_stalled,
    incentive_story,
    my_incentives,
    nth,
)
from flows.complaint_topics import FILES_COMPLAINT, file_complaint
from flows.fallback import previous_intent
from flows.follow_up_answers import INCENTIVE_CHECKING, INCENTIVE_OVERDUE, INCENTIVE_TIMING
from flows.formatting import long_date, money
from flows.incentive_words import payment_line, status_label
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.my_data import Answer, participant
from flows.queries import IncentivesQuery
from flows.runtime.machine import FlowTurn
from flows.turn import within_context_of
from flows.views import IncentiveView, ParticipantView

_INCENTIVE = r"(?:insentif\w*|intensif\w*|incentives?|pencairan\w*)"
_NUMBERED = nth.patterns(_INCENTIVE, 3)
"""A number after the incentive ("insentif ke 2", "insentif aku yg ke-2", "insentif tahap 2")
or before it ("my second incentive", "2nd payment")."""
_SCHEDULE = re.compile(
    rf"\b(?:jadwal\w*|jdwl|schedule\w*)\b.{{0,25}}\b{_INCENTIVE}|\b{_INCENTIVE}.{{0,25}}"
    r"\b(?:jadwal\w*|jdwl|schedule\w*)\b"
)
_OTHER = re.compile(
    r"\b(?:survei\w*|survey\w*|survai|kuesioner|gagal|ditolak|failed|fail|rejected|saldo\w*|"
    r"balance|total|jumlah\w*|arti\w*|maksud\w*|mean\w*)\b"
)
"""Another question: a survey's payment, a failure told, the balance, a total, a meaning."""
_COURSE_NTH = re.compile(
    r"\b(?:pelatihan|kelas|kursus|training|course)\s+(?:yg\s+|yang\s+)?(?:kedua|ketiga|ke-?\s?\d|"
    r"second|third|2nd|3rd)\b"
)
_AFTER = frozenset(
    {"incentive_failed", INCENTIVE_OVERDUE, INCENTIVE_TIMING, INCENTIVE_CHECKING,
     incentive_all_paid.TOPIC}
)  # fmt: skip
"""Topics of answers on the incentive (``flows.last_answer``) a bare number follows."""


def number_asked(text: str) -> int | None:
    """The payment's number the message names ("insentif ke 2" -> 2), else None."""
    return nth.number_in(text, _NUMBERED)


def asks(text: str) -> bool:
    """Whether the schedule, or one payment by its number, is asked about (and nothing else
    with its own answer: a failure or a missing payment told, a resend, a complaint)."""
    lowered = " ".join(text.lower().split())
    if not lowered or _OTHER.search(lowered) or FILES_COMPLAINT.search(lowered):
        return False
    if incentive_resend.asks(lowered) or incentive_all_paid.NOT_ARRIVED.search(lowered):
        return False
    if incentive_story.NOT_ARRIVED.search(lowered) or _COURSE_NTH.search(lowered):
        return False  # "kelas kedua ada insentifnya ga": a course's number, not a payment's
    return number_asked(lowered) is not None or bool(_SCHEDULE.search(lowered))


def answer(turn: FlowTurn) -> Answer:
    """The schedule, or the payment named, from the linked participant's records; None: not
    asked, or the chat is not linked."""
    message = turn.message
    if message.payload is not None or turn.session.participant_id is None:
        return None
    alone = _alone_after_incentive(turn)  # "trs yg kedua kapan" right after the schedule
    if alone is None and not asks(message.text or ""):
        return None
    number = alone if alone is not None else number_asked(message.text or "")
    if number is None:
        return (yield from my_incentives.incentive_schedule(turn))
    person = yield from participant(turn)
    if person is None:
        return None
    items: list[IncentiveView] = yield IncentivesQuery(person.id)
    if not items:  # none yet (or revoked: none comes): the schedule's own answer
        return (yield from my_incentives.incentive_schedule(turn))
    item = next((i for i in items if i.sequence == number), None)
    if item is None:
        return [_not_listed(turn, person, items, number)]
    return [_one(turn, item)]


def _alone_after_incentive(turn: FlowTurn) -> int | None:
    """The number said alone ("trs yg kedua kapan") right after an answer on the incentive
    (its topic recorded, or the question before read as the incentive's); else None."""
    lowered = " ".join((turn.message.text or "").lower().split())
    if _OTHER.search(lowered) or FILES_COMPLAINT.search(lowered):
        return None
    number = nth.number_in(lowered, (nth.ALONE,))
    if number is None:
        return None
    after = just_said(turn) in _AFTER or (
        previous_intent(turn) == "incentive_status"
        and within_context_of(turn.session.last_activity, turn.message.at)
    )
    return number if after else None


def _params(turn: FlowTurn, item: IncentiveView) -> dict[str, object]:
    return {
        "sequence": item.sequence,
        "amount": money(item.amount),
        "date": long_date(item.scheduled_date, turn.lang),
        "status": status_label(turn.lang, item.status, item.status_label),
        "channel": item.payout_channel or "-",
    }


def _one(turn: FlowTurn, item: IncentiveView) -> Outbound:
    """The payment asked about: paid, failed, or still waiting (long past its date or not)."""
    facts = turn.ctx.programme.facts()
    params = _params(turn, item)
    menu = turn.menu_button()
    if item.status == "berhasil":
        incentive_all_paid.note(turn)  # "kok lama bgt" next: this one is paid
        return turn.reply("incentive_nth.paid", menu, **params)
    if item.status == "gagal":
        remember(turn, "incentive_failed")  # "knp gagal?" next: the cause and its fix
        lines = [turn.say("incentive_nth.failed", **params), turn.say("kb.incentive_fix")]
        report = file_complaint(turn, fix_shown="incentive")
        return Outbound("\n".join(lines), (report, menu))
    stalled = incentive_stalled.lines(turn, [item])
    if stalled:  # long past its date: which, since when, and no more waiting
        remember(turn, INCENTIVE_OVERDUE)  # "brp lama lg" next: no date, a complaint
        report = file_complaint(turn, fix_shown="incentive")
        return Outbound("\n".join(stalled), (report, menu))
    remember(turn, INCENTIVE_TIMING)  # "udh 2 minggu" next: complain or wait
    lines = [turn.say("incentive_nth.waiting", **params), turn.say("kb.incentive_timing", **facts)]
    return Outbound("\n".join(lines), (menu,))


def _not_listed(
    turn: FlowTurn, person: ParticipantView, items: list[IncentiveView], number: int
) -> Outbound:
    """A number with no payment: past the era's count (none comes), or not scheduled yet."""
    programme = turn.ctx.programme
    era = programme.eras.get(person.era or "")
    if era is not None and number > era.incentive_times:
        said = turn.say("incentive_nth.beyond_era", sequence=number, **era.facts())
    else:
        said = turn.say("incentive_nth.not_listed", sequence=number)
    schedule = [turn.say("kb.incentive_header"), *(payment_line(turn, i) for i in items)]
    return Outbound("\n".join([said, *schedule]), (turn.menu_button(),))


__all__ = ["answer", "asks", "number_asked"]
