"""The evidence on a ticket's CRM page, and the route that serves a file: signed-in staff only,
only under its own ticket, with the sniffed type, ``nosniff`` and no caching."""

from __future__ import annotations

import httpx

from bot.runtime import Runtime
from storage.db import create_session_factory
from storage.repositories.attachments import Added, AttachmentRepository, OpenTicket
from storage.repositories.tickets import TicketRepository
from tests.bot.conftest import client, runtime, seeded_db, settings
from tests.support.crm import sign_in

__all__ = ["client", "runtime", "seeded_db", "settings"]  # the assistant fixtures, used here

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 2000
PDF = b"%PDF-1.7\n" + b"\x00" * 100


async def _ticket_with(runtime: Runtime, user_id: str, *files: tuple[str, bytes]) -> OpenTicket:
    factory = create_session_factory(runtime.database)
    await TicketRepository(factory).create("telegram", user_id, "nik", "NIK saya dipakai")
    repository = AttachmentRepository(factory, runtime.cipher)
    ticket = await repository.open_ticket("telegram", user_id)
    assert ticket is not None
    for kind, data in files:
        assert await repository.add("telegram", user_id, ticket.id, kind, data) is Added.ADDED
    return ticket


async def _paths(runtime: Runtime, ticket: OpenTicket) -> list[str]:
    factory = create_session_factory(runtime.database)
    listed = await AttachmentRepository(factory, runtime.cipher).for_ticket(ticket.id)
    return [f"/crm/tickets/{ticket.id}/attachments/{item.id}" for item in listed]


async def test_signed_in_staff_see_the_list_and_get_the_files(
    client: httpx.AsyncClient, runtime: Runtime
) -> None:
    ticket = await _ticket_with(runtime, "501", ("image/png", PNG), ("application/pdf", PDF))
    png, pdf = await _paths(runtime, ticket)
    await sign_in(client)

    page = (await client.get(f"/crm/tickets/{ticket.id}")).text
    assert 'id="attachments"' in page and "Gambar PNG" in page and "PDF" in page
    assert f'href="{png}"' in page and f'href="{pdf}"' in page and "2 KB" in page

    image = await client.get(png)
    assert image.status_code == 200 and image.content == PNG
    assert image.headers["content-type"] == "image/png"
    assert image.headers["x-content-type-options"] == "nosniff"
    assert image.headers["cache-control"] == "no-store"
    assert image.headers["content-disposition"].startswith("inline;")
    document = await client.get(pdf)
    assert document.content == PDF and document.headers["content-type"] == "application/pdf"
    assert document.headers["content-disposition"].startswith("attachment;")


async def test_anonymous_visitors_and_other_tickets_ids_get_no_file(
    client: httpx.AsyncClient, runtime: Runtime
) -> None:
    ticket = await _ticket_with(runtime, "502", ("image/png", PNG))
    other = await _ticket_with(runtime, "503")
    [path] = await _paths(runtime, ticket)

    anonymous = await client.get(path)
    assert anonymous.status_code == 303 and anonymous.headers["location"].startswith("/crm/login")
    assert PNG not in anonymous.content
    await sign_in(client)
    elsewhere = path.replace(f"/tickets/{ticket.id}/", f"/tickets/{other.id}/")
    assert (await client.get(elsewhere)).status_code == 404
    assert (await client.get(path + "0")).status_code == 404
    assert 'id="attachments"' not in (await client.get(f"/crm/tickets/{other.id}")).text
