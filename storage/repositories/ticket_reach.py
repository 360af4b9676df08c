"""Where the participant of a complaint ticket can be reached: the chat staff's messages go to,
and their latest conversation in the console (the ticket desk's ``case``)."""

from __future__ import annotations

from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import ChannelIdentity, ComplaintTicket, Conversation, Handoff

__all__ = ["DELETED", "Reach", "handoff_of", "reach_of"]

DELETED = "deleted:"
"""How the user id of an identity erased on request begins: nobody is there any more."""


@dataclass(frozen=True, slots=True)
class Reach:
    """The chat a participant can be told in."""

    channel: str
    user_id: str = field(repr=False)


def _usable(identity: ChannelIdentity) -> bool:
    return identity.reachable and not identity.user_id.startswith(DELETED)


async def reach_of(session: AsyncSession, row: ComplaintTicket) -> Reach | None:
    """The chat that filed the ticket; else the participant's chat that wrote last (the
    ticket's participant, or the one the filing chat was linked to since)."""
    participant_id = row.participant_id
    if row.channel_identity_id is not None:
        identity = await session.get(ChannelIdentity, row.channel_identity_id)
        if identity is not None and _usable(identity):
            return Reach(identity.channel, identity.user_id)
        if identity is not None and participant_id is None:
            participant_id = identity.participant_id
    if participant_id is None:
        return None
    others = await session.scalars(
        sa.select(ChannelIdentity)
        .where(ChannelIdentity.participant_id == participant_id)
        .order_by(ChannelIdentity.last_inbound_at.desc().nulls_last(), ChannelIdentity.id.desc())
    )
    chosen = next((identity for identity in others if _usable(identity)), None)
    return None if chosen is None else Reach(chosen.channel, chosen.user_id)


async def handoff_of(
    session: AsyncSession, row: ComplaintTicket, reach: Reach | None
) -> int | None:
    """The latest handoff of the chat that filed the ticket, else of the chat in ``reach``."""
    chats: list[tuple[str, str]] = []
    if row.channel_identity_id is not None:
        identity = await session.get(ChannelIdentity, row.channel_identity_id)
        if identity is not None and not identity.user_id.startswith(DELETED):
            chats.append((identity.channel, identity.user_id))
    if reach is not None:
        chats.append((reach.channel, reach.user_id))
    for channel, user_id in chats:
        found = await session.scalar(
            sa.select(Handoff.id)
            .join(Conversation, Conversation.id == Handoff.conversation_id)
            .where(Conversation.channel == channel, Conversation.user_id == user_id)
            .order_by(Handoff.created_at.desc(), Handoff.id.desc())
            .limit(1)
        )
        if found is not None:
            return int(found)
    return None
