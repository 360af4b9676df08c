"""Who-and-where of a conversation, computed once per inbound message."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ConversationKey:
    """One user on one channel (``webchat``, ``telegram``, ``whatsapp``, ``console``)."""

    channel: str
    user_id: str

    def __str__(self) -> str:
        return f"{self.channel}:{self.user_id}"
