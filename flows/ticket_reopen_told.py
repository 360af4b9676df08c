"""A longer "still not solved" right after the status of a finished ticket: "it's still not
working, I can't log in with the new email", "masih belum beres kak, pas login pake email baru
tetep ditolak". The short follow-up (``flows.follow_ons``, at most eight words) offered to
reopen the ticket; a message that also tells what still fails went to that topic's general
tips instead (probe p22c g03). Any length now gets the offer (``ticket_reopen_offer``) when
the status just shown was a finished ticket and the message says the problem persists."""

from __future__ import annotations

from flows.last_answer import just_said
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.ticket_reopen_offer import FINISHED_TICKET, NOT_SOLVED, STILL_ABSENT, after_status
from flows.turn import Ask


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """The reopen offer for a "still not solved" said right after a finished ticket's status,
    else None."""
    message = turn.message
    text = (message.text or "").lower()
    if message.payload is not None or turn.session.flow is not None:
        return None
    if just_said(turn) != FINISHED_TICKET:
        return None
    if not (NOT_SOLVED.search(text) or STILL_ABSENT.search(text)):
        return None
    return (yield from after_status(turn))


__all__ = ["answer"]
