"""What staff read on the console: times in the staff zone with its label, and Indonesian
names instead of the assistant's internal codes (regressions from a tester's report)."""

from __future__ import annotations

from datetime import UTC, datetime

import orjson

from crm import campaign_pages, labels, pages
from crm.staff_time import WIB, StaffZone
from crm.transcript_view import messages
from flows.config import StaffHours
from storage.repositories.campaigns import CampaignInfo, Segment
from storage.repositories.handoff_feedback import HandoffNoteView
from storage.repositories.handoffs import HandoffItem
from storage.repositories.staff import StaffRecord
from storage.repositories.transcript import TranscriptEntry

AT = datetime(2026, 11, 29, 11, 34, tzinfo=UTC)  # 18:34 WIB
AGENT = StaffRecord(1, "agent1", "Budi Santoso", "supervisor", True, "")


def _buttons(*pairs: tuple[str, str]) -> str:
    return orjson.dumps([{"title": t, "payload": p} for t, p in pairs]).decode()


def _item(**summary: object) -> HandoffItem:
    return HandoffItem(
        id=7, channel="webchat", user_id="web-1", queue="general", reason="registration.kk",
        summary=summary, state="assigned", assignee_id=1, assignee="Budi Santoso",
        created_at=AT, assigned_at=AT,
    )  # fmt: skip


def test_transcript_and_note_times_are_shown_in_the_staff_zone_with_its_label() -> None:
    history = [TranscriptEntry("in", "halo", created_at=AT)]
    assert messages(history)[0]["when"] == "29-11-2026 18:34 WIB"
    wita = StaffZone.of(StaffHours(utc_offset_hours=8, zone_label="WITA"))
    assert messages(history, wita)[0]["when"] == "29-11-2026 19:34 WITA"
    note = HandoffNoteView(author="agent1", text="cek KYC", created_at=AT)
    page = pages.conversation(_item(), history, AGENT, "t", notes=[note])
    assert "agent1 · 29-11-2026 18:34 WIB" in page and " 11:34" not in page


def test_a_campaign_scheduled_at_nine_wib_is_listed_at_nine_wib() -> None:
    at = WIB.parse("2026-12-01T09:00")
    assert at.astimezone(UTC).hour == 2
    info = CampaignInfo(
        id=1, name="Gelombang 73", template="Halo {name}", segment=Segment(),
        status="scheduled", counts={"pending": 3}, scheduled_at=at.astimezone(UTC),
    )  # fmt: skip
    page = campaign_pages.campaigns([info], AGENT, "t")
    assert "01-12-2026 09:00 WIB" in page and "UTC" not in page
    assert "<td>Terjadwal</td>" in page and "menunggu 3" in page and "scheduled<" not in page


def test_a_tapped_button_is_shown_by_its_title_not_its_payload() -> None:
    history = [
        TranscriptEntry("out", "Mau lanjut?", _buttons(("Ya, lanjut", "opt:yes"),
                        ("Nanti saja", "opt:no")), created_at=AT),
        TranscriptEntry("in", None, "opt:no", created_at=AT),
        TranscriptEntry("in", None, "start", created_at=AT),  # no button offered it
        TranscriptEntry("in", None, "handoff:stop", created_at=AT),
        TranscriptEntry("in", None, "csat:12:4", created_at=AT),
        TranscriptEntry("in", None, "intent:complaint_status", created_at=AT),
        TranscriptEntry("in", None, "x:unknown", created_at=AT),
    ]  # fmt: skip
    shown = [m["text"] for m in messages(history)[1:]]
    assert shown == [
        "[Nanti saja]", "[Mulai]", "[Selesai dengan petugas]", "[Penilaian 4 dari 5]",
        "[Status tiket]", "[(memilih tombol)]",
    ]  # fmt: skip


def test_the_summary_and_queue_name_reasons_flows_intents_and_hide_internal_slots() -> None:
    item = _item(
        flow="registration", step="kk", language="id",
        intents=["complaint_status", "register", "inform"],
        slots={"consent": "yes", "nik_checked": "free", "_otp": "123456", "name": "Sari"},
    )  # fmt: skip
    page = pages.conversation(item, [], AGENT, "t")
    for shown in ("Minta petugas saat pendaftaran (langkah: nomor KK)", "Umum",
                  "pendaftaran / langkah: nomor KK", "Web chat", "Bahasa Indonesia",
                  "Status tiket, Cara daftar, Memberi info",
                  "Persetujuan: ya, Nama: Sari"):  # fmt: skip
        assert shown in page, shown
    for hidden in ("nik_checked", "_otp", "complaint_status", "registration.kk", "general"):
        assert hidden not in page, hidden
    queue = pages.queue([item], AGENT, "t")
    assert '<td data-label="Antrean">Umum</td>' in queue
    assert "Minta petugas saat pendaftaran" in queue
    assert labels.reason("asked") == "Peserta minta petugas"
    assert labels.reason("menu").startswith("Dipilih dari menu")
