"""Retention of the rows that count towards abuse limits (SQLite and PostgreSQL): old counters
go, recent ones and every other audit entry stay, and a purge is itself audited."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import sqlalchemy as sa

from storage.models import AuditLog
from storage.repositories.limit_counts import COUNTING_ACTIONS, LimitCounts
from storage.repositories.link_failures import LINK_FAILED
from storage.repositories.link_otp_sends import OTP_CLIENT, OTP_SENT
from tests.storage.conftest import Factory

NOW = datetime(2025, 3, 10, 8, 0, tzinfo=UTC)


async def _add(factory: Factory, action: str, age_days: float) -> None:
    async with factory() as session, session.begin():
        session.add(
            AuditLog(
                actor="chat:x", action=action, subject=f"{action}:{age_days}",
                at=NOW - timedelta(days=age_days),
            )
        )  # fmt: skip


async def _left(factory: Factory) -> list[tuple[str, str]]:
    async with factory() as session:
        rows = await session.execute(
            sa.select(AuditLog.action, AuditLog.subject).order_by(AuditLog.id)
        )
    return [(a, s) for a, s in rows.all()]


async def test_old_counting_rows_go_and_the_rest_stays(db_factory: Factory) -> None:
    for action in (OTP_SENT, OTP_CLIENT, LINK_FAILED):
        await _add(db_factory, action, 40)
        await _add(db_factory, action, 0.5)
    await _add(db_factory, "participant.created", 400)  # not a counter: never purged here

    removed = await LimitCounts(db_factory).purge(NOW - timedelta(days=30), batch=2)

    assert removed == 3
    left = await _left(db_factory)
    assert ("participant.created", "participant.created:400") in left
    counters = sorted(s for a, s in left if a in COUNTING_ACTIONS)
    assert counters == [f"{a}:0.5" for a in sorted((OTP_SENT, OTP_CLIENT, LINK_FAILED))]
    assert left[-1][0] == "limit_counts.purged"


async def test_nothing_to_purge_is_still_recorded(db_factory: Factory) -> None:
    await _add(db_factory, OTP_SENT, 1)
    assert await LimitCounts(db_factory).purge(NOW - timedelta(days=30)) == 0
    assert [a for a, _ in await _left(db_factory)] == [OTP_SENT, "limit_counts.purged"]
