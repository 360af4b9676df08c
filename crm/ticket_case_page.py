"""HTML of one complaint ticket's page in the CRM (server-rendered; every value passes
``html.escape``, and what participants wrote is shown masked): its facts, with its
first-response target in words ("Sisa 5 jam", "Lewat target 3 jam", "Respons pertama ...":
``crm.ticket_targets``), the complaint and the evidence attached to it
(``crm.ticket_attachments``: images previewed, each file removable by those who may change
the ticket), the participant, what staff may do, the history and the internal note form. It
loads ``/crm/static/ticket.js``: the message's live character count, and a form sent only
once."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from html import escape

from crm import ticket_attachments
from crm.console import SUPERVISING
from crm.pages import csrf_field, hidden, page
from crm.staff_time import StaffZone
from crm.ticket_desk import MAX_MESSAGE, MAX_NOTE, TicketFile
from crm.ticket_history import history
from crm.ticket_labels import PRIORITIES, category, priority, status
from crm.ticket_pages import badge, options
from crm.ticket_people import ParticipantSummary, masked
from crm.ticket_targets import due_fact
from storage.repositories.attachments import AttachmentInfo
from storage.repositories.staff import StaffRecord
from storage.repositories.ticket_desk import DeskTicket, TicketCase
from storage.repositories.ticket_moves import STAFF_STATUSES


@dataclass(frozen=True, slots=True)
class Draft:
    """What staff typed in a form that was refused: shown again, so nothing is lost."""

    status: str | None = None
    priority: str | None = None
    message: str = ""
    note: str = ""


def ticket_page(
    file: TicketFile,
    agent: StaffRecord,
    csrf: str,
    zone: StaffZone,
    notice: tuple[str, str, bool] | None = None,
    draft: Draft | None = None,
    now: datetime | None = None,
    *,
    attachments: Sequence[AttachmentInfo] = (),
) -> str:
    """``notice``: (code, text, is_error) after an action; ``draft``: what a refused form
    held, filled in again; ``now``: the time the first-response target is read at (None: the
    clock's); ``attachments``: the evidence the participant sent (listed under the
    complaint, each a link to the file, an image with its preview; with a removal form for
    those who may change the ticket). The page is served with ``ticket_attachments``'
    ``PAGE_HEADERS`` (images from the console allowed)."""
    case, ticket = file.case, file.case.ticket
    draft = draft or Draft()
    parts = []
    if notice is not None:
        code, text, error = notice
        role = 'class="error" role="alert"' if error else 'class="notice" role="status"'
        parts.append(f'<p id="notice" data-notice="{escape(code)}" {role}>{escape(text)}</p>')
    parts += [
        _new_reply(file),
        _facts(case, zone, now or datetime.now(UTC)),
        '<div class="card" id="description"><h2>Keluhan</h2>'
        f'<p style="white-space:pre-wrap">{escape(masked(case.description))}</p></div>',
        ticket_attachments.card(attachments, zone, csrf=csrf, removable=_holds(ticket, agent)),
        _participant(file.participant, case, file.deliverable),
        _actions(case, agent, csrf, draft, file.deliverable),
        history(file.history, zone, file.new_replies),
        _note_form(ticket, csrf, draft.note),
        f'<p><a href="/crm/tickets/{ticket.id}">Perbarui</a> · '
        '<a href="/crm/tickets">Kembali ke daftar tiket</a></p>',
        '<script src="/crm/static/ticket.js" defer></script>',
    ]
    return page(f"Tiket {ticket.reference}", "".join(parts), agent, csrf)


def _holds(ticket: DeskTicket, agent: StaffRecord) -> bool:
    """The staff member may change the ticket (and remove its files): its holder, or a
    supervisor or admin."""
    return ticket.assignee_id == agent.id or agent.role in SUPERVISING


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


def _facts(case: TicketCase, zone: StaffZone, now: datetime) -> str:
    """The ticket's facts; under its status, its first-response target (internal: the
    participant is never told it), by its current priority."""
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
    cells = [f"<tr><th>{escape(k)}</th><td>{escape(v)}</td></tr>" for k, v in facts]
    due = due_fact(ticket, zone, now)
    if due:
        cells.insert(4, f'<tr id="due"><th>Target respons</th><td>{due}</td></tr>')
    return f'<table class="card" id="facts">{"".join(cells)}</table>'


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
        f'<p><label>Status <select name="status">{options(choices, chosen, "")}'
        "</select></label> "
        f'<label>Prioritas <select name="priority">{options(PRIORITIES, ranked, "")}'
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
