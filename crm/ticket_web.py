"""The ticket desk's routes under ``/crm/tickets`` (every signed-in staff member; changing a
ticket, or removing a file attached to it, takes holding it, or being a supervisor or admin).
URLs carry ticket ids and filter codes only, never anything personal; every POST needs the
form's CSRF token (the console's ``signed_in`` guard, passed in by ``crm.web``).

A post that did what it asked redirects to the ticket's page (with a notice code); one that was
refused shows the page at once, its form filled in again with what was typed (a URL may carry
nothing personal), with 409 when the ticket changed meanwhile and 422 otherwise.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, Response
from starlette.routing import Route

from crm import ticket_attachments, ticket_case_page, ticket_pages
from crm.console import SUPERVISING, NotFound, actor
from crm.http import HEADERS, crm_of, html, see
from crm.ticket_case_page import Draft
from crm.ticket_desk import MAX_MESSAGE, MAX_NOTE, TicketDesk
from crm.ticket_labels import CATEGORIES, PRIORITIES, STATUSES
from crm.ticket_targets import DUE_ORDER, DueView
from storage.repositories.attachments import Removed
from storage.repositories.staff import StaffRecord
from storage.repositories.ticket_desk import Filters
from storage.repositories.ticket_moves import Change

Handler = Callable[[Request, StaffRecord, str], Awaitable[Response]]
Endpoint = Callable[[Request], Awaitable[Response]]


class Guard(Protocol):
    """``crm.web._signed_in``: a signed-in staff member (and, for a POST, a valid token)."""

    def __call__(self, handler: Handler, *, post: bool = False) -> Endpoint: ...


NOTICES = {
    # ?notice=... on a ticket page
    "taken": "Tiket ini sekarang kamu tangani.",
    "yours": "Tiket ini sudah kamu tangani.",
    "saved": "Perubahan disimpan.",
    "sent": "Perubahan disimpan dan pesan terkirim ke chat peserta.",
    "noted": "Catatan disimpan.",
    "held": "Tiket ini sedang ditangani petugas lain.",
    "not_held": "Ambil tiket ini dulu sebelum mengubahnya.",
    "changed": "Tiket ini baru saja berubah (petugas lain atau balasan peserta). Lihat lagi, "
    "lalu ulangi perubahanmu.",
    "closed": "Tiket yang sudah ditutup tidak bisa diubah lagi.",
    "nothing": "Tidak ada yang berubah.",
    "message_required": "Tulis pesan untuk peserta: wajib untuk Menunggu peserta (data apa "
    "yang dibutuhkan) dan Selesai (penyelesaiannya).",
    "bad_choice": "Pilih status dan prioritas dari daftar.",
    "unreachable": "Perubahan disimpan, tetapi peserta tidak bisa dihubungi lewat chat. "
    "Pesannya tercatat dan terlihat saat peserta mengecek status tiketnya.",
    "not_sent": "Perubahan disimpan, tetapi pesan belum terkirim karena layanan sedang "
    "terganggu. Peserta tetap melihatnya saat mengecek status tiketnya.",
    "empty": "Catatan kosong tidak disimpan.",
    "too_long": f"Pesan untuk peserta paling banyak {MAX_MESSAGE} karakter. Persingkat "
    "pesannya, lalu simpan lagi.",
    "note_too_long": f"Catatan internal paling banyak {MAX_NOTE} karakter. Persingkat, lalu "
    "simpan lagi.",
    "file_removed": "Lampiran dihapus. Riwayat tiket mencatatnya (tanpa isi file).",
    "file_gone": "Lampiran itu sudah tidak ada: mungkin sudah dihapus.",
}
DONE = frozenset(
    {"taken", "yours", "saved", "sent", "noted", "unreachable", "not_sent", "file_removed",
     "file_gone"}
)  # fmt: skip
"""Notices of a post that was saved: the browser is sent back to the ticket's page."""
WARNINGS = frozenset(NOTICES) - {"taken", "yours", "saved", "sent", "noted", "file_removed"}
"""Notices shown as warnings (the rest say the action happened in full)."""
CONFLICTS = frozenset({"changed", "closed", "held", "not_held"})
"""Refusals because of the ticket's state (409); the others are the form's (422)."""
MAX_PAGE = 1_000_000
SCRIPT = Path(__file__).resolve().parent / "static" / "ticket.js"


def desk_of(request: Request) -> TicketDesk:
    return crm_of(request).tickets


def _ticket_id(request: Request) -> int:
    value: Any = request.path_params["ticket_id"]
    return int(value)


def _back(ticket_id: int, notice: str) -> Response:
    return see(f"/crm/tickets/{ticket_id}?notice={notice}")


def filters_of(params: Any, agent: StaffRecord) -> Filters:
    """The list's filters from its query; unknown values are ignored. Unless another order
    is chosen (``newest``, ``oldest``, ``due``: the earliest first-response due), tickets
    with a new participant reply come first."""
    chosen_status = params.get("status")
    chosen_category = params.get("category")
    order = params.get("order")
    return Filters(
        status=chosen_status if chosen_status in dict(STATUSES) else None,
        category=chosen_category if chosen_category in dict(CATEGORIES) else None,
        oldest_first=order == "oldest",
        assignee_id=agent.id if params.get("mine") == "1" else None,
        new_replies=params.get("replied") == "1",
        replies_first=order not in ("newest", "oldest", DUE_ORDER[0]),
        overdue=params.get("overdue") == "1",
        due_first=order == DUE_ORDER[0],
    )


async def listing(request: Request, agent: StaffRecord, csrf: str) -> Response:
    params = request.query_params
    filters = filters_of(params, agent)
    number = params.get("page", "1")
    chosen = min(int(number), MAX_PAGE) if number.isdigit() else 1
    desk, now = desk_of(request), datetime.now(UTC)
    await desk.hand_out()  # tickets waiting for someone with room (``crm.ticket_auto_assign``)
    found, unread = await desk.page(filters, chosen, now), await desk.unread(agent)
    due = DueView(now, await desk.overdue(agent, now))
    return html(
        ticket_pages.listing(found, filters, agent, csrf, crm_of(request).zone, unread, due)
    )


def _notice(name: str) -> tuple[str, str, bool] | None:
    return (name, NOTICES[name], name in WARNINGS) if name in NOTICES else None


async def ticket(request: Request, agent: StaffRecord, csrf: str) -> Response:
    file = await desk_of(request).ticket(_ticket_id(request), agent)
    notice = _notice(request.query_params.get("notice", ""))
    files = await ticket_attachments.listed(request, file.case.ticket.id)
    zone = crm_of(request).zone
    return _page(ticket_case_page.ticket_page(file, agent, csrf, zone, notice, attachments=files))


def _page(body: str, status: int = 200) -> HTMLResponse:
    """A ticket's page: it may show the previews of its images (``PAGE_HEADERS``)."""
    return HTMLResponse(body, status, headers=ticket_attachments.PAGE_HEADERS)


async def _refused(
    request: Request, agent: StaffRecord, csrf: str, name: str, draft: Draft
) -> Response:
    """The ticket's page as it is now, saying why the post was refused, with what was typed
    in its form again."""
    file = await desk_of(request).ticket(_ticket_id(request), agent)
    zone = crm_of(request).zone
    files = await ticket_attachments.listed(request, file.case.ticket.id)
    shown = ticket_case_page.ticket_page(
        file, agent, csrf, zone, _notice(name), draft, attachments=files
    )
    return _page(shown, 409 if name in CONFLICTS else 422)


async def take(request: Request, agent: StaffRecord, csrf: str) -> Response:
    ticket_id = _ticket_id(request)
    return _back(ticket_id, await desk_of(request).take(ticket_id, agent))


async def update(request: Request, agent: StaffRecord, csrf: str) -> Response:
    """``status``, ``priority``, ``seen`` (the status the page showed), ``version`` (the
    ticket's version the page showed) and ``message``."""
    ticket_id = _ticket_id(request)
    form: dict[str, str] = request.state.form
    status, priority, seen = form.get("status"), form.get("priority"), form.get("seen")
    version, message = form.get("version", ""), form.get("message", "")
    draft = Draft(status, priority, message)
    if seen not in dict(STATUSES):  # not the current page's form: the ticket says why (held
        seen, version = status, ""  # by another, not taken, closed) or it is out of date
    if not (status in dict(STATUSES) and priority in dict(PRIORITIES) and seen in dict(STATUSES)):
        return await _refused(request, agent, csrf, "bad_choice", draft)
    assert status is not None and priority is not None and seen is not None
    shown = int(version) if version.isdigit() and len(version) < 19 else -1  # -1: out of date
    change = Change(status, priority, seen, message, shown)
    try:
        outcome = await desk_of(request).change(ticket_id, agent, change)
    except ValueError:  # a status staff may not set ("open")
        outcome = "bad_choice"
    if outcome not in DONE:
        return await _refused(request, agent, csrf, outcome, draft)
    return _back(ticket_id, outcome)


async def note(request: Request, agent: StaffRecord, csrf: str) -> Response:
    """An internal note is allowed from a page that is out of date: it changes nothing."""
    ticket_id = _ticket_id(request)
    text = request.state.form.get("note", "")
    outcome = await desk_of(request).note(ticket_id, agent, text)
    if outcome not in DONE:
        return await _refused(request, agent, csrf, outcome, Draft(note=text))
    return _back(ticket_id, outcome)


async def remove_file(request: Request, agent: StaffRecord, csrf: str) -> Response:
    """Remove one file of the ticket (its holder, a supervisor or an admin); the history
    keeps a note of it, the audit log an entry."""
    ticket_id, attachment_id = ticket_attachments.ids(request)
    files = ticket_attachments.repository(request)
    if files is None:
        raise NotFound(f"{ticket_id}/{attachment_id}")
    zone = crm_of(request).zone
    removed = await files.remove(
        ticket_id, attachment_id, staff_id=agent.id, actor=actor(agent),
        supervising=agent.role in SUPERVISING,
        note=lambda item: ticket_attachments.removal_note(item, zone),
    )  # fmt: skip
    if removed is Removed.MISSING:
        raise NotFound(str(ticket_id))
    if removed is Removed.NOT_HELD:
        return await _refused(request, agent, csrf, "not_held", Draft())
    return _back(ticket_id, "file_removed" if removed is Removed.REMOVED else "file_gone")


async def script(request: Request) -> Response:
    return FileResponse(SCRIPT, media_type="text/javascript", headers=HEADERS)


def routes(signed_in: Guard) -> list[Route]:
    one = "/crm/tickets/{ticket_id:int}"
    return [
        Route("/crm/static/ticket.js", script, methods=["GET"]),
        Route("/crm/tickets", signed_in(listing), methods=["GET"]),
        Route(one, signed_in(ticket), methods=["GET"]),
        Route(
            f"{one}/attachments/{{attachment_id:int}}",
            signed_in(ticket_attachments.download),
            methods=["GET"],
        ),
        Route(
            f"{one}/attachments/{{attachment_id:int}}/delete",
            signed_in(remove_file, post=True),
            methods=["POST"],
        ),
        Route(f"{one}/take", signed_in(take, post=True), methods=["POST"]),
        Route(f"{one}/update", signed_in(update, post=True), methods=["POST"]),
        Route(f"{one}/notes", signed_in(note, post=True), methods=["POST"]),
    ]
