"""Whether the chat is linked to a participant in a given status (read from the records only
when the chat is linked at all)."""

from __future__ import annotations

from flows.queries import ParticipantQuery
from flows.runtime.machine import FlowTurn
from flows.turn import Ask


def linked_in(turn: FlowTurn, status: str) -> Ask[bool]:
    """The chat is linked to a participant whose status is ``status`` ("revoked",
    "not_selected" ...). The records decide: a session saved before the chat's link was known
    (a chat linked elsewhere) has no ``participant_id`` yet."""
    person = yield ParticipantQuery(turn.message.channel, turn.message.user_id)
    if person is not None:
        turn.session.participant_id = person.id
    return person is not None and person.status == status


__all__ = ["linked_in"]
