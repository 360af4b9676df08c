"""Channel identities as flows need them: ensure one exists, broadcast opt-in/out, and erasing
the chat history of an identity that is not linked to a participant (with the complaints filed
from that chat: their texts and evidence files)."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.models import (
    AuditLog,
    ChannelIdentity,
    Conversation,
    DataDeletionRequest,
    DeletionRequestStatus,
    OptOut,
    Participant,
    Wave,
    utcnow,
)
from storage.repositories.deletion import erase_complaints, erase_conversations, owned_by

__all__ = ["BROADCAST", "IdentityRepository", "ensure_identity"]

BROADCAST = "broadcast"


async def ensure_identity(session: AsyncSession, channel: str, user_id: str) -> ChannelIdentity:
    """The identity row of (channel, user_id), created if missing (inside the caller's unit)."""
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    await session.execute(
        insert(ChannelIdentity)
        .values(channel=channel, user_id=user_id, reachable=True, created_at=utcnow())
        .on_conflict_do_nothing(index_elements=[ChannelIdentity.channel, ChannelIdentity.user_id])
    )
    identity = (
        await session.scalars(
            sa.select(ChannelIdentity).where(
                ChannelIdentity.channel == channel, ChannelIdentity.user_id == user_id
            )
        )
    ).one()
    return identity


class IdentityRepository:
    def __init__(self, session_factory: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = session_factory

    async def set_subscription(self, channel: str, user_id: str, subscribed: bool) -> None:
        """Opt in (no broadcast opt-out; a linked participant's ``notify_opt_in`` set) or out."""
        async with self._sessions() as session, session.begin():
            identity = await ensure_identity(session, channel, user_id)
            await session.execute(
                sa.delete(OptOut).where(
                    OptOut.channel_identity_id == identity.id, OptOut.scope == BROADCAST
                )
            )
            if not subscribed:
                session.add(
                    OptOut(channel_identity_id=identity.id, scope=BROADCAST, reason="user asked")
                )
            if identity.participant_id is not None:
                await session.execute(
                    sa.update(Participant)
                    .where(Participant.id == identity.participant_id)
                    .values(notify_opt_in=subscribed)
                )

    async def is_opted_out(self, channel: str, user_id: str) -> bool:
        async with self._sessions() as session:
            found = await session.scalar(
                sa.select(OptOut.id)
                .join(ChannelIdentity, ChannelIdentity.id == OptOut.channel_identity_id)
                .where(ChannelIdentity.channel == channel, ChannelIdentity.user_id == user_id)
                .limit(1)
            )
        return found is not None

    async def participant_of(self, channel: str, user_id: str) -> int | None:
        async with self._sessions() as session:
            found = await session.scalar(
                sa.select(ChannelIdentity.participant_id).where(
                    ChannelIdentity.channel == channel, ChannelIdentity.user_id == user_id
                )
            )
        return None if found is None else int(found)

    async def wave_of(self, participant_id: int) -> tuple[int, str] | None:
        """(number, era) of the wave a participant was selected in, if any."""
        async with self._sessions() as session:
            row = (
                await session.execute(
                    sa.select(Wave.number, Wave.era)
                    .join(Participant, Participant.selected_wave_id == Wave.id)
                    .where(Participant.id == participant_id)
                )
            ).first()
        return None if row is None else (int(row[0]), str(row[1]))

    async def erase_unlinked(self, channel: str, user_id: str, request_id: int) -> int:
        """Erase the chat of an identity with no participant as a participant's chats are:
        its conversations' messages, the labels given to texts it sent, its handoffs' summaries
        and staff notes, the conversations renamed ``deleted:<id>``
        (``deletion.erase_conversations``); blank the complaints filed from this chat and
        delete their evidence files (``deletion.erase_complaints``); complete the request.
        How many messages were deleted."""
        now = utcnow()
        async with self._sessions() as session, session.begin():
            ids = list(
                (
                    await session.scalars(
                        sa.select(Conversation.id).where(
                            Conversation.channel == channel, Conversation.user_id == user_id
                        )
                    )
                ).all()
            )
            deleted = await erase_conversations(session, ids)  # as a participant's
            identity = await session.scalar(
                sa.select(ChannelIdentity.id).where(
                    ChannelIdentity.channel == channel, ChannelIdentity.user_id == user_id
                )
            )
            filed = [] if identity is None else [int(identity)]
            tickets = await erase_complaints(session, owned_by(None, filed), now)
            await session.execute(
                sa.update(DataDeletionRequest)
                .where(DataDeletionRequest.id == request_id)
                .values(status=DeletionRequestStatus.COMPLETED.value, completed_at=now)
            )
            session.add(
                AuditLog(
                    actor=f"{channel}:user",
                    action="conversation.erased",
                    subject=f"deletion_request:{request_id}",
                    detail={"messages_deleted": deleted, "complaints": tickets},
                    at=now,
                )
            )
        return deleted
