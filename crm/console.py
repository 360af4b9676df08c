"""What a CRM agent can do with an escalated conversation: see the queue and the (masked)
transcript, take the conversation over from the bot, reply on the user's channel, and hand it
back. The session's ``handoff`` field tells the engine who answers: ``"agent"`` means a person
holds the conversation and the bot only records what the user writes.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager, suppress
from datetime import UTC, datetime, timedelta

from crm.chat_moves import ChatMoves, Deliver, NotSent, Undeliverable
from crm.ticket_people import masked
from flows.handoff import CSAT, STOP
from flows.handoff_rating import asked as rating_asked
from flows.messages import Button, Outbound
from flows.responses import text as response_text
from storage.errors import LockTimeout, StoreUnavailable
from storage.keys import ConversationKey
from storage.repositories.handoff_assign import Assigned, AutoAssign
from storage.repositories.handoff_feedback import (
    AgentFigures,
    CsatSummary,
    HandoffEnding,
    HandoffNoteView,
)
from storage.repositories.handoffs import HandoffItem, HandoffRepository
from storage.repositories.staff import StaffRecord
from storage.repositories.staff_presence import Presence
from storage.repositories.transcript import TranscriptEntry, TranscriptRepository
from storage.sessions import SessionStore

__all__ = [
    "SUPERVISING", "Console", "Deliver", "Ended", "NotAllowed", "NotFound", "NotSent",
    "NotYours", "TakenByOther", "Undeliverable", "actor",
]  # fmt: skip

MAX_REPLY = 4096


class NotFound(Exception):
    """There is no such conversation."""


class NotYours(Exception):
    """The handoff is not (or no longer) held by this agent."""


class Ended(NotYours):
    """The conversation is over: the user left, or it was handed back or closed."""


class TakenByOther(NotYours):
    """Another agent holds the conversation."""


class NotAllowed(Exception):
    """Only supervisors and admins may do this."""


SUPERVISING = frozenset({"supervisor", "admin"})
HAND_OUT_AT_ONCE = 10
"""At most this many waiting chats are tried per hand-out (the next refresh goes on)."""


class Console(ChatMoves):
    def __init__(
        self,
        handoffs: HandoffRepository,
        transcript: TranscriptRepository,
        sessions: SessionStore,
        deliver: Deliver,
        presence: Presence | None = None,
        reaches: Callable[[str], bool] | None = None,
    ) -> None:
        """``presence``: the "Tersedia" switch, when ``handoffs`` assigns chats to available
        staff (``crm.auto_assign``); None when it does not. ``reaches``: whether ``deliver``
        sends to a channel (a waiting chat on another one is not handed out)."""
        super().__init__(handoffs, transcript, sessions, deliver)
        self._presence = presence
        self.reaches: Callable[[str], bool] = reaches or (lambda channel: True)

    async def queue(self) -> list[HandoffItem]:
        """Waiting and assigned chats; first, waiting ones go to available staff with room (the
        queue page and its live refresh: a chat that waited for nobody gets the first free
        person)."""
        await self._hand_out()
        return await self._handoffs.open_items()

    @property
    def auto_assign(self) -> AutoAssign:
        return self._handoffs.auto_assign

    async def available(self, staff: StaffRecord) -> bool | None:
        """Whether new chats may be assigned to ``staff`` automatically (their switch; None:
        chats are not assigned automatically)."""
        if self._presence is None:
            return None
        return await self._presence.available(staff.id)

    async def set_available(self, staff: StaffRecord, available: bool) -> None:
        """The "Tersedia" switch; switched on, waiting chats go out at once."""
        if self._presence is not None:
            await self._presence.switch(staff.id, available)
            if available:
                await self._hand_out()

    async def hand_out(self) -> None:
        """Waiting chats, oldest first, to available staff with room, when a place frees
        outside the console: a participant left the staff member holding their chat
        (``bot.data_support``)."""
        await self._hand_out()

    async def seen(self, staff: StaffRecord) -> None:
        """``staff`` is in the console now (they stay available while it sees them)."""
        if self._presence is not None:
            await self._presence.seen(staff.id)

    async def conversation(
        self, handoff_id: int, limit: int = 100
    ) -> tuple[HandoffItem, list[TranscriptEntry]] | None:
        item = await self._handoffs.item(handoff_id)
        if item is None:
            return None
        key = ConversationKey(item.channel, item.user_id)
        return item, await self._transcript.history(key, limit)

    async def take(self, handoff_id: int, agent: StaffRecord) -> bool:
        """Take a waiting conversation over from the bot and greet the user. True when the
        agent holds it now (or already did); False when it changed meanwhile; ``Ended`` when
        it is over, ``TakenByOther`` when another agent was faster."""
        item = await self._item(handoff_id)
        if item.state == "queued":
            move = self._handoffs.taking(handoff_id, agent.id, actor(agent))
            language = await self._switch(item, "agent", move)
            if language is not None:
                greeting = response_text(language, "handoff.taken", agent=agent.display_name)
                leave = Button(response_text(language, "handoff.leave"), STOP)
                await self._announce(item, agent.username, [Outbound(greeting, (leave,))])
                return True
            item = await self._item(handoff_id)  # someone or something was faster
        if item.state == "closed":
            raise Ended(str(handoff_id))
        if item.state == "assigned" and item.assignee_id != agent.id:
            raise TakenByOther(str(handoff_id))
        return item.state == "assigned"

    async def reply(self, handoff_id: int, agent: StaffRecord, text: str) -> None:
        """Send the agent's words to the user and keep them in the transcript."""
        text = text.strip()[:MAX_REPLY]
        if not text:
            raise ValueError("an empty reply")
        item = await self._held(handoff_id, agent)
        await self._send(item, agent.username, [Outbound(text)])

    async def hand_back(self, handoff_id: int, agent: StaffRecord) -> None:
        """Close the handoff; the bot answers again from the user's next message."""
        item = await self._held(handoff_id, agent)
        move = self._handoffs.closing(handoff_id, agent.id, actor(agent))
        language = await self._switch(item, None, move, lambda s: rating_asked(s, handoff_id))
        if language is None:  # the user left (or a supervisor acted) meanwhile
            await self._held(handoff_id, agent)
            raise NotYours(str(handoff_id))
        menu = Button(response_text(language, "menu.button"), "menu")
        back = Outbound(response_text(language, "handoff.handed_back"))
        scores = tuple(Button(str(n), f"{CSAT}:{handoff_id}:{n}") for n in range(1, 6))
        rating = Outbound(response_text(language, "handoff.csat_ask"), (*scores, menu))
        try:
            await self._announce(item, agent.username, [back, rating])
        finally:
            await self._hand_out()  # a place is free

    async def drop(self, handoff_id: int, staff: StaffRecord) -> bool:
        """Close a waiting conversation nobody took; the user is told and offered a ticket."""
        _supervising(staff)
        item = await self._item(handoff_id)
        if item.state != "queued":
            return False
        language = await self._switch(item, None, self._handoffs.dropping(handoff_id, actor(staff)))
        if language is None:
            return False
        ticket = Button(response_text(language, "handoff.file_complaint"), "flow:complaints")
        menu = Button(response_text(language, "menu.button"), "menu")
        dropped = Outbound(response_text(language, "handoff.dropped"), (ticket, menu))
        await self._announce(item, staff.username, [dropped])
        return True

    async def requeue(self, handoff_id: int, staff: StaffRecord) -> bool:
        """Take a conversation from its agent and put it back in the queue for another one."""
        _supervising(staff)
        item = await self._item(handoff_id)
        if item.state != "assigned":
            return False
        move = self._handoffs.requeueing(handoff_id, actor(staff))
        language = await self._switch(item, "queued", move)
        if language is None:
            return False
        requeued = Outbound(response_text(language, "handoff.requeued"))
        try:
            await self._announce(item, staff.username, [requeued])
        finally:
            await self._hand_out()  # to someone else with room (``handoff_assign``)
        return True

    async def agent_figures(self, days: int = 7) -> list[AgentFigures]:
        return await self._handoffs.feedback.agent_figures(datetime.now(UTC) - timedelta(days=days))

    async def add_note(self, handoff_id: int, agent: StaffRecord, text: str) -> None:
        """An internal note for the team (any signed-in staff member; never sent to the user),
        kept with NIK, phone and e-mail masked as the ticket desk keeps its notes."""
        text = text.strip()[:MAX_REPLY]
        if not text:
            raise ValueError("an empty note")
        await self._item(handoff_id)
        await self._handoffs.feedback.add_note(handoff_id, agent.username, masked(text))

    async def ending(self, handoff_id: int) -> HandoffEnding | None:
        """How the conversation ended (who, when), None while it is open."""
        return await self._handoffs.feedback.ending(handoff_id)

    async def notes(self, handoff_id: int) -> list[HandoffNoteView]:
        return await self._handoffs.feedback.notes(handoff_id)

    async def satisfaction(self, days: int = 7) -> CsatSummary:
        return await self._handoffs.feedback.csat_since(datetime.now(UTC) - timedelta(days=days))

    async def _item(self, handoff_id: int) -> HandoffItem:
        item = await self._handoffs.item(handoff_id)
        if item is None:
            raise NotFound(str(handoff_id))
        return item

    async def held(self, handoff_id: int, agent: StaffRecord) -> HandoffItem:
        """The conversation ``agent`` holds (``NotFound``, ``Ended``, ``NotYours`` otherwise)."""
        return await self._held(handoff_id, agent)

    async def _held(self, handoff_id: int, agent: StaffRecord) -> HandoffItem:
        item = await self._item(handoff_id)
        if item.state == "closed":
            raise Ended(str(handoff_id))
        if item.state != "assigned" or item.assignee_id != agent.id:
            raise NotYours(str(handoff_id))
        return item

    async def _hand_out(self) -> None:
        """Waiting chats, oldest first, to available staff with room (``crm.auto_assign``).
        A store that is away leaves them waiting, as they were, for the next try."""
        tried: set[int] = set()
        with suppress(StoreUnavailable, LockTimeout):
            while len(tried) < HAND_OUT_AT_ONCE:
                handoff_id = await self._handoffs.hand_out.next_waiting(tried)
                if handoff_id is None:
                    return
                tried.add(handoff_id)
                await self._give(handoff_id)

    async def _give(self, handoff_id: int) -> None:
        """Hand one waiting chat to an available staff member; the participant is told as when
        it is assigned at queueing (``flows.handoff``), the message recorded under that staff
        member, as a take's greeting is (they have not read the chat yet: it says so)."""
        item = await self._handoffs.item(handoff_id)
        if item is None or item.state != "queued" or not self.reaches(item.channel):
            return
        chosen: list[Assigned] = []
        move = _kept(self._handoffs.hand_out.assigning(handoff_id), chosen)
        language = await self._switch(item, "agent", move)
        if language is None or not chosen:
            return
        agent = chosen[0]
        said = response_text(language, "handoff.assigned", agent=agent.display_name)
        leave = Button(response_text(language, "handoff.leave"), STOP)
        with suppress(NotSent, Undeliverable):  # saved: the agent finds the chat as theirs
            await self._announce(item, agent.username, [Outbound(said, (leave,))])


@asynccontextmanager
async def _kept(
    move: AbstractAsyncContextManager[Assigned | None], kept: list[Assigned]
) -> AsyncIterator[bool]:
    """``move`` as a move that yields whether it moved, keeping who the chat went to."""
    async with move as assigned:
        if assigned is not None:
            kept.append(assigned)
        yield assigned is not None


def _supervising(staff: StaffRecord) -> None:
    if staff.role not in SUPERVISING:
        raise NotAllowed(staff.role)


def actor(agent: StaffRecord) -> str:
    """How a staff member appears in the audit log."""
    return f"crm:{agent.username}"
