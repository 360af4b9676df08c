"""A complaint about a topic that already has a ticket of this chat still being worked on
("mau komplain sertifikat blm keluar" with a certificate ticket in progress): no second ticket
for the same problem. Once the category is known (named, taken from the conversation, or
switched to), the form looks for an open ticket of that category (open, in progress, waiting
for the participant) and, finding one, ends with it named (reference, status, staff's
message) and three ways on: add information or evidence to it (``flows.ticket_reply``), its
status, or another complaint (the category menu, nothing carried over).

A ticket is named once: chosen "Pengaduan lain" and then the same category again, the form
goes on (it is a different problem of that topic)."""

from __future__ import annotations

from flows import ticket_category
from flows.formatting import long_date
from flows.last_answer import remember
from flows.messages import Button, Outbound
from flows.queries import MyTickets
from flows.runtime.machine import FlowTurn, Slots
from flows.ticket_add_info import OPEN_TICKET_NAMED, WORKED_ON
from flows.ticket_reply import staff_message
from flows.ticket_reply_typed import payload
from flows.turn import Ask, FlowContext, within_context_of
from flows.views import TicketView

FOUND = "open_ticket"
"""Slot: the reference of the open ticket of the complaint's category."""
LINE = "_open_ticket_line"
"""Slot: that ticket's status line, as the status answer shows it."""
NAMED = "complaint_open_ticket"
"""``session.profile`` key: the open ticket just named, {"reference", "at"}: not named again
within the context window ("Pengaduan lain", then the same category)."""
ANOTHER = "flow:complaints"
"""The "Pengaduan lain" button's payload: the form from its category menu."""


def check(turn: FlowTurn) -> Ask[list[Outbound]]:
    """Note the open ticket of the complaint's category, if any and not just named."""
    category = turn.slots.get("category")
    message = turn.message
    tickets = yield MyTickets(message.channel, message.user_id)
    same = [t for t in tickets if t.status in WORKED_ON and t.category == category]
    ticket = next((t for t in same if not _just_named(turn, t.reference)), None)
    if ticket is not None:
        turn.slots[FOUND], turn.slots[LINE] = ticket.reference, line(turn, ticket)
        turn.session.profile[NAMED] = {"reference": ticket.reference, "at": message.at.timestamp()}
        remember(turn, OPEN_TICKET_NAMED)  # "mau tambah info" next: to that ticket
    return []


def found(slots: Slots, _: FlowContext) -> bool:
    return bool(slots.get(FOUND))


def params(turn: FlowTurn) -> dict[str, object]:
    return {"reference": turn.slots.get(FOUND) or "-", "line": turn.slots.get(LINE) or ""}


def buttons(turn: FlowTurn) -> tuple[Button, ...]:
    return ways(turn, str(turn.slots.get(FOUND) or ""))


def ways(turn: FlowTurn, reference: str) -> tuple[Button, ...]:
    """Add to the open ticket ``reference``, its status, or another complaint."""
    return (
        turn.button("complaints.open_ticket_add", payload(reference, said=False, adding=True)),
        turn.button("intents.complaint_status", "intent:complaint_status"),
        turn.button("complaints.open_ticket_another", ANOTHER),
    )


def line(turn: FlowTurn, ticket: TicketView) -> str:
    """The ticket's status line (and staff's message), as the status answer shows it."""
    return status_line(turn, ticket) + staff_message(turn, ticket)


def status_line(turn: FlowTurn, ticket: TicketView) -> str:
    """The ticket's reference, category, status and date in one line."""
    return turn.say(
        "complaints.status_line",
        reference=ticket.reference,
        category=ticket_category.label(turn, ticket.category),
        status=turn.say(f"ticket_status.{ticket.status}"),
        date=long_date(ticket.created_at, turn.lang),
    )


def another_asked(turn: FlowTurn) -> bool:
    """The form started with "Pengaduan lain" under a ticket just named: its topic is not
    taken from the conversation before (``flows.complaint_context``)."""
    return turn.message.payload == ANOTHER and _just_named(turn, None)


def _just_named(turn: FlowTurn, reference: str | None) -> bool:
    """The open ticket ``reference`` (any, for None) was named within the context window."""
    named = turn.session.profile.get(NAMED)
    if not isinstance(named, dict) or reference not in (None, named.get("reference")):
        return False
    at = named.get("at")
    return isinstance(at, float) and within_context_of(at, turn.message.at)


__all__ = [
    "ANOTHER",
    "FOUND",
    "NAMED",
    "another_asked",
    "buttons",
    "check",
    "found",
    "line",
    "params",
    "status_line",
    "ways",
]  # fmt: skip
