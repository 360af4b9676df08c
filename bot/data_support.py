"""Answers about complaint tickets and handoffs to an agent (``bot.data.DataAnswers`` mixes them
in): a ticket filed, looked up or answered with the data it waited for, a place in an agent's
queue, a participant leaving it (the place freed goes at once to a waiting chat). Never
cached."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from bot.logs import get_logger
from bot.privacy import mask_pii
from flows import queries as q
from flows import views
from storage.models import HandoffState
from storage.repositories.attachments import AttachmentRepository
from storage.repositories.handoffs import HandoffRepository
from storage.repositories.tickets import TicketRepository

log = get_logger(__name__)


class SupportAnswers:
    """The repositories are built by ``DataAnswers``."""

    tickets: TicketRepository
    handoffs: HandoffRepository
    files: AttachmentRepository
    place_freed: Callable[[], Awaitable[None]] | None = None
    """Hands waiting chats to staff with room (``crm.console.Console.hand_out``, set when
    ``crm.auto_assign`` is on): called when a participant leaves the staff member holding
    their chat."""

    async def _create_ticket(self, query: q.CreateTicket) -> str:
        ticket = await self.tickets.create(
            query.channel,
            query.user_id,
            query.category,
            query.description,
            priority=query.priority,
            details=query.details,
        )
        return ticket.reference

    async def _ticket(self, query: q.TicketQuery) -> views.TicketView | None:
        found = await self.tickets.for_identity(
            query.channel, query.user_id, 1, reference=query.reference
        )
        return next(
            (
                views.TicketView(
                    t.reference, t.category, t.status, t.created_at, t.message, t.resolved_at
                )
                for t in found
            ),
            None,
        )

    async def _my_tickets(self, query: q.MyTickets) -> list[views.TicketView]:
        found = await self.tickets.for_identity(query.channel, query.user_id)
        return [
            views.TicketView(
                t.reference, t.category, t.status, t.created_at, t.message, t.resolved_at
            )
            for t in found
        ]

    async def _ticket_files(self, query: q.TicketFiles) -> list[views.TicketFileView]:
        found = await self.files.of_ticket(query.channel, query.user_id, query.reference)
        return [views.TicketFileView(f.content_type, f.created_at) for f in found]

    async def _ticket_reply(self, query: q.TicketReply) -> bool:
        text = mask_pii(query.text)  # e-mail addresses too, as the transcript keeps them
        add = self.tickets.add_comment if query.comment else self.tickets.add_reply
        added = await add(query.channel, query.user_id, query.reference, text)
        return added is not None

    async def _reopen_ticket(self, query: q.ReopenTicket) -> bool:
        text, since = mask_pii(query.text), query.resolved_since  # masked as replies are
        reopened = await self.tickets.reopen(
            query.channel, query.user_id, query.reference, text, resolved_since=since
        )
        return reopened is not None

    async def _handoff(self, query: q.CreateHandoff) -> views.HandoffTicket:
        queued = await self.handoffs.enqueue(
            query.channel, query.user_id, query.queue, query.reason, query.summary
        )
        return views.HandoffTicket(queued.id, queued.position, queued.agent, queued.username)

    async def _leave_handoff(self, query: q.CancelHandoff) -> bool:
        """Close the conversation's open handoff; one a staff member held frees their place,
        given at once to the oldest waiting chat (as a hand-back's is). The participant has
        left either way: a hand-out that fails leaves the chats waiting for the queue's next
        refresh."""
        was = await self.handoffs.leave(query.channel, query.user_id)
        if was == HandoffState.ASSIGNED.value and self.place_freed is not None:
            try:
                await self.place_freed()
            except Exception as exc:
                log.warning("hand_out_failed", error=type(exc).__name__)
        return was is not None
