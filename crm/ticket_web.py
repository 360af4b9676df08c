"""The ticket desk's routes under ``/crm/tickets`` (every signed-in staff member; changing a
ticket takes holding it, or being a supervisor or admin). URLs carry ticket ids and filter
codes only, never anything personal; every POST needs the form's CSRF token (the console's
``signed_in`` guard, passed in by ``crm.web``).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, Protocol

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from crm import ticket_pages
from crm.http import crm_of, html, see
from crm.ticket_desk import TicketDesk
from crm.ticket_labels import CATEGORIES, PRIORITIES, STATUSES
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
}
DONE = frozenset({"taken", "yours", "saved", "sent", "noted"})
"""Notices that say the action happened in full (the others are shown as warnings)."""
MAX_PAGE = 1_000_000


def desk_of(request: Request) -> TicketDesk:
    return crm_of(request).tickets


def _ticket_id(request: Request) -> int:
    value: Any = request.path_params["ticket_id"]
    return int(value)


def _back(ticket_id: int, notice: str) -> Response:
    return see(f"/crm/tickets/{ticket_id}?notice={notice}")


def filters_of(params: Any, agent: StaffRecord) -> Filters:
    """The list's filters from its query; unknown values are ignored."""
    chosen_status = params.get("status")
    chosen_category = params.get("category")
    return Filters(
        status=chosen_status if chosen_status in dict(STATUSES) else None,
        category=chosen_category if chosen_category in dict(CATEGORIES) else None,
        oldest_first=params.get("order") == "oldest",
        assignee_id=agent.id if params.get("mine") == "1" else None,
    )


async def listing(request: Request, agent: StaffRecord, csrf: str) -> Response:
    params = request.query_params
    filters = filters_of(params, agent)
    number = params.get("page", "1")
    chosen = min(int(number), MAX_PAGE) if number.isdigit() else 1
    found = await desk_of(request).page(filters, chosen)
    return html(ticket_pages.listing(found, filters, agent, csrf))


async def ticket(request: Request, agent: StaffRecord, csrf: str) -> Response:
    file = await desk_of(request).ticket(_ticket_id(request))
    name = request.query_params.get("notice", "")
    notice = (NOTICES[name], name not in DONE) if name in NOTICES else None
    return html(ticket_pages.ticket_page(file, agent, csrf, notice))


async def take(request: Request, agent: StaffRecord, csrf: str) -> Response:
    ticket_id = _ticket_id(request)
    return _back(ticket_id, await desk_of(request).take(ticket_id, agent))


async def update(request: Request, agent: StaffRecord, csrf: str) -> Response:
    """``status``, ``priority``, ``seen`` (the status the page showed) and ``message``."""
    ticket_id = _ticket_id(request)
    form: dict[str, str] = request.state.form
    status, priority, seen = form.get("status"), form.get("priority"), form.get("seen")
    if not (status in dict(STATUSES) and priority in dict(PRIORITIES) and seen in dict(STATUSES)):
        return _back(ticket_id, "bad_choice")
    assert status is not None and priority is not None and seen is not None
    change = Change(status, priority, seen, form.get("message"))
    try:
        outcome = await desk_of(request).change(ticket_id, agent, change)
    except ValueError:  # a status staff may not set ("open")
        outcome = "bad_choice"
    return _back(ticket_id, outcome)


async def note(request: Request, agent: StaffRecord, csrf: str) -> Response:
    ticket_id = _ticket_id(request)
    text = request.state.form.get("note", "")
    return _back(ticket_id, await desk_of(request).note(ticket_id, agent, text))


def routes(signed_in: Guard) -> list[Route]:
    one = "/crm/tickets/{ticket_id:int}"
    return [
        Route("/crm/tickets", signed_in(listing), methods=["GET"]),
        Route(one, signed_in(ticket), methods=["GET"]),
        Route(f"{one}/take", signed_in(take, post=True), methods=["POST"]),
        Route(f"{one}/update", signed_in(update, post=True), methods=["POST"]),
        Route(f"{one}/notes", signed_in(note, post=True), methods=["POST"]),
    ]
