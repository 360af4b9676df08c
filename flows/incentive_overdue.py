"""A wait told right after a linked participant's schedule that is already past the support
window, shorter than that window ("udah 2 hari", "already 2 days" after "usually 3–5 working
days"): the complaint is still the answer, but it names the payment and the date it is judged
by ("Menurut data kami, insentif ke-4 (Rp600.000) berstatus Berhasil dengan tanggal jadwal 2
Agustus 2021 ..."), so that "complain now" does not read as contradicting the days just said.
Money arrives some working days after the scheduled date, and support looks after 7×24 hours
(DOMAIN.md "Incentives")."""

from __future__ import annotations

from flows import my_incentives
from flows.complaint_topics import file_complaint
from flows.follow_up_answers import INCENTIVE_OVERDUE, WAITED
from flows.formatting import long_date, money
from flows.incentive_words import status_label
from flows.last_answer import remember, short_after
from flows.messages import Outbound
from flows.my_data import Answer, participant
from flows.queries import IncentivesQuery
from flows.runtime.machine import FlowTurn
from flows.views import IncentiveView
from flows.waiting import says_waited_too_long

MAX_WORDS = 8
"""A follow-up is short; a longer message says what it is about itself."""


def waited(turn: FlowTurn) -> Answer:
    """The dated answer to a wait shorter than the support window told right after an overdue
    schedule; None when no such wait is told there (a longer one says to complain by itself),
    the chat is not linked, or no payment is past the support window."""
    said = short_after(turn, INCENTIVE_OVERDUE, MAX_WORDS)
    if said is None or not WAITED.search(said):
        return None
    if says_waited_too_long(turn.message, turn.ctx.programme.incentive_support_after_hours):
        return None  # "udh 10 hari kerja": that wait alone says to complain (follow_up_answers)
    person = yield from participant(turn)
    if person is None:
        return None
    items: list[IncentiveView] = yield IncentivesQuery(person.id)
    judged = _judged(turn, items)
    if judged is None:
        return None
    remember(turn, INCENTIVE_OVERDUE)  # "udh 10 hari kerja" next: a complaint all the same
    key = "paid" if judged.status == "berhasil" else "due"
    text = turn.say(
        f"incentive_overdue.{key}",
        sequence=judged.sequence,
        amount=money(judged.amount),
        date=long_date(judged.scheduled_date, turn.lang),
        status=status_label(turn.lang, judged.status, judged.status_label),
        **turn.ctx.programme.facts(),
    )
    report = file_complaint(turn, fix_shown="incentive")
    return [Outbound(text, (report, turn.menu_button()))]


def _judged(turn: FlowTurn, items: list[IncentiveView]) -> IncentiveView | None:
    """The payment the schedule was judged overdue by: the latest one past the support window
    and not paid, else the latest one past it (paid, its money not arrived)."""
    cutoff = my_incentives.support_cutoff(turn)
    past = [item for item in items if item.scheduled_date < cutoff and item.status != "gagal"]
    unpaid = [item for item in past if item.status != "berhasil"]
    chosen = unpaid or past
    return max(chosen, key=lambda item: item.scheduled_date) if chosen else None


__all__ = ["waited"]
