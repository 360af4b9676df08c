"""Complaint tickets and handoffs to an agent: filed, looked up, answered; a place in a queue."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from flows.queries.base import Query


@dataclass(frozen=True, slots=True)
class CreateTicket(Query):
    """-> the new ticket's reference (``PRK-12345678``)."""

    channel: str
    user_id: str
    category: str
    description: str = field(repr=False)
    priority: str = "normal"
    details: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class TicketQuery(Query):
    """-> ``views.TicketView`` for a reference, or None when no such ticket was filed by this
    identity or its participant (someone else's ticket is not shown: references can be
    guessed)."""

    reference: str
    channel: str
    user_id: str


@dataclass(frozen=True, slots=True)
class MyTickets(Query):
    """-> list of ``views.TicketView`` filed by this identity or its participant, newest first."""

    channel: str
    user_id: str


@dataclass(frozen=True, slots=True)
class TicketFiles(Query):
    """-> list of ``views.TicketFileView``: the files kept on this identity's (or its
    participant's) ticket ``reference``, oldest first; empty when none, or not theirs."""

    channel: str
    user_id: str
    reference: str


@dataclass(frozen=True, slots=True)
class TicketReply(Query):
    """-> True when ``text`` (masked already) was added to the participant's ticket that waited
    for their data, and the ticket went back to staff; False when it is not theirs or waits
    for nothing (any more). ``comment``: added instead to their ticket still worked on (open
    or in progress), its status kept; False when it is not (any more)."""

    channel: str
    user_id: str
    reference: str
    text: str = field(repr=False)
    comment: bool = False


@dataclass(frozen=True, slots=True)
class ReopenTicket(Query):
    """-> True when the participant's ticket, resolved at or after ``resolved_since``, went
    back to staff with ``text`` (masked already) as their reply; False when it is not theirs,
    not resolved (closed, moved meanwhile) or resolved before that."""

    channel: str
    user_id: str
    reference: str
    text: str = field(repr=False)
    resolved_since: datetime


@dataclass(frozen=True, slots=True)
class CreateHandoff(Query):
    """-> ``views.HandoffTicket`` (id and position in its queue)."""

    channel: str
    user_id: str
    queue: str
    reason: str
    summary: Any = field(default=None, hash=False, compare=False)


@dataclass(frozen=True, slots=True)
class CancelHandoff(Query):
    """-> True if a waiting handoff of this conversation was closed."""

    channel: str
    user_id: str


@dataclass(frozen=True, slots=True)
class RateHandoff(Query):
    """-> True if the rating was recorded (a closed handoff of this conversation, not yet rated)."""

    channel: str
    user_id: str
    handoff_id: int
    score: int


@dataclass(frozen=True, slots=True)
class HandoffPosition(Query):
    """-> the position of this conversation's waiting handoff in its queue, or None."""

    channel: str
    user_id: str
