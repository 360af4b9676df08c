"""The evidence a participant attached to a ticket (screenshots, PDFs): the list on the ticket's
page (an image with a small preview, a PDF as a link), the route that hands one file to
signed-in staff, and the note a removal leaves in the ticket's history.

A file is served only under its own ticket's URL, to a signed-in staff member (the console's
``signed_in`` guard), never from a public URL, and every time it is served an audit entry says
who opened which file (``attachment.viewed``; a preview on the ticket's page is an opening
too). Its Content-Type is the one read from its bytes when it was received; the browser is
told not to guess another (``nosniff``), not to keep it (``no-store``), and a PDF is
downloaded rather than opened in the console's page. The ticket's page alone may show images
from the console (``PAGE_HEADERS``: ``img-src 'self'``); every other console page shows none.

The ticket's holder, a supervisor or an admin may remove a file (a form with the page's CSRF
token, confirmed first): it is deleted, audited (``attachment.deleted``), and the ticket's
history keeps an internal note of what kind of file went (``removal_note``), not its content.
A file the retention policy removed (``prakerja db purge-attachments``) leaves such a note too
(``retention_note``), so the page says why it is gone instead of linking to nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from crm.console import NotFound, actor
from crm.http import HEADERS, crm_of
from crm.pages import csrf_field
from crm.staff_time import StaffZone
from storage.repositories.attachments import AttachmentInfo, AttachmentRepository
from storage.repositories.staff import StaffRecord

KINDS = {
    "image/jpeg": ("Gambar JPEG", "jpg"),
    "image/png": ("Gambar PNG", "png"),
    "image/webp": ("Gambar WebP", "webp"),
    "application/pdf": ("PDF", "pdf"),
}
IMAGES = frozenset({"image/jpeg", "image/png", "image/webp"})
"""The kinds the ticket's page previews (a PDF stays a link)."""
CSP = "Content-Security-Policy"
PAGE_HEADERS = {**HEADERS, CSP: f"{HEADERS[CSP]}; img-src 'self'"}
"""The ticket page's headers: the console's, with images from the console itself allowed
(the previews, served by the staff-only route)."""
THUMB = "display:block;max-width:160px;max-height:120px;margin-bottom:.25rem"


def size(n: int) -> str:
    """``83 KB``, ``1.2 MB``."""
    if n < 1024 * 1024:
        return f"{max(1, round(n / 1024))} KB"
    return f"{n / (1024 * 1024):.1f} MB"


def url(item: AttachmentInfo) -> str:
    return f"/crm/tickets/{item.ticket_id}/attachments/{item.id}"


def card(
    items: Sequence[AttachmentInfo], zone: StaffZone, *, csrf: str = "", removable: bool = False
) -> str:
    """The ticket's files (type, size, time received), each a link to the file, an image with
    its preview; with ``removable`` (the ticket's holder, a supervisor or an admin) each with
    a form that removes it."""
    if not items:
        return ""
    rows = "".join(_row(item, zone, csrf if removable else None) for item in items)
    head = "<th>Jenis</th><th>Ukuran</th><th>Diterima</th><th>Chat</th>"
    return (
        '<div class="card" id="attachments"><h2>Lampiran dari peserta</h2>'
        f"<table><tr>{head}{'<th></th>' if removable else ''}</tr>{rows}</table>"
        '<p class="meta">Bisa memuat NIK atau wajah peserta: jangan diteruskan ke luar tim.</p>'
        "</div>"
    )


def _row(item: AttachmentInfo, zone: StaffZone, csrf: str | None) -> str:
    """One file's row; ``csrf``: the token of its removal form (None: no form)."""
    label = escape(KINDS[item.content_type][0])
    preview = ""
    if item.content_type in IMAGES:
        preview = (
            f'<img src="{url(item)}" alt="{label} dari peserta" class="thumb" style="{THUMB}">'
        )
    remove = ""
    if csrf is not None:
        remove = (
            f'<td><form method="post" action="{url(item)}/delete" class="remove" '
            'data-confirm="Hapus lampiran ini? File-nya tidak bisa dikembalikan.">'
            f'{csrf_field(csrf)}<button class="secondary">Hapus</button></form></td>'
        )
    return (
        f'<tr id="attachment-{item.id}"><td><a href="{url(item)}">{preview}{label}</a></td>'
        f"<td>{size(item.size)}</td><td>{escape(zone.show(item.created_at))}</td>"
        f"<td>{escape(item.channel)}</td>{remove}</tr>"
    )


def removal_note(item: AttachmentInfo, zone: StaffZone) -> str:
    """The history's note of a removed file: what kind it was, never what it showed."""
    return (
        f"Lampiran dihapus: {KINDS[item.content_type][0]}, {size(item.size)}, diterima "
        f"{zone.show(item.created_at)} lewat {item.channel}. Isi file tidak disimpan lagi."
    )


def retention_note(item: AttachmentInfo, zone: StaffZone, days: float) -> str:
    """The history's note of a file the retention policy removed (``prakerja db
    purge-attachments``): what kind it was and why it went, never what it showed."""
    return (
        f"Lampiran dihapus otomatis sesuai kebijakan retensi ({days:g} hari setelah tiket "
        f"selesai atau ditutup): {KINDS[item.content_type][0]}, {size(item.size)}, diterima "
        f"{zone.show(item.created_at)} lewat {item.channel}. Isi file tidak disimpan lagi."
    )


def ids(request: Request) -> tuple[int, int]:
    """The ticket's and the file's id in the path."""
    params: dict[str, Any] = dict(request.path_params)
    return int(params["ticket_id"]), int(params["attachment_id"])


def repository(request: Request) -> AttachmentRepository | None:
    return crm_of(request).attachments


async def listed(request: Request, ticket_id: int) -> list[AttachmentInfo]:
    files = repository(request)
    return await files.for_ticket(ticket_id) if files is not None else []


async def download(request: Request, agent: StaffRecord, csrf: str) -> Response:
    """One file of one ticket (404 when it is another ticket's, or there is none), its
    opening audited under the staff member's name."""
    ticket_id, attachment_id = ids(request)
    files = repository(request)
    found = None
    if files is not None:
        found = await files.file(ticket_id, attachment_id, viewer=actor(agent))
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
