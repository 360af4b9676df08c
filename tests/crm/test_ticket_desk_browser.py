"""The ticket desk in a real browser (Debian's Chromium driven by Playwright): a participant
files a complaint in the web chat; a staff member filters the ticket list, opens the ticket,
takes it and asks for data (waiting_user, with a message); the participant's chat shows the
message and sends the data, and the ticket is back with staff: counted on the queue page and
marked "Balasan baru" in the list until its holder opens it."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from bot.settings import Settings
from tests.bot.conftest import seeded_db, settings
from tests.bot.test_browser import _serve, chromium

__all__ = ["seeded_db", "settings"]  # the assistant fixtures, used here

ASKED = "Mohon kirim nomor HP yang terdaftar di akunmu."


@pytest.fixture
def desk_url(settings: Settings) -> Iterator[str]:
    yield from _serve(settings)


def test_staff_filter_open_a_ticket_and_ask_the_participant_for_data(desk_url: str) -> None:
    from playwright.sync_api import expect

    with chromium() as browser:
        participant = browser.new_context().new_page()
        participant.goto(desk_url)
        expect(participant.locator(".msg.bot").first).to_contain_text("Asisten Prakerja")
        for words in ("mau lapor akun diblokir", "Akun saya diblokir sejak kemarin"):
            participant.fill("#text", words)
            participant.click("#send")
            expect(participant.locator(".msg.me").last).to_have_text(words)
        participant.locator(".msg.bot").last.get_by_role("button", name="Kirim").click()
        filed = participant.locator(".msg.bot").last
        expect(filed).to_contain_text("PRK-")
        found = re.search(r"PRK-\d{8}", filed.inner_text())
        assert found is not None
        reference = found.group(0)

        staff = browser.new_context().new_page()
        staff.goto(f"{desk_url}/crm")
        staff.fill("input[name=username]", "agent1")
        staff.fill("input[name=password]", "demo-agent1")
        staff.get_by_role("button", name="Masuk").click()
        staff.get_by_role("link", name="Tiket pengaduan").click()
        expect(staff.locator("h1")).to_have_text("Tiket pengaduan")
        staff.select_option("select[name=status]", "open")
        staff.select_option("select[name=category]", "account_blocked")
        staff.get_by_role("button", name="Terapkan").click()
        expect(staff).to_have_url(re.compile(r"status=open&category=account_blocked"))
        rows = staff.locator("#tickets tbody tr")
        for status in rows.locator("td.status").all_inner_texts():
            assert status == "Baru"
        staff.get_by_role("link", name=reference).click()
        expect(staff.locator("h1")).to_have_text(f"Tiket {reference}")
        expect(staff.locator("#description")).to_contain_text("Akun saya diblokir")
        staff.get_by_role("button", name="Ambil tiket").click()
        expect(staff.locator("#notice")).to_contain_text("sekarang kamu tangani")

        staff.select_option("#update select[name=status]", "waiting_user")
        staff.select_option("#update select[name=priority]", "high")
        staff.get_by_role("button", name="Simpan perubahan").click()
        expect(staff.locator("#notice")).to_contain_text("Tulis pesan untuk peserta")
        # the refused form keeps what was chosen; the message shows its length and limit
        expect(staff.locator("#update select[name=status]")).to_have_value("waiting_user")
        expect(staff.locator("#update select[name=priority]")).to_have_value("high")
        expect(staff.locator("#message-count")).to_have_text("0/1000 karakter")
        staff.fill("#update textarea[name=message]", ASKED)
        expect(staff.locator("#message-count")).to_have_text(f"{len(ASKED)}/1000 karakter")
        staff.get_by_role("button", name="Simpan perubahan").dblclick()  # sent once
        expect(staff.locator("#notice")).to_contain_text("pesan terkirim ke chat peserta")
        expect(staff.locator("#history li.event.status_changed")).to_have_count(1)
        expect(staff.locator("#facts")).to_contain_text("Menunggu peserta")
        expect(staff.locator("#history")).to_contain_text(ASKED)
        expect(staff.locator("#history")).to_contain_text("terkirim ke chat peserta")

        # The participant's page, still open, fetches what staff wrote when it is shown again.
        participant.evaluate("document.dispatchEvent(new Event('visibilitychange'))")
        told = participant.locator(".msg.bot", has_text=ASKED)
        expect(told).to_contain_text(reference)
        told.get_by_role("button", name="Kirim data tambahan").click()
        expect(participant.locator(".msg.bot").last).to_contain_text("Tulis data tambahan")
        participant.fill("#text", "nomor hp saya 081234567890")
        participant.click("#send")
        expect(participant.locator(".msg.bot").last).to_contain_text("0812****90")
        participant.locator(".msg.bot").last.get_by_role("button", name="Kirim").click()
        expect(participant.locator(".msg.bot").last).to_contain_text("Terkirim!")

        # Staff notice the reply: the queue page counts it (the holder's share too), the list
        # marks the ticket "Balasan baru" until its holder opens it.
        staff.goto(f"{desk_url}/crm")
        expect(staff.locator("#ticket-replies")).to_have_text("1 tiket dengan balasan baru")
        expect(staff.locator("#my-ticket-replies")).to_have_text("1 di tiket saya")
        staff.get_by_role("link", name="1 tiket dengan balasan baru").click()
        expect(staff.locator("input[name=replied]")).to_be_checked()
        row = staff.locator("#tickets tbody tr", has_text=reference)
        badge = row.locator(".badge")
        expect(badge).to_be_visible()
        expect(badge).to_have_text("Balasan baru")
        expect(badge).to_have_css("background-color", "rgb(179, 71, 0)")
        expect(row.locator("td.status")).to_have_text("Diproses")
        row.get_by_role("link", name=reference).click()
        expect(staff.locator("#new-reply")).to_contain_text("Sekarang ditandai sudah dilihat")
        expect(staff.locator("#facts")).to_contain_text("Diproses")
        expect(staff.locator("#history")).to_contain_text("Data tambahan dari peserta")
        expect(staff.locator("#history")).to_contain_text("nomor hp saya 0812****90")
        expect(staff.locator("#history li.event.participant_reply.new")).to_contain_text("Baru")

        staff.get_by_role("link", name="Kembali ke daftar tiket").click()
        row = staff.locator("#tickets tbody tr", has_text=reference)
        expect(row).to_be_visible()
        expect(row.locator(".badge")).to_have_count(0)
        expect(staff.locator("#unread-count")).to_have_text("0")
        staff.goto(f"{desk_url}/crm")
        expect(staff.locator("#ticket-nav")).to_have_text("Tiket pengaduan")
