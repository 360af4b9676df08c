"""Staff and a ticket's evidence over HTTP: opening a file is audited; the ticket's page
previews images (and only that page may show images); its holder or a supervisor removes a
file with the page's form, which the audit log and the ticket's history record."""

from __future__ import annotations

import httpx
import sqlalchemy as sa

from bot.runtime import Runtime
from storage.db import create_session_factory
from storage.models import AuditLog
from storage.repositories.attachments import Added, AttachmentRepository
from storage.repositories.tickets import TicketRepository
from tests.bot.conftest import client, runtime, seeded_db, settings
from tests.support.crm import csrf_of, sign_in

__all__ = ["client", "runtime", "seeded_db", "settings"]  # the assistant fixtures, used here

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 2000
PDF = b"%PDF-1.7\n" + b"\x00" * 100


async def _ticket(runtime: Runtime, user_id: str) -> tuple[int, str, str]:
    """A new ticket with a PNG and a PDF: its id and the files' paths."""
    factory = create_session_factory(runtime.database)
    await TicketRepository(factory).create("telegram", user_id, "nik", "NIK saya dipakai")
    files = AttachmentRepository(factory, runtime.cipher)
    ticket = await files.open_ticket("telegram", user_id)
    assert ticket is not None
    for kind, data in (("image/png", PNG), ("application/pdf", PDF)):
        assert await files.add("telegram", user_id, ticket.id, kind, data) is Added.ADDED
    png, pdf = await files.for_ticket(ticket.id)
    base = f"/crm/tickets/{ticket.id}/attachments"
    return ticket.id, f"{base}/{png.id}", f"{base}/{pdf.id}"


async def _audited(runtime: Runtime, action: str) -> list[tuple[str, str]]:
    async with create_session_factory(runtime.database)() as session:
        rows = await session.execute(
            sa.select(AuditLog.actor, AuditLog.subject)
            .where(AuditLog.action == action)
            .order_by(AuditLog.id)
        )
        return [(r.actor, r.subject) for r in rows]


async def test_opening_a_file_is_audited_under_the_staff_members_name(
    client: httpx.AsyncClient, runtime: Runtime
) -> None:
    _, png, pdf = await _ticket(runtime, "601")
    await sign_in(client)
    assert (await client.get(png)).content == PNG
    assert (await client.get(pdf)).content == PDF
    assert (await client.get(png + "9")).status_code == 404

    subjects = [f"ticket_attachment:{path.rpartition('/')[2]}" for path in (png, pdf)]
    assert await _audited(runtime, "attachment.viewed") == [("crm:agent1", s) for s in subjects]


async def test_the_ticket_page_alone_previews_images(
    client: httpx.AsyncClient, runtime: Runtime
) -> None:
    ticket_id, png, pdf = await _ticket(runtime, "602")
    await sign_in(client)
    page = await client.get(f"/crm/tickets/{ticket_id}")
    assert f'<img src="{png}"' in page.text and f'<img src="{pdf}"' not in page.text
    assert f'href="{pdf}"' in page.text  # a PDF stays a link
    assert page.headers["content-security-policy"].endswith("; img-src 'self'")
    assert "default-src 'none'" in page.headers["content-security-policy"]
    listing = await client.get("/crm/tickets")
    assert "img-src" not in listing.headers["content-security-policy"]


async def test_the_holder_removes_a_file_and_the_history_says_so(
    client: httpx.AsyncClient, runtime: Runtime
) -> None:
    ticket_id, png, pdf = await _ticket(runtime, "603")
    await sign_in(client)
    page = (await client.get(f"/crm/tickets/{ticket_id}")).text
    assert f'action="{png}/delete"' not in page  # not the holder (yet)
    token = csrf_of(page)

    refused = await client.post(f"{png}/delete", data={"csrf": token})
    assert refused.status_code == 409 and 'data-notice="not_held"' in refused.text
    forged = await client.post(f"{png}/delete", data={"csrf": "forged"})
    assert forged.status_code == 403
    assert (await client.get(png)).status_code == 200  # still there

    await client.post(f"/crm/tickets/{ticket_id}/take", data={"csrf": token})
    page = (await client.get(f"/crm/tickets/{ticket_id}")).text
    assert f'action="{png}/delete"' in page and f'action="{pdf}/delete"' in page
    removed = await client.post(f"{png}/delete", data={"csrf": token})
    assert removed.status_code == 303
    assert removed.headers["location"] == f"/crm/tickets/{ticket_id}?notice=file_removed"
    again = await client.post(f"{png}/delete", data={"csrf": token})
    assert again.headers["location"] == f"/crm/tickets/{ticket_id}?notice=file_gone"

    assert (await client.get(png)).status_code == 404
    page = (await client.get(f"/crm/tickets/{ticket_id}")).text
    assert f'href="{png}"' not in page and f'href="{pdf}"' in page
    assert "Lampiran dihapus: Gambar PNG, 2 KB" in page  # the history's note
    subject = f"ticket_attachment:{png.rpartition('/')[2]}"
    assert await _audited(runtime, "attachment.deleted") == [("crm:agent1", subject)]


async def test_a_supervisor_removes_a_file_of_a_ticket_nobody_holds(
    client: httpx.AsyncClient, runtime: Runtime
) -> None:
    ticket_id, png, _ = await _ticket(runtime, "604")
    await sign_in(client, "supervisor")
    page = (await client.get(f"/crm/tickets/{ticket_id}")).text
    assert f'action="{png}/delete"' in page
    removed = await client.post(f"{png}/delete", data={"csrf": csrf_of(page)})
    assert removed.headers["location"].endswith("?notice=file_removed")
    assert (await client.get(png)).status_code == 404
