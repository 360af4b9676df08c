"""Codes sent by SMS to a participant's phone on record (linking a chat, erasing the account) and
to a number typed at registration, counted per phone across every chat and per asking chat, so
that one chat cannot use up another's codes (a fresh chat is free to open, so a per-chat count
alone let anyone make the bot send unlimited SMS to someone's phone; a per-phone count alone let
a stranger who knows a NIK use up its owner's codes).

Each send is an audit-log row (``link.otp_sent``, subject ``participant:<id>`` or
``phone:<blind index>``, actor the asking chat's ``chat:<keyed index>`` when the caller gives
it), written before the SMS goes out and counted in the same transaction: every worker and
every restart sees the same counts. A reservation whose SMS could not be sent is marked
``link.otp_unsent`` and no longer counts. Reservations for one participant are serialised:
PostgreSQL locks the participant's row, SQLite has a single writer; one chat's turns are
serialised by the engine's conversation lock.

A send asked from a known network client (the web chat's keyed tag of the browser's address:
a fresh web chat costs nothing, so the chat's limits alone let one client flood many phones)
writes a second row, ``link.otp_client`` with subject ``client:<tag>``, counted against
``per_client`` (and marked ``link.otp_client_unsent`` with its send). One client's reservations
are serialised too: PostgreSQL takes a transaction-scoped advisory lock on the client, so
parallel requests from many fresh chats cannot each slip under the limit.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.models import AuditLog, Participant, utcnow

__all__ = [
    "OTP_CLIENT",
    "OTP_CLIENT_UNSENT",
    "OTP_SENT",
    "OTP_UNSENT",
    "LinkOtpSendRepository",
    "Refused",
    "SendLimits",
    "client_target",
    "participant_target",
    "phone_target",
]

OTP_SENT = "link.otp_sent"  # audit action: a code sent by SMS (to a participant or a number)
OTP_UNSENT = "link.otp_unsent"  # audit action: the gateway could not send it (not counted)
OTP_CLIENT = "link.otp_client"  # audit action: a send's asking client (``client:<tag>``)
OTP_CLIENT_UNSENT = "link.otp_client_unsent"  # that send's SMS could not be sent (not counted)


class Refused(StrEnum):
    """Why a send was not reserved."""

    CHAT_NUMBER = "chat_number"  # this chat got ``per_chat`` codes for this target
    CHAT_NUMBERS = "chat_numbers"  # this chat asked codes for ``numbers`` other targets
    NUMBER = "number"  # this target got ``total`` codes from all chats
    CLIENT = "client"  # the asking client got ``per_client`` codes, all targets together


@dataclass(frozen=True, slots=True)
class SendLimits:
    """The limits of one send; a 0 limit is no limit."""

    since: datetime
    """Start of the window of ``total`` and ``per_chat``."""
    total: int = 0
    """Codes to the target from all chats since ``since``."""
    chat: str = ""
    """The asking chat's keyed index (``chat:<index>``); empty: no per-chat limits."""
    per_chat: int = 0
    """Codes this chat may get for the target since ``since``."""
    numbers: int = 0
    """Different targets this chat may ask codes for since ``numbers_since``."""
    numbers_since: datetime | None = None
    owner: bool = False
    """The chat is the target's owner's: not held by ``total`` (its own limits still hold)."""
    client: str = ""
    """The asking network client's opaque tag; empty: unknown, no per-client limit."""
    per_client: int = 0
    """Codes the client may get since ``since``, all its chats and targets together."""


class _LimitReached(Exception):
    """Internal: rolls the reservation back."""

    def __init__(self, refused: Refused) -> None:
        super().__init__(refused.value)
        self.refused = refused


def participant_target(participant_id: int) -> str:
    return f"participant:{participant_id}"


def phone_target(phone_key: str) -> str:
    return f"phone:{phone_key}"


def client_target(tag: str) -> str:
    return f"client:{tag}"


def _sent(since: datetime) -> sa.ColumnElement[bool]:
    return sa.and_(AuditLog.action == OTP_SENT, AuditLog.at >= since)


async def _count(session: AsyncSession, target: str, since: datetime) -> int:
    count = await session.scalar(
        sa.select(sa.func.count(AuditLog.id)).where(AuditLog.subject == target, _sent(since))
    )
    return int(count or 0)


async def _client_sends(session: AsyncSession, client: str, since: datetime) -> int:
    count = await session.scalar(
        sa.select(sa.func.count(AuditLog.id)).where(
            AuditLog.subject == client, AuditLog.action == OTP_CLIENT, AuditLog.at >= since
        )
    )
    return int(count or 0)


async def _lock_client(session: AsyncSession, client: str) -> None:
    """PostgreSQL: wait for this client's other reservations (until this transaction ends).
    SQLite needs none: its single writer serialises the insert-then-count below."""
    if session.get_bind().dialect.name != "postgresql":
        return
    key = int.from_bytes(hashlib.sha256(client.encode("utf-8")).digest()[:8], "big", signed=True)
    await session.execute(sa.select(sa.func.pg_advisory_xact_lock(key)))


async def _mark_client(session: AsyncSession, entry: AuditLog, client: str) -> None:
    """The send's client row; the send names it (``client_row``) so ``release`` finds it."""
    mark = AuditLog(actor=entry.actor, action=OTP_CLIENT, subject=client, at=entry.at)
    session.add(mark)
    await session.flush()
    entry.detail = {**(entry.detail or {}), "client_row": mark.id}


async def _chat_refusal(session: AsyncSession, target: str, limits: SendLimits) -> Refused | None:
    """The chat's own limits: codes for this target, and how many other targets it asked."""
    chat = AuditLog.actor == limits.chat
    if limits.per_chat:
        asked = await session.scalar(
            sa.select(sa.func.count(AuditLog.id)).where(
                chat, AuditLog.subject == target, _sent(limits.since)
            )
        )
        if int(asked or 0) >= limits.per_chat:
            return Refused.CHAT_NUMBER
    if limits.numbers:
        since = limits.numbers_since or limits.since
        targets = set(
            (await session.scalars(sa.select(AuditLog.subject).where(chat, _sent(since)))).all()
        )
        if target not in targets and len(targets) >= limits.numbers:
            return Refused.CHAT_NUMBERS
    return None


class LinkOtpSendRepository:
    """Each public method is one unit of work (one transaction)."""

    def __init__(self, session_factory: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = session_factory

    async def reserve(
        self,
        participant_id: int,
        channel: str,
        limits: SendLimits,
        *,
        now: datetime | None = None,
    ) -> int | Refused:
        """Record a send about to be made to this participant's phone and return the record's
        id, or why nothing was recorded."""
        return await self._reserve(
            participant_target(participant_id), channel, limits, now, lock=participant_id
        )

    async def reserve_for_number(
        self, phone_key: str, channel: str, limits: SendLimits, *, now: datetime | None = None
    ) -> int | Refused:
        """``reserve`` for a number typed at registration (no account yet), counted by its
        blind index ``phone_key``. Without a row to lock, two chats racing on PostgreSQL may
        each get the last send of ``total``: the limit holds within one."""
        return await self._reserve(phone_target(phone_key), channel, limits, now)

    async def _reserve(
        self,
        target: str,
        channel: str,
        limits: SendLimits,
        now: datetime | None,
        lock: int | None = None,
    ) -> int | Refused:
        entry = AuditLog(actor=limits.chat or f"{channel}:user", action=OTP_SENT, subject=target,
                         detail={"channel": channel}, at=now or utcnow())  # fmt: skip
        client = client_target(limits.client) if limits.client else ""
        try:
            async with self._sessions() as session, session.begin():
                if lock is not None:
                    await session.execute(
                        sa.select(Participant.id).where(Participant.id == lock).with_for_update()
                    )
                if client:  # after the participant's row: one order, no deadlock
                    await _lock_client(session, client)
                refused = await _chat_refusal(session, target, limits) if limits.chat else None
                if refused is not None:
                    raise _LimitReached(refused)
                if client:
                    await _mark_client(session, entry, client)
                session.add(entry)
                await session.flush()  # written first: a concurrent reservation now waits
                per_client = limits.per_client if client else 0
                if per_client and await _client_sends(session, client, limits.since) > per_client:
                    raise _LimitReached(Refused.CLIENT)
                over = limits.total and not limits.owner
                if over and await _count(session, target, limits.since) > limits.total:
                    raise _LimitReached(Refused.NUMBER)
        except _LimitReached as reached:
            return reached.refused
        return int(entry.id)

    async def release(self, reservation: int) -> None:
        """The SMS of this reservation could not be sent: it no longer counts (nor for its
        client)."""
        async with self._sessions() as session, session.begin():
            entry = await session.get(AuditLog, reservation, with_for_update=True)
            if entry is None or entry.action != OTP_SENT:
                return
            entry.action = OTP_UNSENT
            mark = (entry.detail or {}).get("client_row")
            if isinstance(mark, int):
                await session.execute(
                    sa.update(AuditLog)
                    .where(AuditLog.id == mark, AuditLog.action == OTP_CLIENT)
                    .values(action=OTP_CLIENT_UNSENT)
                )

    async def sent_since(self, participant_id: int, since: datetime) -> int:
        """Codes sent to this participant's phone (from any chat) since ``since``."""
        async with self._sessions() as session:
            return await _count(session, participant_target(participant_id), since)
