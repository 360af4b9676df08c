"""HTML of the ticket desk's list: the filtered, paged tickets (server-rendered; every value
passes ``html.escape``). One ticket's page is ``crm.ticket_case_page``.

A participant's reply staff have not seen is marked "Balasan baru" in words (not by colour
alone) on its ticket's row, on the ticket's page and on the reply in the history."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from urllib.parse import urlencode

from crm.pages import page
from crm.staff_time import StaffZone
from crm.ticket_labels import CATEGORIES, STATUSES, category, priority, status
from crm.ticket_targets import DUE_ORDER, DueView, due_mark, overdue_box
from storage.repositories.staff import StaffRecord
from storage.repositories.ticket_desk import DeskPage, DeskTicket, Filters
from storage.repositories.ticket_replies import Unread

NEW_REPLY = "Balasan baru"
ORDERS = (("", "Balasan baru dulu"), ("newest", "Terbaru dulu"), ("oldest", "Terlama dulu"),
          DUE_ORDER)  # fmt: skip
"""The list's orders by their query code ("": tickets with a new reply first, then newest)."""


def badge(text: str = NEW_REPLY) -> str:
    return f'<strong class="badge">{escape(text)}</strong>'


def listing(
    found: DeskPage,
    filters: Filters,
    agent: StaffRecord,
    csrf: str,
    zone: StaffZone,
    unread: Unread | None = None,
    due: DueView | None = None,
) -> str:
    rows = "".join(_row(ticket, zone, due) for ticket in found.items) or (
        '<tr><td colspan="6">Tidak ada tiket yang cocok.</td></tr>'
    )
    body = (
        _filter_form(filters, agent, unread or Unread(), due)
        + '<table id="tickets"><thead><tr><th>Referensi</th><th>Kategori</th>'
        "<th>Prioritas</th><th>Status</th><th>Dibuat</th><th>Ditangani</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>"
        + _pager(found, filters, agent)
        + '<p><a href="/crm">Kembali ke antrean eskalasi</a></p>'
    )
    return page("Tiket pengaduan", body, agent, csrf)


def _row(ticket: DeskTicket, zone: StaffZone, due: DueView | None) -> str:
    if ticket.new_reply_at is None:
        start, mark = "<tr>", due_mark(ticket, zone, due)
    else:
        start = '<tr class="new-reply">'
        at = zone.show(ticket.new_reply_at)
        mark = f' {badge()}<br><span class="meta">dibalas {at}</span>' + due_mark(ticket, zone, due)
    return (
        f'{start}<td data-label="Referensi"><a href="/crm/tickets/{ticket.id}">'
        f"{escape(ticket.reference)}</a>{mark}</td>"
        f'<td data-label="Kategori">{escape(category(ticket.category))}</td>'
        f'<td data-label="Prioritas">{escape(priority(ticket.priority))}</td>'
        f'<td class="status" data-label="Status">{escape(status(ticket.status))}</td>'
        f'<td data-label="Dibuat">{zone.show(ticket.created_at)}</td>'
        f'<td data-label="Ditangani">{escape(ticket.assignee or "-")}</td></tr>'
    )


def options(choices: Sequence[tuple[str, str]], chosen: str | None, everything: str) -> str:
    listed = [("", everything), *choices] if everything else list(choices)
    return "".join(
        f'<option value="{escape(value)}"{" selected" if value == (chosen or "") else ""}>'
        f"{escape(label)}</option>"
        for value, label in listed
    )


def _order(filters: Filters) -> str:
    if filters.oldest_first:
        return "oldest"
    return "due" if filters.due_first else "" if filters.replies_first else "newest"


def _filter_form(filters: Filters, agent: StaffRecord, unread: Unread, due: DueView | None) -> str:
    mine = " checked" if filters.assignee_id == agent.id else ""
    replied = " checked" if filters.new_replies else ""
    return (
        '<form method="get" action="/crm/tickets" class="card" id="filters">'
        f'<label>Status <select name="status">{options(STATUSES, filters.status, "Semua")}'
        "</select></label> "
        f'<label>Kategori <select name="category">'
        f"{options(CATEGORIES, filters.category, 'Semua')}</select></label> "
        f'<label>Urutan <select name="order">'
        f"{options(ORDERS, _order(filters), '')}</select></label> "
        f'<label><input type="checkbox" name="mine" value="1"{mine}> Tiket saya</label> '
        f'<label><input type="checkbox" name="replied" value="1"{replied}> Ada balasan baru '
        f'(<span id="unread-count">{unread.total}</span>)</label> {overdue_box(filters, due)}'
        "<button>Terapkan</button></form>"
    )


def query_of(filters: Filters, agent: StaffRecord, page_number: int = 1) -> str:
    """The list's URL query for ``filters`` (codes and numbers only: nothing personal)."""
    fields = {
        "status": filters.status or "",
        "category": filters.category or "",
        "order": _order(filters),
        "mine": "1" if filters.assignee_id == agent.id else "",
        "replied": "1" if filters.new_replies else "",
        "overdue": "1" if filters.overdue else "",
        "page": str(page_number) if page_number > 1 else "",
    }
    return urlencode({name: value for name, value in fields.items() if value})


def _pager(found: DeskPage, filters: Filters, agent: StaffRecord) -> str:
    links = []
    if found.page > 1:
        links.append(f'<a href="/crm/tickets?{query_of(filters, agent, found.page - 1)}" '
                     'rel="prev">Sebelumnya</a>')  # fmt: skip
    if found.page < found.pages:
        links.append(f'<a href="/crm/tickets?{query_of(filters, agent, found.page + 1)}" '
                     'rel="next">Berikutnya</a>')  # fmt: skip
    shown = f"Halaman {found.page} dari {max(found.pages, 1)} ({found.total} tiket)"
    return f'<p id="pages">{shown} {" · ".join(links)}</p>'
