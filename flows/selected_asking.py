"""The selected participant a typed question is about, when the question is one only they
can have (more time to buy a course for a hardship, the balance and the deadline at once)."""

from __future__ import annotations

from collections.abc import Callable

from flows.my_data import participant
from flows.runtime.machine import FlowTurn
from flows.turn import Ask
from flows.views import ParticipantView


def selected_asking(turn: FlowTurn, asks: Callable[[str], bool]) -> Ask[ParticipantView | None]:
    """The selected participant behind a message typed outside a flow that ``asks``; None for
    a tap, a flow, a chat not known to be linked, another question or another status."""
    message = turn.message
    if message.payload is not None or turn.session.flow is not None:
        return None
    if turn.session.participant_id is None or not asks(message.text or ""):
        return None
    person = yield from participant(turn)
    return person if person is not None and person.status == "selected" else None


__all__ = ["selected_asking"]
