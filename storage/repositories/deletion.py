"""Data deletion ("hapus data saya"): recording a request and anonymising a participant.

A participant's personal columns are cleared, their payout account deleted, their chat history
deleted and their complaint texts blanked in one transaction; enrolments and incentive payments
stay, tied to the anonymous row. Identities with no participant are handled by
``IdentityRepository.erase_unlinked``, which erases that chat's conversations and the
complaints filed from it with the same ``erase_conversations`` and ``erase_complaints``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.models import (
    AuditLog,
    ChannelIdentity,
    ComplaintEvent,
    ComplaintTicket,
    Conversation,
    DataDeletionRequest,
    DeletionRequestStatus,
    Handoff,
    HandoffNote,
    Message,
    Participant,
    ParticipantStatus,
    PayoutAccount,
    TicketAttachment,
    utcnow,
)
from storage.repositories._results import rowcount
from storage.repositories.nlu_reviews import ReviewRepository

__all__ = [
    "ERASED_TEXT",
    "DeletionRepository",
    "erase_complaints",
    "erase_conversations",
    "owned_by",
]

ERASED_TEXT = "[dihapus atas permintaan peserta]"


class DeletionRepository:
    """Each public method is one unit of work (one transaction)."""

    def __init__(self, session_factory: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = session_factory

    async def request_deletion(
        self, channel: str, user_id: str, *, now: datetime | None = None, note: str | None = None
    ) -> int:
        """Record a "hapus data saya" request from this identity; returns the request id."""
        now = now or utcnow()
        async with self._sessions() as session, session.begin():
            identity = (
                await session.scalars(
                    sa.select(ChannelIdentity).where(
                        ChannelIdentity.channel == channel, ChannelIdentity.user_id == user_id
                    )
                )
            ).first()
            request = DataDeletionRequest(
                participant_id=identity.participant_id if identity else None,
                channel_identity_id=identity.id if identity else None,
                status=DeletionRequestStatus.RECEIVED.value,
                requested_at=now,
                note=note,
            )
            session.add(request)
            await session.flush()
            session.add(
                AuditLog(
                    actor=f"{channel}:user",
                    action="deletion.requested",
                    subject=f"deletion_request:{request.id}",
                    detail={"participant_id": request.participant_id},
                    at=now,
                )
            )
        return request.id

    async def anonymise(
        self, participant_id: int, *, actor: str = "system", now: datetime | None = None
    ) -> bool:
        """Erase a participant's personal data; ``False`` if there is no such participant.

        Clears every personal column, deletes their payout account (its number) and the
        messages of their conversations, renames their channel identities and conversations to
        ``deleted:<id>``, blanks complaint texts and handoff summaries, deletes the files
        attached to those complaints as evidence, the staff's notes on those handoffs and the
        labels given to texts they sent (the console's annotation queue), completes open
        deletion requests and writes an audit entry.
        Enrolments and incentive payments stay (financial records), tied to the anonymous row.
        """
        now = now or utcnow()
        async with self._sessions() as session, session.begin():
            participant = await session.get(Participant, participant_id)
            if participant is None:
                return False
            identities = (
                await session.execute(
                    sa.select(
                        ChannelIdentity.id, ChannelIdentity.channel, ChannelIdentity.user_id
                    ).where(ChannelIdentity.participant_id == participant_id)
                )
            ).all()
            identity_ids = [row.id for row in identities]
            conversation_filter = [Conversation.participant_id == participant_id] + [
                sa.and_(Conversation.channel == row.channel, Conversation.user_id == row.user_id)
                for row in identities
            ]
            conversation_ids = list(
                (
                    await session.scalars(
                        sa.select(Conversation.id).where(sa.or_(*conversation_filter))
                    )
                ).all()
            )
            messages_deleted = await erase_conversations(session, conversation_ids)
            owners = owned_by(participant_id, identity_ids)
            tickets = await erase_complaints(session, owners, now)
            payout = await session.execute(
                sa.delete(PayoutAccount).where(PayoutAccount.participant_id == participant_id)
            )
            if identity_ids:
                await session.execute(
                    sa.update(ChannelIdentity)
                    .where(ChannelIdentity.id.in_(identity_ids))
                    .values(
                        user_id=sa.literal("deleted:") + sa.cast(ChannelIdentity.id, sa.String),
                        participant_id=None,
                        reachable=False,
                        last_inbound_at=None,
                    )
                )
            await session.execute(
                sa.update(Participant)
                .where(Participant.id == participant_id)
                .values(
                    nik_ciphertext=None,
                    nik_index=None,
                    kk_ciphertext=None,
                    kk_index=None,
                    name=None,
                    date_of_birth=None,
                    gender=None,
                    phone_ciphertext=None,
                    phone_index=None,
                    email_ciphertext=None,
                    email_index=None,
                    region_code=None,
                    notify_opt_in=False,
                    status=ParticipantStatus.DELETED.value,
                    deleted_at=now,
                )
            )
            await session.execute(
                sa.update(DataDeletionRequest)
                .where(
                    DataDeletionRequest.participant_id == participant_id,
                    DataDeletionRequest.status == DeletionRequestStatus.RECEIVED.value,
                )
                .values(status=DeletionRequestStatus.COMPLETED.value, completed_at=now)
            )
            session.add(
                AuditLog(
                    actor=actor,
                    action="participant.anonymised",
                    subject=f"participant:{participant_id}",
                    detail={
                        "messages_deleted": messages_deleted,
                        "conversations": len(conversation_ids),
                        "identities": len(identity_ids),
                        "complaints": tickets,
                        "payout_accounts": rowcount(payout),
                    },
                    at=now,
                )
            )
        return True


async def erase_conversations(session: AsyncSession, conversation_ids: Sequence[int]) -> int:
    """In the caller's transaction: delete the conversations' messages (and the labels given
    to texts they sent), rename them ``deleted:<id>`` (unlinked: the chat starts a new one if
    it writes again), clear their handoffs' summaries and delete the staff's notes on those
    handoffs. How many messages were deleted."""
    if not conversation_ids:
        return 0
    await ReviewRepository.forget(session, conversation_ids)
    result = await session.execute(
        sa.delete(Message).where(Message.conversation_id.in_(conversation_ids))
    )
    await session.execute(
        sa.update(Conversation)
        .where(Conversation.id.in_(conversation_ids))
        .values(
            user_id=sa.literal("deleted:") + sa.cast(Conversation.id, sa.String),
            participant_id=None,
        )
    )
    handoffs = sa.select(Handoff.id).where(Handoff.conversation_id.in_(conversation_ids))
    await session.execute(
        sa.delete(HandoffNote).where(HandoffNote.handoff_id.in_(handoffs.scalar_subquery()))
    )
    await session.execute(
        sa.update(Handoff).where(Handoff.conversation_id.in_(conversation_ids)).values(summary=None)
    )
    return rowcount(result)


def owned_by(
    participant_id: int | None, identity_ids: Sequence[int]
) -> list[sa.ColumnElement[bool]]:
    """The conditions selecting the complaint tickets of a participant and of their chats."""
    owners: list[sa.ColumnElement[bool]] = []
    if participant_id is not None:
        owners.append(ComplaintTicket.participant_id == participant_id)
    if identity_ids:
        owners.append(ComplaintTicket.channel_identity_id.in_(identity_ids))
    return owners


async def erase_complaints(
    session: AsyncSession, owners: Sequence[sa.ColumnElement[bool]], now: datetime
) -> int:
    """In the caller's transaction: blank the texts of the complaint tickets that any of
    ``owners`` selects (``owned_by``): their description and the words of every history entry
    (the participant's replies, staff's messages and notes), and delete the files attached to
    them as evidence. Category, status and the history's facts stay. How many tickets."""
    if not owners:
        return 0
    ticket_ids = list(
        (await session.scalars(sa.select(ComplaintTicket.id).where(sa.or_(*owners)))).all()
    )
    if ticket_ids:
        await session.execute(
            sa.update(ComplaintTicket)
            .where(ComplaintTicket.id.in_(ticket_ids))
            .values(description=ERASED_TEXT, updated_at=now)
        )
        await session.execute(
            sa.update(ComplaintEvent)
            .where(ComplaintEvent.ticket_id.in_(ticket_ids), ComplaintEvent.note.is_not(None))
            .values(note=ERASED_TEXT)
        )
        await session.execute(  # screenshots and PDFs they sent as evidence
            sa.delete(TicketAttachment).where(TicketAttachment.ticket_id.in_(ticket_ids))
        )
    return len(ticket_ids)
