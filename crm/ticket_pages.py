"""HTML of the ticket desk: the filtered list and one ticket (server-rendered; every value
passes ``html.escape``, and what participants wrote is shown masked). A ticket's page loads
``/crm/static/ticket.js``: the message's live character count, and a form sent only once.

A participant's reply staff have not seen is marked "Balasan baru" in words (not by colour
alone) on its ticket's row, on the ticket's page and on the reply in the history."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from urllib.parse import urlencode

from crm.console import SUPERVISING
from crm.pages import csrf_field, hidden, page
from crm.staff_time import StaffZone
from crm.ticket_desk import MAX_MESSAGE, MAX_NOTE, TicketFile
from crm.ticket_history import history
from crm.ticket_labels import CATEGORIES, PRIORITIES, STATUSES, category, priority, status
from crm.ticket_people import ParticipantSummary, masked
from crm.ticket_targets import DUE_ORDER, DueView, due_mark, overdue_box
from storage.repositories.staff import StaffRecord
from storage.repositories.ticket_desk import DeskPage, DeskTicket, Filters, TicketCase
from storage.repositories.ticket_moves import STAFF_STATUSES
from storage.repositories.ticket_replies import Unread


@dataclass(frozen=True, slots=True)
class Draft:
    """What staff typed in a form that was refused: shown again, so nothing is lost."""

    status: str | None = None
    priority: str | None = None
    message: str = ""
    note: str = ""


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
        f'{start}<td><a href="/crm/tickets/{ticket.id}">{escape(ticket.reference)}</a>{mark}</td>'
        f"<td>{escape(category(ticket.category))}</td><td>{escape(priority(ticket.priority))}</td>"
        f'<td class="status">{escape(status(ticket.status))}</td>'
        f"<td>{zone.show(ticket.created_at)}</td>"
        f"<td>{escape(ticket.assignee or '-')}</td></tr>"
    )


def _options(choices: Sequence[tuple[str, str]], chosen: str | None, everything: str) -> str:
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
        f'<label>Status <select name="status">{_options(STATUSES, filters.status, "Semua")}'
        "</select></label> "
        f'<label>Kategori <select name="category">'
        f"{_options(CATEGORIES, filters.category, 'Semua')}</select></label> "
        f'<label>Urutan <select name="order">'
        f"{_options(ORDERS, _order(filters), '')}</select></label> "
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


def ticket_page(
    file: TicketFile,
    agent: StaffRecord,
    csrf: str,
    zone: StaffZone,
    notice: tuple[str, str, bool] | None = None,
    draft: Draft | None = None,
) -> str:
    """``notice``: (code, text, is_error) after an action; ``draft``: what a refused form
    held, filled in again."""
    case, ticket = file.case, file.case.ticket
    draft = draft or Draft()
    parts = []
    if notice is not None:
        code, text, error = notice
        role = 'class="error" role="alert"' if error else 'class="notice" role="status"'
        parts.append(f'<p id="notice" data-notice="{escape(code)}" {role}>{escape(text)}</p>')
    parts += [
        _new_reply(file),
        _facts(case, zone),
        '<div class="card" id="description"><h2>Keluhan</h2>'
        f'<p style="white-space:pre-wrap">{escape(masked(case.description))}</p></div>',
        _participant(file.participant, case, file.deliverable),
        _actions(case, agent, csrf, draft, file.deliverable),
        history(file.history, zone, file.new_replies),
        _note_form(ticket, csrf, draft.note),
        f'<p><a href="/crm/tickets/{ticket.id}">Perbarui</a> · '
        '<a href="/crm/tickets">Kembali ke daftar tiket</a></p>',
        '<script src="/crm/static/ticket.js" defer></script>',
    ]
    return page(f"Tiket {ticket.reference}", "".join(parts), agent, csrf)


def _new_reply(file: TicketFile) -> str:
    """What the page says of the participant's replies no staff member had seen before it."""
    if not file.new_replies:
        return ""
    holder = file.case.ticket.assignee
    if not file.still_new:
        after = "Sekarang ditandai sudah dilihat."
    elif file.case.ticket.assignee_id is not None:
        after = (
            f"Tetap ditandai baru sampai {holder or 'petugas'} (yang menangani tiket ini) "
            "membukanya, atau tiket ini diubah."
        )
    else:
        after = "Tetap ditandai baru sampai tiket ini diambil dan dibuka, atau diubah."
    return (
        f'<p class="card" id="new-reply" role="status">{badge()} Peserta mengirim balasan yang '
        f'belum dilihat petugas (<a href="#history">lihat Riwayat</a>). {escape(after)}</p>'
    )


def _facts(case: TicketCase, zone: StaffZone) -> str:
    ticket = case.ticket
    facts = [
        ("Referensi", ticket.reference),
        ("Kategori", category(ticket.category)),
        ("Prioritas", priority(ticket.priority)),
        ("Status", status(ticket.status)),
        ("Dibuat", zone.show(ticket.created_at)),
        ("Diperbarui", zone.show(ticket.updated_at)),
        ("Ditangani", ticket.assignee or "-"),
    ]
    cells = "".join(f"<tr><th>{escape(k)}</th><td>{escape(v)}</td></tr>" for k, v in facts)
    return f'<table class="card" id="facts">{cells}</table>'


def _participant(person: ParticipantSummary | None, case: TicketCase, deliverable: bool) -> str:
    if person is None:
        rows = "<p>Tidak terhubung ke akun peserta.</p>"
    else:
        facts = [("Nama", person.name), ("Status peserta", person.status), ("NIK", person.nik),
                 ("HP", person.phone), ("Email", person.email)]  # fmt: skip
        cells = "".join(f"<tr><th>{escape(k)}</th><td>{escape(v)}</td></tr>" for k, v in facts)
        rows = f"<table>{cells}</table>"
    if case.reach is None:
        reach = (
            '<p class="error" id="unreachable">Peserta tidak bisa dihubungi lewat chat: pesan '
            "untuknya tetap tercatat dan terlihat saat ia mengecek status tiketnya.</p>"
        )
    elif not deliverable:
        reach = (
            '<p class="error" id="undeliverable">Pesan untuk peserta tidak bisa dikirim: chat-nya '
            f"({escape(case.reach.channel)}) tidak aktif di layanan ini. Pesannya tetap tercatat "
            "dan terlihat saat ia mengecek status tiketnya.</p>"
        )
    else:
        reach = f"<p>Pesan untuk peserta dikirim ke chat-nya ({escape(case.reach.channel)}).</p>"
    if case.handoff_id is not None:
        reach += (
            f'<p><a href="/crm/handoffs/{case.handoff_id}" id="conversation">'
            "Lihat percakapan peserta</a></p>"
        )
    return f'<div class="card" id="participant"><h2>Peserta</h2>{rows}{reach}</div>'


def _actions(
    case: TicketCase, agent: StaffRecord, csrf: str, draft: Draft, deliverable: bool
) -> str:
    ticket = case.ticket
    action = f"/crm/tickets/{ticket.id}"
    if ticket.status == "closed":
        return "<p>Tiket ini sudah ditutup.</p>"
    supervising = agent.role in SUPERVISING
    mine = ticket.assignee_id == agent.id
    parts = []
    if not mine and (ticket.assignee_id is None or supervising):
        label = "Ambil tiket" if ticket.assignee_id is None else "Ambil alih tiket"
        parts.append(f'<form method="post" action="{action}/take">{csrf_field(csrf)}'
                     f"<button>{label}</button></form>")  # fmt: skip
    if not mine and ticket.assignee_id is not None:
        parts.append(f"<p>Ditangani oleh {escape(ticket.assignee or '-')}.</p>")
    if mine or supervising:
        parts.append(_update_form(case, action, csrf, draft, deliverable))
    return "".join(parts)


def _update_form(case: TicketCase, action: str, csrf: str, draft: Draft, deliverable: bool) -> str:
    """The page's version goes with the form: a change made since refuses the post."""
    ticket = case.ticket
    choices = [(s, status(s)) for s in dict.fromkeys((ticket.status, *STAFF_STATUSES))]
    chosen = draft.status if draft.status in dict(choices) else ticket.status
    ranked = draft.priority if draft.priority in dict(PRIORITIES) else ticket.priority
    where = "dikirim ke chat-nya" if deliverable else "tercatat di tiketnya, tidak bisa dikirim"
    return (
        f'<form method="post" action="{action}/update" class="card once" id="update">'
        f"<h2>Ubah tiket</h2>{csrf_field(csrf)}{hidden('seen', ticket.status)}"
        f"{hidden('version', str(case.version))}"
        f'<p><label>Status <select name="status">{_options(choices, chosen, "")}'
        "</select></label> "
        f'<label>Prioritas <select name="priority">{_options(PRIORITIES, ranked, "")}'
        "</select></label></p>"
        f"<p><label>Pesan untuk peserta ({where}; wajib untuk Menunggu peserta: "
        "data apa yang dibutuhkan, dan untuk Selesai: penyelesaiannya)<br>"
        f'<textarea name="message" data-max="{MAX_MESSAGE}" aria-describedby="message-count">'
        f"{escape(draft.message)}</textarea></label></p>"
        f'<p class="meta" id="message-count" aria-live="polite">Maksimal {MAX_MESSAGE} '
        "karakter.</p>"
        '<p class="meta">Jangan minta kata sandi, kode OTP, nomor kartu, atau foto KTP lewat '
        "chat.</p><button>Simpan perubahan</button></form>"
    )


def _note_form(ticket: DeskTicket, csrf: str, typed: str) -> str:
    return (
        f'<form method="post" action="/crm/tickets/{ticket.id}/notes" class="card once" '
        f'id="note">{csrf_field(csrf)}<label>Catatan internal (tidak terlihat oleh peserta)<br>'
        f'<textarea name="note" data-max="{MAX_NOTE}" aria-describedby="note-count" required>'
        f"{escape(typed)}</textarea></label>"
        f'<p class="meta" id="note-count" aria-live="polite">Maksimal {MAX_NOTE} karakter.</p>'
        "<p><button class=secondary>Simpan catatan</button></p></form>"
    )
