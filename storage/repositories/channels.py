"""Channel persistence: identity reachability and the 24-hour window, delivery statuses, long
button payloads and numbered choices. Each public method is one unit of work."""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.models import (
    ButtonPayload,
    CampaignDelivery,
    ChannelChoices,
    ChannelIdentity,
    MessageDelivery,
    utcnow,
)
from storage.models.channels import SendStatus

__all__ = ["ChannelRepository", "Delivery", "payload_key"]

SERVICE_WINDOW = timedelta(hours=24)
_RANK = {SendStatus.SENT: 1, SendStatus.DELIVERED: 2, SendStatus.READ: 3, SendStatus.FAILED: 4}


def _campaign_status(
    external_id: str, status: SendStatus, at: datetime, error: str | None
) -> sa.Update:
    """The same report on the campaign delivery that sent this message (if one did), with
    the same rule: sent < delivered < read < failed, never backwards."""
    delivery = CampaignDelivery
    rank = sa.case(*((delivery.status == s.value, r) for s, r in _RANK.items()), else_=0)
    values: dict[str, object] = {"status": status.value, "updated_at": at}
    if status == SendStatus.FAILED:
        values["last_error"] = (error or "failed")[:300]
    return (
        sa.update(delivery)
        .where(
            delivery.external_id == external_id,
            delivery.status.in_([s.value for s in _RANK]),
            rank < _RANK[status],
        )
        .values(**values)
    )


def payload_key(payload: str) -> str:
    """A short key (22 characters) that stands for ``payload``; the same payload, the same key."""
    digest = hashlib.sha256(payload.encode()).digest()[:16]
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


def _insert(session: AsyncSession) -> Any:
    return postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert


@dataclass(frozen=True, slots=True)
class Delivery:
    channel: str
    external_id: str
    user_id: str | None
    status: str
    error_code: int | None
    error_title: str | None


class ChannelRepository:
    def __init__(self, session_factory: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = session_factory

    # -- identities: reachability and the customer-service window -----------------------------

    async def record_inbound(self, channel: str, user_id: str, at: datetime) -> None:
        """The user wrote at ``at``: reachable again, and the window moves forward (never back,
        since WhatsApp may deliver an older message after a newer one)."""
        async with self._sessions() as session, session.begin():
            statement = _insert(session)(ChannelIdentity).values(
                channel=channel,
                user_id=user_id,
                reachable=True,
                last_inbound_at=at,
                created_at=utcnow(),
            )
            newer = statement.excluded.last_inbound_at
            await session.execute(
                statement.on_conflict_do_update(
                    index_elements=[ChannelIdentity.channel, ChannelIdentity.user_id],
                    set_={
                        "reachable": True,
                        "last_inbound_at": sa.case(
                            (ChannelIdentity.last_inbound_at.is_(None), newer),
                            (newer > ChannelIdentity.last_inbound_at, newer),
                            else_=ChannelIdentity.last_inbound_at,
                        ),
                    },
                )
            )

    async def set_reachable(self, channel: str, user_id: str, reachable: bool) -> None:
        async with self._sessions() as session, session.begin():
            statement = _insert(session)(ChannelIdentity).values(
                channel=channel, user_id=user_id, reachable=reachable, created_at=utcnow()
            )
            await session.execute(
                statement.on_conflict_do_update(
                    index_elements=[ChannelIdentity.channel, ChannelIdentity.user_id],
                    set_={"reachable": reachable},
                )
            )

    async def identity(self, channel: str, user_id: str) -> tuple[bool, datetime | None] | None:
        """``(reachable, last_inbound_at)`` of an identity, or ``None`` if never seen."""
        async with self._sessions() as session:
            row = (
                await session.execute(
                    sa.select(ChannelIdentity.reachable, ChannelIdentity.last_inbound_at).where(
                        ChannelIdentity.channel == channel, ChannelIdentity.user_id == user_id
                    )
                )
            ).first()
        return None if row is None else (bool(row[0]), row[1])

    async def window_open(self, channel: str, user_id: str, now: datetime | None = None) -> bool:
        """Whether a free-form message may still be sent (WhatsApp: within 24 hours of the user's
        last message); campaigns use a template otherwise."""
        found = await self.identity(channel, user_id)
        if found is None or found[1] is None or not found[0]:
            return False
        return (now or utcnow()) - found[1] < SERVICE_WINDOW

    # -- delivery statuses --------------------------------------------------------------------

    async def record_sent(self, channel: str, user_id: str, external_id: str) -> None:
        now = utcnow()
        async with self._sessions() as session, session.begin():
            statement = _insert(session)(MessageDelivery).values(
                channel=channel,
                external_id=external_id,
                user_id=user_id,
                status=SendStatus.SENT.value,
                created_at=now,
                updated_at=now,
            )
            await session.execute(
                statement.on_conflict_do_update(
                    index_elements=[MessageDelivery.channel, MessageDelivery.external_id],
                    set_={"user_id": user_id},
                )
            )

    async def record_status(
        self,
        channel: str,
        external_id: str,
        status: SendStatus,
        *,
        at: datetime,
        error_code: int | None = None,
        error_title: str | None = None,
    ) -> Delivery:
        """Apply a status report; an older status arriving late never overwrites a newer one."""
        rank = sa.case(*((MessageDelivery.status == s.value, r) for s, r in _RANK.items()), else_=0)
        async with self._sessions() as session, session.begin():
            statement = _insert(session)(MessageDelivery).values(
                channel=channel,
                external_id=external_id,
                status=status.value,
                error_code=error_code,
                error_title=error_title,
                created_at=at,
                updated_at=at,
            )
            await session.execute(
                statement.on_conflict_do_update(
                    index_elements=[MessageDelivery.channel, MessageDelivery.external_id],
                    set_={
                        "status": status.value,
                        "error_code": error_code,
                        "error_title": error_title,
                        "updated_at": at,
                    },
                    where=rank < _RANK[status],
                )
            )
            await session.execute(_campaign_status(external_id, status, at, error_title))
        found = await self.delivery(channel, external_id)
        assert found is not None
        return found

    async def delivery(self, channel: str, external_id: str) -> Delivery | None:
        async with self._sessions() as session:
            row = (
                await session.scalars(
                    sa.select(MessageDelivery).where(
                        MessageDelivery.channel == channel,
                        MessageDelivery.external_id == external_id,
                    )
                )
            ).first()
        if row is None:
            return None
        return Delivery(
            row.channel, row.external_id, row.user_id, row.status, row.error_code, row.error_title
        )

    # -- button payloads too long for the platform --------------------------------------------

    async def store_payload(self, payload: str) -> str:
        key = payload_key(payload)
        async with self._sessions() as session, session.begin():
            statement = _insert(session)(ButtonPayload).values(
                key=key, payload=payload, created_at=utcnow()
            )
            await session.execute(statement.on_conflict_do_nothing(index_elements=["key"]))
        return key

    async def load_payload(self, key: str) -> str | None:
        async with self._sessions() as session:
            payload = await session.scalar(
                sa.select(ButtonPayload.payload).where(ButtonPayload.key == key)
            )
        return None if payload is None else str(payload)

    # -- numbered choices (choices beyond what the platform shows as buttons) -----------------

    async def save_choices(self, channel: str, user_id: str, payloads: Sequence[str]) -> None:
        async with self._sessions() as session, session.begin():
            statement = _insert(session)(ChannelChoices).values(
                channel=channel, user_id=user_id, payloads=list(payloads), created_at=utcnow()
            )
            await session.execute(
                statement.on_conflict_do_update(
                    index_elements=[ChannelChoices.channel, ChannelChoices.user_id],
                    set_={"payloads": list(payloads), "created_at": utcnow()},
                )
            )

    async def clear_choices(self, channel: str, user_id: str) -> None:
        async with self._sessions() as session, session.begin():
            await session.execute(
                sa.delete(ChannelChoices).where(
                    ChannelChoices.channel == channel, ChannelChoices.user_id == user_id
                )
            )

    async def choice(self, channel: str, user_id: str, number: int) -> str | None:
        """The payload behind ``number`` (1-based) of the user's last numbered menu."""
        async with self._sessions() as session:
            payloads = await session.scalar(
                sa.select(ChannelChoices.payloads).where(
                    ChannelChoices.channel == channel, ChannelChoices.user_id == user_id
                )
            )
        if not isinstance(payloads, list) or not 1 <= number <= len(payloads):
            return None
        return str(payloads[number - 1])
