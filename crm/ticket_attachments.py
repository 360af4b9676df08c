"""The evidence a participant attached to a ticket (screenshots, PDFs): the list on the ticket's
page, and the route that hands one file to signed-in staff.

A file is served only under its own ticket's URL, to a signed-in staff member (the console's
``signed_in`` guard), never from a public URL. Its Content-Type is the one read from its bytes
when it was received; the browser is told not to guess another (``nosniff``), not to keep it
(``no-store``), and a PDF is downloaded rather than opened in the console's page.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from crm.console import NotFound
from crm.http import HEADERS, crm_of
from crm.staff_time import StaffZone
from storage.repositories.attachments import AttachmentInfo, AttachmentRepository
from storage.repositories.staff import StaffRecord

KINDS = {
    "image/jpeg": ("Gambar JPEG", "jpg"),
    "image/png": ("Gambar PNG", "png"),
    "image/webp": ("Gambar WebP", "webp"),
    "application/pdf": ("PDF", "pdf"),
}


def size(n: int) -> str:
    """``83 KB``, ``1.2 MB``."""
    if n < 1024 * 1024:
        return f"{max(1, round(n / 1024))} KB"
    return f"{n / (1024 * 1024):.1f} MB"


def url(item: AttachmentInfo) -> str:
    return f"/crm/tickets/{item.ticket_id}/attachments/{item.id}"


def card(items: Sequence[AttachmentInfo], zone: StaffZone) -> str:
    """The ticket's files (type, size, time received), each a link to the file."""
    if not items:
        return ""
    rows = "".join(
        f'<tr><td><a href="{url(item)}">{escape(KINDS[item.content_type][0])}</a></td>'
        f"<td>{size(item.size)}</td><td>{escape(zone.show(item.created_at))}</td>"
        f"<td>{escape(item.channel)}</td></tr>"
        for item in items
    )
    return (
        '<div class="card" id="attachments"><h2>Lampiran dari peserta</h2>'
        "<table><tr><th>Jenis</th><th>Ukuran</th><th>Diterima</th><th>Chat</th></tr>"
        f"{rows}</table>"
        '<p class="meta">Bisa memuat NIK atau wajah peserta: jangan diteruskan ke luar tim.</p>'
        "</div>"
    )


def repository(request: Request) -> AttachmentRepository | None:
    return crm_of(request).attachments


async def listed(request: Request, ticket_id: int) -> list[AttachmentInfo]:
    files = repository(request)
    return await files.for_ticket(ticket_id) if files is not None else []


async def download(request: Request, agent: StaffRecord, csrf: str) -> Response:
    """One file of one ticket (404 when it is another ticket's, or there is none)."""
    params: dict[str, Any] = dict(request.path_params)
    ticket_id, attachment_id = int(params["ticket_id"]), int(params["attachment_id"])
    files = repository(request)
    found = await files.file(ticket_id, attachment_id) if files is not None else None
    if found is None:
        raise NotFound(f"{ticket_id}/{attachment_id}")
    kind = found.info.content_type
    name = f"lampiran-{ticket_id}-{attachment_id}.{KINDS[kind][1]}"
    disposition = "attachment" if kind == "application/pdf" else "inline"
    headers = {
        **HEADERS,
        "Content-Security-Policy": "default-src 'none'; sandbox",
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
        "Content-Disposition": f'{disposition}; filename="{name}"',
    }
    return Response(found.data, media_type=kind, headers=headers)
