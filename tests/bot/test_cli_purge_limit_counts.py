"""``prakerja db purge-limit-counts``: keeps 30 days by default, never reaches into the last day
(the limits count a day back)."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from bot.cli import app
from storage.db import create_engine, create_session_factory
from storage.migrate import upgrade
from storage.models import AuditLog
from storage.repositories.link_otp_sends import OTP_SENT


async def _prepare(url: str, ages: list[float]) -> None:
    engine = create_engine(url)
    await upgrade(engine)
    now = datetime.now(UTC)
    async with create_session_factory(engine)() as session, session.begin():
        for age in ages:
            at = now - timedelta(days=age)
            session.add(AuditLog(actor="chat:x", action=OTP_SENT, subject=f"{age}", at=at))
    await engine.dispose()


async def _subjects(url: str) -> list[str]:
    engine = create_engine(url)
    async with create_session_factory(engine)() as session:
        rows = await session.scalars(sa.select(AuditLog.subject).where(AuditLog.action == OTP_SENT))
        found = sorted(rows.all())
    await engine.dispose()
    return found


def test_purge_limit_counts(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'p.db'}"
    asyncio.run(_prepare(url, [45, 10, 0.2]))
    monkeypatch.setenv("PRAKERJA_DATABASE_URL", url)

    result = CliRunner().invoke(app, ["db", "purge-limit-counts"])
    assert result.exit_code == 0, result.output
    assert "1 rows older than 30 days deleted" in result.output
    assert asyncio.run(_subjects(url)) == ["0.2", "10"]

    refused = CliRunner().invoke(app, ["db", "purge-limit-counts", "--days", "0.5"])
    assert refused.exit_code != 0 and "at least 1:" in refused.output
    assert asyncio.run(_subjects(url)) == ["0.2", "10"]


def test_a_purge_keeps_the_longest_limit_window(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'p.db'}"
    asyncio.run(_prepare(url, [2.5]))
    monkeypatch.setenv("PRAKERJA_DATABASE_URL", url)
    monkeypatch.setenv("PRAKERJA_PROGRAMME__LINK__LOCKOUT_HOURS", "72")  # a 3-day lock-out
    refused = CliRunner().invoke(app, ["db", "purge-limit-counts", "--days", "2"])
    assert refused.exit_code != 0 and "at least 3:" in refused.output
    assert asyncio.run(_subjects(url)) == ["2.5"]
