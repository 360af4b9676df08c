"""HTML of a ticket's history: who did what when, messages to the participant and whether
they reached the chat, internal notes, the participant's replies. What the participant wrote
and internal notes are shown masked; a message to the participant as it was sent."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from html import escape

from crm.staff_time import StaffZone
from crm.ticket_labels import priority, status
from crm.ticket_people import masked
from storage.repositories.ticket_desk import TicketEvent
from storage.repositories.ticket_hand_out import assigned_to
from storage.repositories.ticket_moves import ASSIGNED, MESSAGE, NOTE, PRIORITY, STATUS
from storage.repositories.tickets import PARTICIPANT_REPLY

WHAT = {
    "created": "Tiket dibuat",
    ASSIGNED: "Tiket diambil",
    STATUS: "Status diubah",
    PRIORITY: "Prioritas diubah",
    MESSAGE: "Pesan ke peserta",
    NOTE: "Catatan internal",
    PARTICIPANT_REPLY: "Data tambahan dari peserta",
}
DELIVERY = {
    "pending": "belum diketahui terkirim",
    "sent": "terkirim ke chat peserta",
    "unreachable": "tidak terkirim: peserta tidak bisa dihubungi lewat chat",
    "failed": "tidak terkirim: layanan sedang terganggu",
}


def who(actor: str) -> str:
    """``crm:agent1`` -> agent1; ``webchat:user`` -> Peserta (webchat); ``assistant`` -> Asisten;
    ``system`` (the retention policy) -> Sistem; ``auto:agent1`` (assigned automatically) ->
    Otomatis."""
    if assigned_to(actor) is not None:
        return "Otomatis"
    if actor.startswith("crm:"):
        return actor.removeprefix("crm:")
    if actor.endswith(":user"):
        return f"Peserta ({actor.removesuffix(':user')})"
    return {"assistant": "Asisten", "system": "Sistem"}.get(actor, actor)


def history(events: Sequence[TicketEvent], zone: StaffZone, new: Collection[int] = ()) -> str:
    """``new``: the ids of the participant's replies staff had not seen (marked "Baru")."""
    items = "".join(_entry(event, zone, event.id in new) for event in events)
    listed = items or "<li>Belum ada riwayat.</li>"
    return f'<div class="card" id="history"><h2>Riwayat</h2><ol>{listed}</ol></div>'


def _entry(event: TicketEvent, zone: StaffZone, new: bool = False) -> str:
    what = WHAT.get(event.kind, event.kind)
    to = assigned_to(event.actor) if event.kind == ASSIGNED else None
    if to is not None:
        what = f"Tiket ditugaskan otomatis ke {to}"
    details = []
    if event.old_status and event.status:
        details.append(f"status {status(event.old_status)} → {status(event.status)}")
    elif event.status and event.kind != "created":
        details.append(f"status {status(event.status)}")
    if event.priority:
        details.append(f"prioritas {priority(event.priority)}")
    line = escape(what + (f" ({', '.join(details)})" if details else ""))
    text = ""
    if event.note:
        label = "Pesan ke peserta: " if event.to_participant and event.kind != MESSAGE else ""
        shown = event.note if event.to_participant else masked(event.note)  # staff's as sent
        text = f'<div class="msg {_style(event)}">{escape(label + shown)}</div>'
    if event.to_participant and event.delivery:
        text += f'<div class="meta">{escape(DELIVERY.get(event.delivery, event.delivery))}</div>'
    mark = ' <strong class="badge">Baru</strong>' if new else ""
    return (
        f'<li class="event {escape(event.kind)}{" new" if new else ""}"><span class="meta">'
        f"{zone.show(event.at)} · {escape(who(event.actor))}</span>{mark} {line}{text}</li>"
    )


def _style(event: TicketEvent) -> str:
    if event.kind == PARTICIPANT_REPLY:
        return "in"
    return "agent" if event.to_participant else "out"
