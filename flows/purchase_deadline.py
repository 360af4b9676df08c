"""A selected participant whose first-purchase deadline has passed by the turn's clock
(``Message.at``): the records may still say "selected" until the revocation is processed, but
the deadline is told as passed and, by the rules, the participation as revoked (DOMAIN.md: buy
the first course before the deadline, or the card is revoked), with a complaint one tap away;
never "buy before" a date already gone. Asked as the balance ("aku blm beli pelatihan, masih
bisa ga min?") or as the selection status; anything else is ``flows.my_data``'s answer."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from flows import balance_named, money_help, my_data
from flows.complaint_topics import file_complaint
from flows.formatting import long_date
from flows.last_answer import SAID, remember
from flows.messages import Outbound
from flows.my_data import Answer
from flows.queries import ParticipantQuery
from flows.runtime.machine import FlowTurn
from flows.views import ParticipantView

PASSED = "purchase_deadline_passed"
"""``flows.last_answer`` topic: the first purchase's deadline was told as passed."""


def lapsed(turn: FlowTurn, person: ParticipantView) -> bool:
    """Selected, and the first purchase's deadline is before this turn."""
    deadline = person.purchase_deadline
    return person.status == "selected" and deadline is not None and deadline < turn.message.at


def deadline_ahead(turn: FlowTurn, person: ParticipantView) -> datetime | None:
    """The first purchase's deadline of a selected participant, if it has not passed yet."""
    if person.status != "selected" or lapsed(turn, person):
        return None
    return person.purchase_deadline


def training_balance(turn: FlowTurn) -> Answer:
    if turn.session.participant_id is not None and balance_named.incentive_named(
        turn.message.text
    ):  # "saldo insentif aku brp": the incentive schedule, not the training balance
        from flows import my_incentives  # here: it imports my_data too

        return (yield from my_incentives.incentive_schedule(turn))
    from flows import balance_can_buy  # here: it imports this module's ``lapsed``

    can = yield from balance_can_buy.answer(turn)  # "kalo aku beli sekarang bisa ga": "Bisa"
    if can is not None:
        return can
    replies = yield from _unless_passed(
        turn, "kb.deadline_passed_balance", my_data.training_balance
    )
    said = turn.session.profile.get(SAID)
    said_now = isinstance(said, list) and len(said) == 3 and said[2] == turn.session.turns
    if replies and turn.session.participant_id is not None and not said_now:
        remember(turn, money_help.BALANCE)  # "sampe kapan?" next: how long it lasts
    return replies


def selection_status(turn: FlowTurn) -> Answer:
    return (yield from _unless_passed(turn, "kb.deadline_passed_status", my_data.selection_status))


def _unless_passed(turn: FlowTurn, key: str, answer: Callable[[FlowTurn], Answer]) -> Answer:
    """``answer``, unless the participant record it reads shows a passed deadline: then ``key``
    (the record is read once; a NIK that is not the user's is refused before it is read)."""
    steps = answer(turn)
    try:
        query = next(steps)
        while True:
            found = yield query
            read = isinstance(query, ParticipantQuery) and isinstance(found, ParticipantView)
            if read and lapsed(turn, found):
                steps.close()
                turn.session.participant_id = found.id
                return [_passed(turn, found, key)]
            query = steps.send(found)
    except StopIteration as done:
        return done.value  # type: ignore[no-any-return]


def passed(turn: FlowTurn, person: ParticipantView, key: str) -> Outbound:
    """The deadline told as passed (``key``), with a complaint one tap away."""
    return _passed(turn, person, key)


def _passed(turn: FlowTurn, person: ParticipantView, key: str) -> Outbound:
    remember(turn, PASSED)  # "loh kok gabisa" next (``flows.purchase_deadline_passed``)
    deadline = long_date(person.purchase_deadline or turn.message.at, turn.lang)
    report = file_complaint(turn, topic="revoked")
    body = turn.say(key, wave=person.wave_number or "-", deadline=deadline)
    return Outbound(body, (report, turn.menu_button()))


__all__ = ["PASSED", "lapsed", "passed", "selection_status", "training_balance"]
