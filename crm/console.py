"""What a CRM agent can do with an escalated conversation: see the queue and the (masked)
transcript, take the conversation over from the bot, reply on the user's channel, and hand it
back. The session's ``handoff`` field tells the engine who answers: ``"agent"`` means a person
holds the conversation and the bot only records what the user writes.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta

from flows.handoff import CSAT, STOP
from flows.messages import Button, Outbound
from flows.responses import text as response_text
from flows.safety import redact
from storage.keys import ConversationKey
from storage.repositories.handoff_feedback import AgentFigures, CsatSummary, HandoffNoteView
from storage.repositories.handoffs import HandoffItem, HandoffRepository
from storage.repositories.staff import StaffRecord
from storage.repositories.transcript import TranscriptEntry, TranscriptRepository
from storage.sessions import Session, SessionStore

Deliver = Callable[[str, str, list[Outbound]], Awaitable[None]]
"""Send replies to ``(channel, user_id)`` outside a turn (provided by the bot's channels)."""

MAX_REPLY = 4096


class NotYours(Exception):
    """The handoff is not (or no longer) held by this agent."""


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
    ) -> None:
        self._handoffs = handoffs
        self._transcript = transcript
        self._sessions = sessions
        self._deliver = deliver

    async def queue(self) -> list[HandoffItem]:
        return await self._handoffs.open_items()

    async def conversation(
        self, handoff_id: int, limit: int = 100
    ) -> tuple[HandoffItem, list[TranscriptEntry]] | None:
        item = await self._handoffs.item(handoff_id)
        if item is None:
            return None
        key = ConversationKey(item.channel, item.user_id)
        return item, await self._transcript.history(key, limit)

    async def take(self, handoff_id: int, agent: StaffRecord) -> bool:
        """Take a waiting conversation; False when another agent was faster (or it closed)."""
        if not await self._handoffs.take(handoff_id, agent.id, actor(agent)):
            return False
        item = await self._held(handoff_id, agent)
        language = await self._set_handoff(item, "agent")
        greeting = response_text(language, "handoff.taken", agent=agent.display_name)
        leave = Button(response_text(language, "handoff.leave"), STOP)
        await self._send(item, agent, [Outbound(greeting, (leave,))])
        return True

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
        if not await self._handoffs.close(handoff_id, agent.id, actor(agent)):
            raise NotYours(str(handoff_id))
        language = await self._set_handoff(item, None)
        menu = Button(response_text(language, "menu.button"), "menu")
        back = Outbound(response_text(language, "handoff.handed_back"))
        scores = tuple(Button(str(n), f"{CSAT}:{handoff_id}:{n}") for n in range(1, 6))
        rating = Outbound(response_text(language, "handoff.csat_ask"), (*scores, menu))
        await self._send(item, agent, [back, rating])

    async def drop(self, handoff_id: int, staff: StaffRecord) -> bool:
        """Close a waiting conversation nobody took; the user is told and offered a ticket."""
        _supervising(staff)
        item = await self._handoffs.item(handoff_id)
        if item is None or not await self._handoffs.drop(handoff_id, actor(staff)):
            return False
        language = await self._set_handoff(item, None)
        ticket = Button(response_text(language, "handoff.file_complaint"), "flow:complaints")
        menu = Button(response_text(language, "menu.button"), "menu")
        dropped = Outbound(response_text(language, "handoff.dropped"), (ticket, menu))
        await self._send(item, staff, [dropped])
        return True

    async def requeue(self, handoff_id: int, staff: StaffRecord) -> bool:
        """Take a conversation from its agent and put it back in the queue for another one."""
        _supervising(staff)
        item = await self._handoffs.item(handoff_id)
        if item is None or not await self._handoffs.requeue(handoff_id, actor(staff)):
            return False
        language = await self._set_handoff(item, "queued")
        await self._send(item, staff, [Outbound(response_text(language, "handoff.requeued"))])
        return True

    async def agent_figures(self, days: int = 7) -> list[AgentFigures]:
        return await self._handoffs.feedback.agent_figures(datetime.now(UTC) - timedelta(days=days))

    async def add_note(self, handoff_id: int, agent: StaffRecord, text: str) -> None:
        """An internal note for the team (any signed-in staff member; never sent to the user)."""
        text = text.strip()[:MAX_REPLY]
        if not text:
            raise ValueError("an empty note")
        if await self._handoffs.item(handoff_id) is None:
            raise NotYours(str(handoff_id))
        await self._handoffs.feedback.add_note(handoff_id, agent.username, redact(text))

    async def notes(self, handoff_id: int) -> list[HandoffNoteView]:
        return await self._handoffs.feedback.notes(handoff_id)

    async def satisfaction(self, days: int = 7) -> CsatSummary:
        return await self._handoffs.feedback.csat_since(datetime.now(UTC) - timedelta(days=days))

    async def _held(self, handoff_id: int, agent: StaffRecord) -> HandoffItem:
        item = await self._handoffs.item(handoff_id)
        if item is None or item.state != "assigned" or item.assignee_id != agent.id:
            raise NotYours(str(handoff_id))
        return item

    async def _set_handoff(self, item: HandoffItem, state: str | None) -> str:
        """Mark who answers in the user's session (under its lock); returns their language."""

        def mark(session: Session) -> str:
            session.handoff = state
            return session.language

        return await self._sessions.update(ConversationKey(item.channel, item.user_id), mark)

    async def _send(self, item: HandoffItem, agent: StaffRecord, replies: list[Outbound]) -> None:
        await self._deliver(item.channel, item.user_id, replies)
        key = ConversationKey(item.channel, item.user_id)
        now = datetime.now(UTC)
        await self._transcript.record(
            key,
            [
                TranscriptEntry(direction="out", text=redact(reply.text), created_at=now,
                                author=agent.username)
                for reply in replies
            ],
        )  # fmt: skip


def _supervising(staff: StaffRecord) -> None:
    if staff.role not in SUPERVISING:
        raise NotAllowed(staff.role)


def actor(agent: StaffRecord) -> str:
    """How a staff member appears in the audit log."""
    return f"crm:{agent.username}"
