"""Delivering a CRM agent's replies, which no turn of the user produced: Telegram and WhatsApp
send them at once (in order with the chat's other replies); the web chat keeps them in the
session's inbox until the page fetches them (``GET /api/webchat/updates``)."""

from __future__ import annotations

from typing import Any

from bot.channels.hub import Channels
from crm.console import Undeliverable
from flows import Outbound
from storage.keys import ConversationKey
from storage.sessions import Session, SessionStore

__all__ = ["INBOX_LIMIT", "AgentReplies", "Undeliverable", "collect"]

INBOX_LIMIT = 20
"""At most this many undelivered agent replies wait per web chat (the oldest go first)."""


class AgentReplies:
    def __init__(self, channels: Channels, sessions: SessionStore) -> None:
        self._channels = channels
        self._sessions = sessions

    def reaches(self, channel: str) -> bool:
        """Whether this deployment sends to ``channel`` (a channel not configured: no)."""
        if channel == "telegram":
            return self._channels.telegram is not None
        if channel == "whatsapp":
            return self._channels.whatsapp is not None
        return channel == "webchat"

    async def __call__(self, channel: str, user_id: str, replies: list[Outbound]) -> None:
        if channel == "webchat":
            await self._to_inbox(ConversationKey(channel, user_id), replies)
        elif channel == "telegram" and self._channels.telegram is not None:
            await self._channels.telegram.runner.push(user_id, replies)
        elif channel == "whatsapp" and self._channels.whatsapp is not None:
            await self._channels.whatsapp.runner.push(user_id, replies)
        else:
            raise Undeliverable(channel)

    async def _to_inbox(self, key: ConversationKey, replies: list[Outbound]) -> None:
        def add(session: Session) -> None:
            session.inbox = [*session.inbox, *(r.to_dict() for r in replies)][-INBOX_LIMIT:]

        await self._sessions.update(key, add)


async def collect(
    sessions: SessionStore, key: ConversationKey
) -> tuple[list[Outbound], str | None]:
    """The agent replies waiting for a web chat user (removed from the inbox) and the
    conversation's handoff state. One plain read when nothing waits (the page polls)."""
    stored = await sessions.load(key)
    if stored is None or not stored.inbox:
        return [], stored.handoff if stored else None

    def take(session: Session) -> tuple[list[dict[str, Any]], str | None]:
        waiting, session.inbox = session.inbox, []
        return waiting, session.handoff

    waiting, handoff = await sessions.update(key, take)
    return [Outbound.from_dict(item) for item in waiting], handoff
