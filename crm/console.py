"""What a CRM agent can do with an escalated conversation: see the queue and the (masked)
transcript, take the conversation over from the bot, reply on the user's channel, and hand it
back. The session's ``handoff`` field tells the engine who answers: ``"agent"`` means a person
holds the conversation and the bot only records what the user writes.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from contextlib import AbstractAsyncContextManager, suppress
from datetime import UTC, datetime, timedelta

import orjson

from flows.handoff import CSAT, STOP
from flows.messages import Button, Outbound
from flows.responses import text as response_text
from flows.safety import redact
from storage.errors import LockTimeout, StorageError, StoreUnavailable
from storage.keys import ConversationKey
from storage.repositories.handoff_assign import AutoAssign, Presence
from storage.repositories.handoff_feedback import AgentFigures, CsatSummary, HandoffNoteView
from storage.repositories.handoffs import HandoffItem, HandoffRepository
from storage.repositories.staff import StaffRecord
from storage.repositories.transcript import TranscriptEntry, TranscriptRepository
from storage.sessions import Session, SessionStore
from storage.sessions.base import Turn

Deliver = Callable[[str, str, list[Outbound]], Awaitable[None]]
"""Send replies to ``(channel, user_id)`` outside a turn (provided by the bot's channels)."""

MAX_REPLY = 4096


class NotFound(Exception):
    """There is no such conversation."""


class NotYours(Exception):
    """The handoff is not (or no longer) held by this agent."""


class Ended(NotYours):
    """The conversation is over: the user left, or it was handed back or closed."""


class NotSent(Exception):
    """The change is saved (in the database and the user's session alike), but the message
    telling the user could not be delivered: a store was briefly away."""


class TakenByOther(NotYours):
    """Another agent holds the conversation."""


class NotAllowed(Exception):
    """Only supervisors and admins may do this."""


SUPERVISING = frozenset({"supervisor", "admin"})


class Undeliverable(Exception):
    """The conversation's channel cannot receive messages outside a turn (the terminal)."""


class Console:
    def __init__(
        self,
        handoffs: HandoffRepository,
        transcript: TranscriptRepository,
        sessions: SessionStore,
        deliver: Deliver,
        presence: Presence | None = None,
    ) -> None:
        """``presence``: the "Tersedia" switch, when ``handoffs`` assigns new chats to
        available staff (``crm.auto_assign``); None when it does not."""
        self._handoffs = handoffs
        self._transcript = transcript
        self._sessions = sessions
        self._deliver = deliver
        self._presence = presence

    async def queue(self) -> list[HandoffItem]:
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
        if self._presence is not None:
            await self._presence.switch(staff.id, available)

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
                await self._announce(item, agent, [Outbound(greeting, (leave,))])
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
        await self._send(item, agent, [Outbound(text)])

    async def hand_back(self, handoff_id: int, agent: StaffRecord) -> None:
        """Close the handoff; the bot answers again from the user's next message."""
        item = await self._held(handoff_id, agent)
        move = self._handoffs.closing(handoff_id, agent.id, actor(agent))
        language = await self._switch(item, None, move)
        if language is None:  # the user left (or a supervisor acted) meanwhile
            await self._held(handoff_id, agent)
            raise NotYours(str(handoff_id))
        menu = Button(response_text(language, "menu.button"), "menu")
        back = Outbound(response_text(language, "handoff.handed_back"))
        scores = tuple(Button(str(n), f"{CSAT}:{handoff_id}:{n}") for n in range(1, 6))
        rating = Outbound(response_text(language, "handoff.csat_ask"), (*scores, menu))
        await self._announce(item, agent, [back, rating])

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
        await self._announce(item, staff, [dropped])
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
        await self._announce(item, staff, [Outbound(response_text(language, "handoff.requeued"))])
        return True

    async def agent_figures(self, days: int = 7) -> list[AgentFigures]:
        return await self._handoffs.feedback.agent_figures(datetime.now(UTC) - timedelta(days=days))

    async def add_note(self, handoff_id: int, agent: StaffRecord, text: str) -> None:
        """An internal note for the team (any signed-in staff member; never sent to the user)."""
        text = text.strip()[:MAX_REPLY]
        if not text:
            raise ValueError("an empty note")
        await self._item(handoff_id)
        await self._handoffs.feedback.add_note(handoff_id, agent.username, redact(text))

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

    async def _switch(
        self, item: HandoffItem, state: str | None, move: AbstractAsyncContextManager[bool]
    ) -> str | None:
        """Move the handoff in the database and mark who answers in the user's session, both
        or neither; returns the user's language, or None when the database refused the move.

        The session is locked and read first (a store that is away fails here, before any
        change); the database change then waits, uncommitted, for the session's write, and a
        failed write rolls it back. Should the database's commit fail after the session was
        written, the session gets its old value back."""
        key = ConversationKey(item.channel, item.user_id)
        turn: Turn | None = None
        before: str | None = None
        try:
            async with self._sessions.turn(key, None) as turn:
                session = turn.session or Session()
                before = session.handoff
                async with move as moved:
                    if not moved:
                        return None
                    session.handoff = state
                    await turn.commit(session, b"")
        except Exception:
            if turn is not None and turn.committed:
                with suppress(StorageError):
                    await self._sessions.update(key, lambda s: setattr(s, "handoff", before))
            raise
        return session.language

    async def _announce(
        self, item: HandoffItem, staff: StaffRecord, replies: list[Outbound]
    ) -> None:
        """Tell the user about a change already saved (``NotSent`` when that fails)."""
        try:
            await self._send(item, staff, replies)
        except (StoreUnavailable, LockTimeout) as exc:
            raise NotSent(str(item.id)) from exc

    async def _send(self, item: HandoffItem, agent: StaffRecord, replies: list[Outbound]) -> None:
        await self._deliver(item.channel, item.user_id, replies)
        key = ConversationKey(item.channel, item.user_id)
        now = datetime.now(UTC)
        await self._transcript.record(
            key,
            [
                TranscriptEntry(direction="out", text=redact(reply.text), created_at=now,
                                author=agent.username, payload=_buttons(reply))
                for reply in replies
            ],
        )  # fmt: skip


def _buttons(reply: Outbound) -> str | None:
    """The buttons offered, serialised as the engine keeps them (the console shows a tapped
    one by its title)."""
    if not reply.buttons:
        return None
    return orjson.dumps(reply.to_dict()["buttons"]).decode()


def _supervising(staff: StaffRecord) -> None:
    if staff.role not in SUPERVISING:
        raise NotAllowed(staff.role)


def actor(agent: StaffRecord) -> str:
    """How a staff member appears in the audit log."""
    return f"crm:{agent.username}"
