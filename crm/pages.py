"""HTML of the CRM console (server-rendered; every value passes ``html.escape``). The one
script, ``/crm/static/console.js``, only improves the pages: live updates, confirmations,
one submission per click, and reply drafts kept in the tab."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from html import escape
from typing import Any

from crm import chat_actions, labels, numbers
from crm.console import SUPERVISING
from crm.staff_time import WIB, StaffZone
from crm.ticket_people import masked
from crm.ticket_targets import tickets_nav
from crm.transcript_view import message_fields, messages, stamp
from storage.repositories.handoff_feedback import (
    AgentFigures,
    CsatSummary,
    HandoffEnding,
    HandoffNoteView,
)
from storage.repositories.handoffs import HandoffItem
from storage.repositories.staff import StaffRecord
from storage.repositories.ticket_replies import Unread
from storage.repositories.ticket_targets import Overdue
from storage.repositories.transcript import TranscriptEntry

__all__ = ["message_fields", "stamp"]  # the live feed's, from crm.transcript_view

_STYLE = """
body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b2430;
background:#f3f6fa}header{background:#0b5fad;color:#fff;padding:10px 16px;display:flex;
flex-wrap:wrap;gap:6px 16px;justify-content:space-between;align-items:center}header form{margin:0}
main{padding:16px;max-width:1000px;margin:auto;min-width:0}
table{border-collapse:collapse;width:100%;background:#fff}
th,td{border-bottom:1px solid #dde3ea;padding:8px;text-align:left;vertical-align:top}
.scroll{overflow-x:auto;max-width:100%}
.msg{padding:8px 10px;border-radius:10px;margin:6px 0;max-width:80%;white-space:pre-wrap;
overflow-wrap:anywhere}.card td,#notes li,.notice,.error{overflow-wrap:anywhere}
.in{background:#fff}.out{background:#dcebff;margin-left:auto}.agent{background:#d9f2dd;
margin-left:auto}.meta{font-size:12px;color:#5a6675}.card{background:#fff;padding:12px;
border-radius:8px;margin-bottom:12px}textarea{width:100%;min-height:70px;font:inherit;
box-sizing:border-box}input,select{max-width:100%;box-sizing:border-box}
button{font:inherit;padding:6px 14px;border-radius:6px;border:1px solid #0b5fad;
background:#0b5fad;color:#fff;cursor:pointer}button:disabled{opacity:.6;cursor:wait}
.secondary{background:#fff;color:#0b5fad}
.error{color:#a40000}.notice{font-weight:600}a{color:#0b5fad}
.badge{display:inline-block;background:#b34700;color:#fff;font-size:12px;font-weight:700;
padding:1px 8px;border-radius:10px;white-space:nowrap}a.badge{text-decoration:none;color:#fff}
.badge.late{background:#a40000}
tr.new-reply td{background:#fff4e5}tr.new-reply td:first-child{box-shadow:inset 4px 0 #b34700}
li.new{border-left:4px solid #b34700;padding-left:8px}
#filters label{display:inline-block;white-space:nowrap;margin:0 12px 6px 0}
@media (max-width:700px){main{padding:10px}table{display:block;overflow-x:auto}
.msg{max-width:92%}h1{font-size:1.4em}}
@media (max-width:600px){#queue,#tickets,#queue :is(tbody,tr,td),#tickets :is(tbody,tr,td){
display:block}#queue thead,#tickets thead{position:absolute;width:1px;height:1px;
overflow:hidden;clip-path:inset(50%)}#queue tr,#tickets tr{border-bottom:2px solid #c5cfdb;
padding:6px 0}#queue td,#tickets td{border:0;padding:2px 8px}
td[data-label]::before{content:attr(data-label) ": ";font-weight:600;color:#5a6675}}
"""


def page(title: str, body: str, agent: StaffRecord | None = None, csrf: str = "") -> str:
    who = ""
    if agent is not None:
        who = (
            f'<form method="post" action="/crm/logout" data-confirm="Keluar dari CRM?">'
            f"{csrf_field(csrf)}{escape(agent.display_name)} · "
            "<button class=secondary>Keluar</button></form>"
        )
    return (
        '<!doctype html><html lang="id"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)} · CRM Prakerja</title><style>{_STYLE}</style></head><body>"
        f'<header><a href="/crm" style="color:#fff">CRM Prakerja</a>{who}</header>'
        f"<main><h1>{escape(title)}</h1>{body}</main>"
        '<script src="/crm/static/console.js" defer></script></body></html>'
    )


def csrf_field(token: str) -> str:
    return hidden("csrf", token)


def hidden(name: str, value: str) -> str:
    return f'<input type="hidden" name="{name}" value="{escape(value)}">'


def said(text: str | None, done: bool) -> str:
    """A notice after an action: done (a status) or refused (an alert)."""
    if not text:
        return ""
    role = 'class="notice" role="status"' if done else 'class="error" role="alert"'
    return f'<p id="notice" {role}>{escape(text)}</p>'


def login(csrf: str, error: str | None = None, *, back: str = "", notice: str | None = None) -> str:
    """``back``: the console page to return to after signing in (a checked local path)."""
    body = (
        said(error, done=False) + said(notice, done=True)
        + f'<form method="post" action="/crm/login" class="card">{csrf_field(csrf)}'
        + (hidden("next", back) if back else "")
        + '<p><label>Nama pengguna<br><input name="username" autocomplete="username" required>'
        '</label></p><p><label>Kata sandi<br><input name="password" type="password" '
        'autocomplete="current-password" required></label></p><button>Masuk</button></form>'
    )  # fmt: skip
    return page("Masuk", body)


def _ago(at: datetime | None, now: datetime) -> str:
    if at is None:
        return ""
    minutes = int((now - at).total_seconds() // 60)
    return f"{minutes} mnt" if minutes < 120 else f"{minutes // 60} jam"


def queue(
    items: Sequence[HandoffItem],
    agent: StaffRecord,
    csrf: str,
    csat: CsatSummary | None = None,
    *,
    zone: StaffZone = WIB,
    notice: str | None = None,
    replies: Unread | None = None,
    overdue: Overdue | None = None,
    presence: str = "",
) -> str:
    """The queue; console.js redraws its table (and the time it was brought up to date) in
    place every 15 s, so focus and what a screen reader is reading stay put. ``replies``:
    the tickets with a participant reply staff have not seen, and ``overdue``: those past
    their first-response target, counted by the tickets link (redrawn with the table);
    ``presence``: the "Tersedia" switch (``crm.presence_web``)."""
    now = datetime.now(UTC)
    rows = "".join(
        "<tr>"
        f'<td data-label="No."><a href="/crm/handoffs/{item.id}">#{item.id}</a></td>'
        f'<td data-label="Kanal">{escape(labels.channel(item.channel))}</td>'
        f'<td data-label="Antrean">{escape(labels.queue(item.queue))}</td>'
        f'<td data-label="Alasan">{escape(labels.reason(item.reason))}</td>'
        f'<td data-label="Menunggu">{_ago(item.created_at, now)}</td>'
        f'<td data-label="Ditangani">'
        f"{'menunggu' if item.state == 'queued' else escape(item.assignee or '')}</td>"
        "</tr>"
        for item in items
    )
    if not rows:
        rows = '<tr><td colspan="6">Antrean kosong.</td></tr>'
    body = (
        said(notice, done=True)
        + presence
        + f'<p><a href="/crm">Perbarui</a> · <span id="updated">diperbarui {zone.clock(now)}'
        '</span></p><div class="scroll" id="live" data-live="/crm" data-every="15">'
        '<table id="queue"><thead><tr><th>No.</th><th>Kanal</th>'
        "<th>Antrean</th><th>Alasan</th><th>Menunggu</th><th>Ditangani</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>{tickets_nav(replies or Unread(), overdue or Overdue())}"
        "</div>"
    )
    if csat is not None:
        score = numbers.rating(csat.average)
        body += f'<p id="csat">Kepuasan 7 hari terakhir: {score} ({csat.ratings} penilaian)</p>'
    if agent.role in SUPERVISING:
        body += '<p><a href="/crm/figures">Kinerja petugas</a> · <a href="/crm/campaigns">'
        body += 'Kampanye siaran</a> · <a href="/crm/analytics">Analitik percakapan</a></p>'
    return page("Antrean eskalasi", body, agent, csrf)


def conversation(
    item: HandoffItem,
    history: Sequence[TranscriptEntry],
    agent: StaffRecord,
    csrf: str,
    notice: tuple[str, bool] | None = None,
    canned: Sequence[str] = (),
    notes: Sequence[HandoffNoteView] = (),
    zone: StaffZone = WIB,
    ending: HandoffEnding | None = None,
) -> str:
    """``notice``: (text, done) after an action; ``ending``: how an ended chat ended (its
    actions are gone then: ``crm.chat_actions``)."""
    parts = [said(*notice) if notice else ""]
    parts.append(_summary(item))
    feed = f"/crm/handoffs/{item.id}/messages"
    parts.append(
        f'<div class="card" id="transcript" data-feed="{feed}" data-stamp="{stamp(history)}">'
        + "".join(map(_message, messages(history, zone)))
        + "</div>"
        + f'<p id="state" data-state="{escape(item.state)}" role="status"></p>'
    )
    action = f"/crm/handoffs/{item.id}"
    sent = "1" if notice and notice[1] else ""
    parts.append(f'<div id="draft-box" data-draft="handoff-{item.id}" data-sent="{sent}"></div>')
    parts.append(chat_actions.actions(item, agent, csrf, canned, ending, zone))
    if agent.role in SUPERVISING:
        parts.append(_supervisor_actions(item, action, csrf))
    parts.append(_notes(action, csrf, notes, zone))
    parts.append(f'<p><a href="{action}">Perbarui</a> · <a href="/crm">Kembali ke antrean</a></p>')
    return page(f"Percakapan #{item.id}", "".join(parts), agent, csrf)


def _supervisor_actions(item: HandoffItem, action: str, csrf: str) -> str:
    if item.state == "queued":
        return (
            f'<form method="post" action="{action}/drop" data-confirm="Tutup percakapan ini '
            'tanpa diambil? Peserta diberi tahu dan ditawari membuat pengaduan.">'
            f"{csrf_field(csrf)}"
            '<button class="secondary">Tutup tanpa diambil (beri tahu peserta)</button></form>'
        )
    if item.state == "assigned":
        return (
            f'<form method="post" action="{action}/requeue" data-confirm="Ambil percakapan ini '
            'dari petugasnya dan kembalikan ke antrean?">'
            f"{csrf_field(csrf)}"
            '<button class="secondary">Kembalikan ke antrean</button></form>'
        )
    return ""


def figures(rows: Sequence[AgentFigures], csat: CsatSummary, agent: StaffRecord, csrf: str) -> str:
    cells = (
        "".join(
            f"<tr><td>{escape(r.agent)}</td><td>{r.handled}</td><td>{r.ratings}</td>"
            f"<td>{numbers.decimal(r.average)}</td></tr>"
            for r in rows
        )
        or '<tr><td colspan="4">Belum ada percakapan yang ditangani.</td></tr>'
    )
    average = numbers.decimal(csat.average)
    body = (
        f"<p>7 hari terakhir. Kepuasan seluruh tim: {average} ({csat.ratings} penilaian).</p>"
        '<div class="scroll"><table><thead><tr><th>Petugas</th><th>Ditangani</th>'
        "<th>Penilaian</th><th>Rata-rata kepuasan</th></tr></thead>"
        f"<tbody>{cells}</tbody></table></div>"
    )
    return page("Kinerja petugas", body, agent, csrf)


def _notes(action: str, csrf: str, notes: Sequence[HandoffNoteView], zone: StaffZone) -> str:
    listed = "".join(
        f'<li><span class="meta">{escape(n.author)} · {zone.show(n.created_at)}</span> '
        f"{escape(masked(n.text))}</li>"
        for n in notes
    )
    return (
        f'<div class="card" id="notes"><h2>Catatan internal</h2><ul>{listed}</ul>'
        f'<form method="post" action="{action}/notes">{csrf_field(csrf)}'
        "<label>Catatan (tidak terlihat oleh peserta)<br>"
        '<textarea name="note" maxlength="4096" required></textarea></label>'
        "<p><button class=secondary>Simpan catatan</button></p></form></div>"
    )


def _summary(item: HandoffItem) -> str:
    summary: dict[str, Any] = item.summary if isinstance(item.summary, dict) else {}
    step = labels.step(str(summary.get("step") or ""))
    slots = summary.get("slots")
    fields = [
        ("Kanal", labels.channel(item.channel)),
        ("Antrean", labels.queue(item.queue)),
        ("Alasan", labels.reason(item.reason)),
        ("Alur", f"{labels.flow(summary.get('flow'))} / langkah: {step}"),
        ("Bahasa", labels.language(summary.get("language"))),
        ("Jejak niat", ", ".join(labels.intent(str(i)) for i in summary.get("intents") or [])
         or "-"),
        ("Isian", labels.slots(slots if isinstance(slots, dict) else {})),
    ]  # fmt: skip
    cells = "".join(f"<tr><th>{escape(k)}</th><td>{escape(str(v))}</td></tr>" for k, v in fields)
    return f'<table class="card" id="summary">{cells}</table>'


def _message(m: dict[str, str]) -> str:
    shown = escape(m["text"])
    if "link" in m:  # a file the participant sent: its ticket's page
        shown = f'<a href="{escape(m["link"])}">{shown}</a>'
    return (
        f'<div class="msg {m["kind"]}"><div class="meta">{escape(m["who"])} · '
        f"{escape(m['when'])}</div>{shown}</div>"
    )
