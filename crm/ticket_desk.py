"""What staff can do with complaint tickets in the CRM: list and filter them, open one (its
participant masked, its history), take it, change its status and priority with a message to
the participant, and note something for the team.

A message reaches the participant's chat through the same ``Deliver`` the console uses for an
agent's reply (Telegram and WhatsApp at once, the web chat's inbox), and goes into the
transcript with the staff member's name. The change is saved first: a participant who cannot
be reached (no chat, or one that cannot receive) still sees the message when they ask for
their ticket's status, and the history says it was not delivered.

Staff's message is kept and sent as written (staff are trusted, and the participant must read
the dates and references asked for); the transcript, a log, keeps it with identifiers masked.
A message or note longer than allowed is refused, never cut.

A participant's reply is new to staff until the staff member holding the ticket opens its page
(or staff change the ticket from a page showing it): the list marks it and counts it, and
someone else looking in leaves it new for the holder (``TicketDeskRepository.seen``).

With ``crm.ticket_auto_assign`` on, tickets nobody holds go to available staff with room
(``ticket_hand_out``): after a ticket is changed or taken (room may have appeared), and when
the list or the queue page is shown (``hand_out``). A hand-out that fails leaves them waiting
for the next one; the change it followed is saved either way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

import structlog
from sqlalchemy.exc import SQLAlchemyError

from crm.console import SUPERVISING, Deliver, NotFound, Undeliverable, actor
from crm.ticket_notice import notice
from crm.ticket_people import ParticipantSummary, masked, summary_of
from crm.ticket_waiting_shown import mark_shown
from flows.messages import Outbound
from flows.safety import redact
from flows.ticket_reply_typed import WAITING
from storage.errors import StorageError
from storage.keys import ConversationKey
from storage.models import TicketDelivery
from storage.repositories.participants import ParticipantRepository
from storage.repositories.staff import StaffRecord
from storage.repositories.ticket_desk import (
    DeskPage,
    Filters,
    TicketCase,
    TicketDeskRepository,
    TicketEvent,
)
from storage.repositories.ticket_hand_out import TicketAutoAssign
from storage.repositories.ticket_moves import Change, MessageRequired, Repeated
from storage.repositories.ticket_notes import Refusal
from storage.repositories.ticket_replies import Unread
from storage.repositories.ticket_targets import Overdue
from storage.repositories.tickets import PARTICIPANT_REPLY
from storage.repositories.transcript import TranscriptEntry, TranscriptRepository
from storage.sessions import SessionStore

log = structlog.get_logger(__name__)
MAX_MESSAGE = 1000
"""The longest message to a participant (a chat message, not a letter)."""
MAX_NOTE = 4096
TOLD = {
    TicketDelivery.SENT: "sent",
    TicketDelivery.UNREACHABLE: "unreachable",
    TicketDelivery.FAILED: "not_sent",
}
"""The notice a saved change with a message shows, by what became of the message."""


@dataclass(frozen=True, slots=True)
class TicketFile:
    """One ticket as its page shows it."""

    case: TicketCase
    participant: ParticipantSummary | None
    history: list[TicketEvent]
    deliverable: bool = True
    """The participant's chat is one this deployment sends to (False: no chat, or e.g. a
    Telegram chat where Telegram is not configured)."""
    new_replies: frozenset[int] = frozenset()
    """The participant's replies (history entry ids) no staff member had seen before this
    page."""
    still_new: bool = False
    """The new replies stay new: the one looking does not hold the ticket."""


class TicketDesk:
    def __init__(
        self,
        tickets: TicketDeskRepository,
        participants: ParticipantRepository,
        transcript: TranscriptRepository,
        sessions: SessionStore,
        deliver: Deliver,
        reaches: Callable[[str], bool] | None = None,
    ) -> None:
        """``reaches``: whether ``deliver`` can send to a channel in this deployment (None:
        to every channel)."""
        self._tickets = tickets
        self._participants = participants
        self._transcript = transcript
        self._sessions = sessions
        self._deliver = deliver
        self._reaches = reaches or (lambda channel: True)

    @property
    def auto_assign(self) -> TicketAutoAssign:
        return self._tickets.hand_out.rule

    async def hand_out(self) -> None:
        """Waiting tickets to available staff with room (``crm.ticket_auto_assign``; off:
        nothing). A failure is logged: the tickets wait for the next hand-out."""
        try:
            await self._tickets.hand_out.hand_out()
        except SQLAlchemyError as exc:
            log.warning("ticket_hand_out_failed", error=type(exc).__name__)

    async def page(self, filters: Filters, page: int = 1, now: datetime | None = None) -> DeskPage:
        """``now``: the time the overdue filter looks at (None: the clock's)."""
        return await self._tickets.page(filters, page, now=now)

    async def unread(self, staff: StaffRecord) -> Unread:
        """How many tickets have a participant reply staff have not seen; how many of them
        ``staff`` holds."""
        return await self._tickets.unread(staff.id)

    async def overdue(self, staff: StaffRecord, now: datetime | None = None) -> Overdue:
        """How many tickets are past their first-response target (internal, never told to
        participants); how many of them ``staff`` holds."""
        return await self._tickets.overdue(staff.id, now)

    async def ticket(self, ticket_id: int, viewer: StaffRecord | None = None) -> TicketFile:
        """The ticket as its page shows it; the participant's replies it shows are seen when
        ``viewer`` holds the ticket."""
        case = await self._tickets.case(ticket_id)
        if case is None:
            raise NotFound(str(ticket_id))
        participant = None
        if case.participant_id is not None:
            participant = summary_of(await self._participants.get(case.participant_id))
        history = await self._tickets.history(ticket_id)
        deliverable = case.reach is not None and self._reaches(case.reach.channel)
        seen = case.reply_seen_at
        new = [e for e in history if e.kind == PARTICIPANT_REPLY and (seen is None or e.at > seen)]
        still_new = bool(new)
        if new and viewer is not None and case.ticket.assignee_id == viewer.id:
            await self._tickets.seen(ticket_id, viewer.id, max(e.at for e in new))
            still_new = False
        ids = frozenset(e.id for e in new)
        return TicketFile(case, participant, history, deliverable, ids, still_new)

    async def take(self, ticket_id: int, staff: StaffRecord) -> str:
        """Assign the ticket to ``staff``; the notice to show."""
        supervising = staff.role in SUPERVISING
        taken = await self._tickets.moves.take(
            ticket_id, staff.id, actor(staff), supervising=supervising
        )
        if taken is None:
            return "yours"
        if isinstance(taken, Refusal):
            return _refused(ticket_id, taken)
        await self.hand_out()  # taken from someone else: they may have room now
        return "taken"

    async def change(self, ticket_id: int, staff: StaffRecord, change: Change) -> str:
        """Save a change and tell the participant its message; the notice to show. The
        history keeps the message as written, and the participant gets it as written. The
        same post sent twice is saved and sent once."""
        message = clean(change.message)
        if len(message) > MAX_MESSAGE:
            return "too_long"
        change = Change(
            change.status, change.priority, change.seen_status, message or None,
            change.seen_version,
        )  # fmt: skip
        try:
            moved = await self._tickets.moves.change(
                ticket_id, staff.id, actor(staff), change, supervising=staff.role in SUPERVISING
            )
        except MessageRequired:
            return "message_required"
        if isinstance(moved, Refusal):
            return _refused(ticket_id, moved)
        await self.hand_out()  # resolved, closed, waiting for the participant: room for one
        if isinstance(moved, Repeated):  # a double click: the first post did it
            told = moved.delivery
            return "saved" if told in (None, "pending") else TOLD[TicketDelivery(told)]
        if not message:
            return "saved"
        case = await self._tickets.case(ticket_id)
        assert case is not None  # tickets are never deleted
        moving = change.status != change.seen_status
        delivery, sent = await self._tell(case, message, moving=moving)
        await self._tickets.moves.set_delivery(moved, delivery)
        asked = delivery is TicketDelivery.SENT and case.ticket.status == WAITING
        if case.reach is not None and asked:  # the chat's next free text is the reply to it
            key = ConversationKey(case.reach.channel, case.reach.user_id)
            await mark_shown(self._sessions, key, case.ticket.reference, datetime.now(UTC))
        if case.reach is not None and sent is not None:  # the chat's transcript shows it too
            entry = TranscriptEntry(
                direction="out", text=redact(sent.text), created_at=datetime.now(UTC),
                author=staff.username,
            )  # fmt: skip
            key = ConversationKey(case.reach.channel, case.reach.user_id)
            await self._transcript.record(key, [entry])
        return TOLD[delivery]

    async def note(self, ticket_id: int, staff: StaffRecord, text: str) -> str:
        """An internal note (any staff member; identifiers masked, never sent)."""
        text = clean(text)
        if not text:
            return "empty"
        if len(text) > MAX_NOTE:
            return "note_too_long"
        added = await self._tickets.moves.add_note(ticket_id, actor(staff), masked(text))
        return _refused(ticket_id, added) if isinstance(added, Refusal) else "noted"

    async def _tell(
        self, case: TicketCase, message: str, *, moving: bool
    ) -> tuple[TicketDelivery, Outbound | None]:
        """Send the message to the participant's chat: what became of it, and what was sent."""
        reach = case.reach
        if reach is None:
            return TicketDelivery.UNREACHABLE, None
        key = ConversationKey(reach.channel, reach.user_id)
        reply = notice(await self._language(key), case.ticket, message, moving=moving)
        try:
            await self._deliver(reach.channel, reach.user_id, [reply])
        except Undeliverable:
            return TicketDelivery.UNREACHABLE, None
        except StorageError:  # the web chat's inbox (the session store) was away
            return TicketDelivery.FAILED, None
        return TicketDelivery.SENT, reply

    async def _language(self, key: ConversationKey) -> str:
        """The language the participant chats in (Indonesian when it cannot be read)."""
        try:
            session = await self._sessions.load(key)
        except StorageError:
            return "id"
        return session.language if session is not None else "id"


def clean(text: str | None) -> str:
    """A text typed in a form as it is kept and counted (a browser sends line breaks as
    CRLF, and counts them as one character)."""
    return (text or "").replace("\r\n", "\n").strip()


def _refused(ticket_id: int, refusal: Refusal) -> str:
    if refusal is Refusal.MISSING:
        raise NotFound(str(ticket_id))
    return refusal.value
