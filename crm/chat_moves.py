"""How the console changes who answers an escalated chat and tells its participant: the
handoff's move in the database and the participant's session (``handoff``: ``"agent"``,
``"queued"`` or None) change together or not at all; then the message goes out on the chat's
channel (outside any turn of the participant's) and into the transcript under the staff
member concerned. The base of ``crm.console.Console``."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from contextlib import AbstractAsyncContextManager, suppress
from datetime import UTC, datetime

import orjson

from flows.messages import Outbound
from flows.safety import redact
from storage.errors import LockTimeout, StorageError, StoreUnavailable
from storage.keys import ConversationKey
from storage.repositories.handoffs import HandoffItem, HandoffRepository
from storage.repositories.transcript import TranscriptEntry, TranscriptRepository
from storage.sessions import Session, SessionStore
from storage.sessions.base import Turn

__all__ = ["ChatMoves", "Deliver", "NotSent", "Undeliverable"]

Deliver = Callable[[str, str, list[Outbound]], Awaitable[None]]
"""Send replies to ``(channel, user_id)`` outside a turn (provided by the bot's channels)."""


class NotSent(Exception):
    """The change is saved (in the database and the user's session alike), but the message
    telling the user could not be delivered: a store was briefly away."""


class Undeliverable(Exception):
    """The conversation's channel cannot receive messages outside a turn (the terminal)."""


class ChatMoves:
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

    async def _switch(
        self,
        item: HandoffItem,
        state: str | None,
        move: AbstractAsyncContextManager[bool],
        also: Callable[[Session], None] | None = None,
    ) -> str | None:
        """Move the handoff in the database and mark who answers in the user's session (and
        what ``also`` changes there), both or neither; returns the user's language, or None
        when the database refused the move.

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
                    if also is not None:
                        also(session)
                    await turn.commit(session, b"")
        except Exception:
            if turn is not None and turn.committed:
                with suppress(StorageError):
                    await self._sessions.update(key, lambda s: setattr(s, "handoff", before))
            raise
        return session.language

    async def _announce(self, item: HandoffItem, author: str, replies: list[Outbound]) -> None:
        """Tell the user about a change already saved (``NotSent`` when that fails)."""
        try:
            await self._send(item, author, replies)
        except (StoreUnavailable, LockTimeout) as exc:
            raise NotSent(str(item.id)) from exc

    async def _send(self, item: HandoffItem, author: str, replies: list[Outbound]) -> None:
        """Deliver ``replies`` and record them under ``author`` (a staff username)."""
        await self._deliver(item.channel, item.user_id, replies)
        key = ConversationKey(item.channel, item.user_id)
        now = datetime.now(UTC)
        await self._transcript.record(
            key,
            [
                TranscriptEntry(direction="out", text=redact(reply.text), created_at=now,
                                author=author, payload=_buttons(reply))
                for reply in replies
            ],
        )  # fmt: skip


def _buttons(reply: Outbound) -> str | None:
    """The buttons offered, serialised as the engine keeps them (the console shows a tapped
    one by its title)."""
    if not reply.buttons:
        return None
    return orjson.dumps(reply.to_dict()["buttons"]).decode()
