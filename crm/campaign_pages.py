"""HTML of the console's campaign pages (supervisors and admins)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from html import escape

from campaigns.failure_reasons import reason
from crm import labels
from crm.pages import csrf_field, page, said
from crm.staff_time import WIB, StaffZone
from storage.models import ParticipantStatus
from storage.repositories.campaigns import CampaignInfo
from storage.repositories.staff import StaffRecord

BROADCAST_CHANNELS = ("telegram", "whatsapp")
"""The channels a campaign goes out on (an empty segment list: all of them)."""


def campaigns(
    items: Sequence[CampaignInfo],
    agent: StaffRecord,
    csrf: str,
    notice: tuple[str, bool] | None = None,
    zone: StaffZone = WIB,
    *,
    errors: Mapping[int, Mapping[str, int]] | None = None,
    reaches: Callable[[str], bool] = lambda channel: True,
) -> str:
    """``notice``: (text, done); times are shown and typed in the staff zone ``zone``;
    ``errors``: per campaign, the recorded errors of failed or skipped deliveries (counted);
    ``reaches``: whether this deployment sends to a channel (a draft is warned otherwise)."""
    errors = errors or {}
    rows = "".join(
        _row(item, csrf, zone) + _why(item, errors.get(item.id, {}), reaches) for item in items
    ) or ('<tr><td colspan="6">Belum ada kampanye.</td></tr>')
    body = (
        f'{said(*notice) if notice else ""}<div class="scroll"><table id="campaigns"><thead>'
        "<tr><th>No.</th><th>Nama</th><th>Status</th><th>Jadwal</th>"
        f"<th>Pengiriman</th><th></th></tr></thead><tbody>{rows}</tbody></table></div>"
        f"{_form(csrf)}"
        "<p>Kampanye terjadwal dikirim oleh <code>prakerja campaign worker</code>.</p>"
    )
    return page("Kampanye siaran", body, agent, csrf)


def _row(item: CampaignInfo, csrf: str, zone: StaffZone) -> str:
    counts = ", ".join(
        f"{escape(labels.delivery_status(k))} {v}" for k, v in sorted(item.counts.items())
    ) or "-"  # fmt: skip
    when = zone.show(item.scheduled_at) if item.scheduled_at else "-"
    typed = f"Waktu kirim ({zone.label})"
    actions = ""
    base = f"/crm/campaigns/{item.id}"
    if item.status in ("draft", "scheduled"):
        actions += (
            f'<form method="post" action="{base}/schedule">{csrf_field(csrf)}'
            f'<input type="datetime-local" name="at" required aria-label="{escape(typed)}"> '
            f"<button>Jadwalkan ({escape(zone.label)})</button></form>"
        )
    if item.status in ("draft", "scheduled", "running"):
        actions += (
            f'<form method="post" action="{base}/cancel" data-confirm="Batalkan kampanye '
            f'{escape(item.name)}? Pesan yang belum terkirim tidak akan dikirim.">'
            f"{csrf_field(csrf)}"
            '<button class="secondary">Batalkan</button></form>'
        )
    status = labels.campaign_status(item.status)
    return (
        f"<tr><td>{item.id}</td><td>{escape(item.name)}<br><span class=meta>"
        f"{escape(item.template[:120])}</span></td><td>{escape(status)}</td>"
        f"<td>{when}</td><td>{counts}</td><td>{actions}</td></tr>"
    )


def _why(item: CampaignInfo, errors: Mapping[str, int], reaches: Callable[[str], bool]) -> str:
    """A row under the campaign's: why deliveries failed or were skipped, and, for one not
    sent yet, the channels of its segment this deployment cannot send to."""
    said: list[str] = []
    if errors:
        counted: dict[str, int] = {}
        for error, n in errors.items():
            counted[reason(error)] = counted.get(reason(error), 0) + n
        listed = ", ".join(f"{why} ({n})" for why, n in sorted(counted.items()))
        said.append(f'<span class="meta">Alasan tidak terkirim: {escape(listed)}</span>')
    unsent = item.status in ("draft", "scheduled")
    missing = [c for c in (item.segment.channels or BROADCAST_CHANNELS) if not reaches(c)]
    if unsent and missing:
        names = ", ".join(labels.channel(c) for c in missing)
        said.append(
            f'<span class="error" role="note">Kanal {escape(names)} belum dikonfigurasi di '
            "sini: penerima di kanal itu tidak akan menerima pesan.</span>"
        )
    if not said:
        return ""
    return f'<tr class="why"><td></td><td colspan="5">{"<br>".join(said)}</td></tr>'


def _form(csrf: str) -> str:
    statuses = "".join(
        f'<label><input type="checkbox" name="status" value="{s.value}"> '
        f"{escape(labels.participant_status(s.value))}</label> "
        for s in ParticipantStatus
        if s != ParticipantStatus.DELETED
    )
    return (
        f'<form method="post" action="/crm/campaigns" class="card">{csrf_field(csrf)}'
        "<h2>Kampanye baru</h2>"
        '<p><label>Nama<br><input name="name" maxlength="120" required></label></p>'
        '<p><label>Pesan ({name} = nama depan)<br><textarea name="text" maxlength="4096" '
        "required></textarea></label></p>"
        '<p>Kanal: <label><input type="checkbox" name="channel" value="telegram"> Telegram'
        '</label> <label><input type="checkbox" name="channel" value="whatsapp"> WhatsApp'
        "</label> (kosong: semua)</p>"
        f"<p>Status peserta (kosong: semua): {statuses}</p>"
        '<p><label>Kode provinsi, dipisah koma (mis. 32,33)<br><input name="provinces">'
        "</label></p>"
        "<p><label>Template WhatsApp (di luar jendela 24 jam)<br>"
        '<input name="whatsapp_template" maxlength="512"></label></p>'
        "<button>Buat draf</button></form>"
    )
