"""What a participant reads in their chat when staff change their ticket with a message:
the ticket and its new status, staff's words, and for a ticket waiting for them the button
that sends the data asked for (``flows.ticket_reply``)."""

from __future__ import annotations

from flows.messages import Button, Outbound
from flows.responses import has, text
from flows.ticket_reply import WAITING, payload
from storage.repositories.ticket_desk import DeskTicket


def notice(language: str, ticket: DeskTicket, message: str, *, moving: bool) -> Outbound:
    """``ticket`` as it is after the change; ``moving``: its status changed."""
    category = f"complaints.category.options.{ticket.category}"
    params = {
        "reference": ticket.reference,
        "category": text(language, category) if has(category) else ticket.category,
        "status": text(language, f"ticket_status.{ticket.status}"),
    }
    head = text(language, "ticket_update.changed" if moving else "ticket_update.message_only",
                **params)  # fmt: skip
    lines = [head, text(language, "ticket_update.message", message=message)]
    if ticket.status == WAITING:
        lines.append(text(language, "ticket_update.waiting"))
        action = Button(text(language, "ticket_reply.button"), payload(ticket.reference))
    else:
        action = Button(text(language, "intents.complaint_status"), "intent:complaint_status")
    menu = Button(text(language, "menu.button"), "menu")
    return Outbound("\n\n".join(lines), (action, menu))
