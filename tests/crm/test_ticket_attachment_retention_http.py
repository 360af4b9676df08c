"""``prakerja db purge-attachments`` and the ticket's CRM page: the files of a ticket closed longer
ago than ``attachments.retention_days`` are deleted; the page then lists no link to them and
its history says the retention policy removed them (as "Sistem"); an open ticket's page keeps
its file."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import httpx
import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from bot.cli import app
from bot.runtime import Runtime
from bot.settings import Settings
from storage.db import create_session_factory
from storage.models import ComplaintEvent, ComplaintTicket, TicketAttachment, utcnow
from storage.repositories.attachments import Added, AttachmentRepository
from storage.repositories.tickets import TicketRepository
from tests.bot.conftest import client, runtime, seeded_db, settings
from tests.support.crm import sign_in

__all__ = ["client", "runtime", "seeded_db", "settings"]  # the assistant fixtures, used here

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 2000
REMOVED = "Lampiran dihapus otomatis sesuai kebijakan retensi (365 hari"


async def _ticket(runtime: Runtime, user_id: str, closed_days_ago: int | None) -> tuple[int, str]:
    """A ticket filed long ago with a PNG, closed ``closed_days_ago`` (None: still open); its
    id and the file's path."""
    factory = create_session_factory(runtime.database)
    await TicketRepository(factory).create("telegram", user_id, "nik", "NIK saya dipakai")
    files = AttachmentRepository(factory, runtime.cipher)
    ticket = await files.open_ticket("telegram", user_id)
    assert ticket is not None
    assert await files.add("telegram", user_id, ticket.id, "image/png", PNG) is Added.ADDED
    (png,) = await files.for_ticket(ticket.id)
    now = utcnow()
    async with factory() as session, session.begin():
        await session.execute(
            sa.update(ComplaintEvent)
            .where(ComplaintEvent.ticket_id == ticket.id)
            .values(at=now - timedelta(days=1000))
        )
        if closed_days_ago is not None:
            await session.execute(
                sa.update(ComplaintTicket)
                .where(ComplaintTicket.id == ticket.id)
                .values(status="closed")
            )
            session.add(
                ComplaintEvent(ticket_id=ticket.id, at=now - timedelta(days=closed_days_ago),
                               actor="crm:agent1", kind="status_changed",
                               old_status="in_progress", status="closed")
            )  # fmt: skip
    return ticket.id, f"/crm/tickets/{ticket.id}/attachments/{png.id}"


def _purge(settings: Settings, monkeypatch: pytest.MonkeyPatch, *args: str) -> str:
    monkeypatch.setenv("PRAKERJA_DATABASE_URL", settings.database_url)
    result = CliRunner().invoke(app, ["db", "purge-attachments", *args])
    assert result.exit_code == 0, result.output
    return result.output


async def test_the_page_of_a_purged_ticket_says_the_retention_policy_removed_its_file(
    client: httpx.AsyncClient,
    runtime: Runtime,
    settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    old, old_png = await _ticket(runtime, "701", closed_days_ago=400)
    recent, recent_png = await _ticket(runtime, "702", closed_days_ago=30)
    still_open, open_png = await _ticket(runtime, "703", closed_days_ago=None)
    await sign_in(client)
    assert f'href="{old_png}"' in (await client.get(f"/crm/tickets/{old}")).text

    said = await asyncio.to_thread(_purge, settings, monkeypatch)  # default: 365 days

    assert "1 files of 1 tickets closed more than 365 days ago deleted" in said
    page = (await client.get(f"/crm/tickets/{old}")).text
    assert old_png not in page  # no link, no preview
    assert REMOVED in page and "Gambar PNG, 2 KB" in page and "Sistem" in page
    assert (await client.get(old_png)).status_code == 404
    for ticket_id, png in ((recent, recent_png), (still_open, open_png)):
        page = (await client.get(f"/crm/tickets/{ticket_id}")).text
        assert f'href="{png}"' in page and REMOVED not in page
        assert (await client.get(png)).status_code == 200


async def test_days_overrides_the_retention_period(
    runtime: Runtime, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    await _ticket(runtime, "711", closed_days_ago=30)

    said = await asyncio.to_thread(_purge, settings, monkeypatch, "--days", "7")

    assert "1 files of 1 tickets closed more than 7 days ago deleted" in said
    async with create_session_factory(runtime.database)() as session:
        assert await session.scalar(sa.select(sa.func.count(TicketAttachment.id))) == 0
    refused = CliRunner().invoke(app, ["db", "purge-attachments", "--days", "0"])
    assert refused.exit_code != 0
