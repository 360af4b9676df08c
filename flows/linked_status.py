"""Whether the chat is linked to a participant in a given status (read from the records only
when the chat is linked at all)."""

from __future__ import annotations

from flows.queries import ParticipantQuery
from flows.runtime.machine import FlowTurn
from flows.turn import Ask


def linked_in(turn: FlowTurn, status: str) -> Ask[bool]:
    """The chat is linked to a participant whose status is ``status`` ("revoked",
    "not_selected" ...)."""
    if turn.session.participant_id is None:
        return False
    person = yield ParticipantQuery(turn.message.channel, turn.message.user_id)
    return person is not None and person.status == status


__all__ = ["linked_in"]
