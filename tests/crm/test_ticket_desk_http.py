"""The ticket desk over HTTP: the list and its filters, a ticket's page (participant masked),
take, status changes with a message that reaches the participant's web chat, internal notes,
and who may change what."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from urllib.parse import urlencode

import httpx
import pytest
import sqlalchemy as sa

from bot.app import create_app
from bot.channels.visitors import COOKIE as VISITOR
from bot.runtime import Runtime
from bot.settings import Settings
from flows.formatting import mask_phone
from storage.db import create_session_factory
from storage.keys import ConversationKey
from storage.models import ComplaintTicket
from storage.repositories.handoffs import HandoffRepository
from storage.repositories.participants import ParticipantRepository
from storage.repositories.tickets import TicketRepository
from storage.repositories.transcript import TranscriptRepository
from tests.bot.conftest import client, runtime, seeded_db, settings
from tests.support.crm import csrf_of, sign_in

__all__ = ["client", "runtime", "seeded_db", "settings"]  # the assistant fixtures, used here

ASKED = "Mohon kirim nomor HP yang terdaftar di akunmu."


def _browser(settings: Settings, runtime: Runtime) -> httpx.AsyncClient:
    """Another browser on the same assistant (its own cookies)."""
    transport = httpx.ASGITransport(app=create_app(settings, runtime))
    return httpx.AsyncClient(transport=transport, base_url="http://assistant")


@pytest.fixture
async def other(settings: Settings, runtime: Runtime) -> AsyncIterator[httpx.AsyncClient]:
    """A second staff member's browser."""
    async with _browser(settings, runtime) as http:
        yield http


async def _web_chat_ticket(runtime: Runtime) -> tuple[int, str, str]:
    """A ticket filed from a web chat: (ticket id, reference, the visitor's cookie)."""
    visitor = runtime.visitors.visitor(None)
    assert visitor.new_cookie is not None
    factory = create_session_factory(runtime.database)
    filed = await TicketRepository(factory).create(
        "webchat", visitor.user_id, "account_blocked", "Akun saya diblokir sejak kemarin"
    )
    return await _id_of(runtime, filed.reference), filed.reference, visitor.new_cookie


async def _id_of(runtime: Runtime, reference: str) -> int:
    async with create_session_factory(runtime.database)() as session:
        found = await session.scalar(
            sa.select(ComplaintTicket.id).where(ComplaintTicket.reference == reference)
        )
    assert found is not None
    return int(found)


async def _seeded_ticket(runtime: Runtime, *where: sa.ColumnElement[bool]) -> ComplaintTicket:
    async with create_session_factory(runtime.database)() as session:
        row = await session.scalar(
            sa.select(ComplaintTicket).where(*where).order_by(ComplaintTicket.id).limit(1)
        )
    assert row is not None
    return row


def _version_of(page: str) -> str:
    found = re.search(r'name="version" value="(\d+)"', page)
    assert found is not None, "the update form carries the ticket's version"
    return found.group(1)


def _notice_of(response: httpx.Response) -> str:
    """The notice a post ends with: in the redirect when it was done, on the page shown at
    once when it was refused (its form filled in again)."""
    if response.status_code == 303:
        return response.headers["location"].partition("notice=")[2]
    assert response.status_code in (409, 422), response.text
    found = re.search(r'id="notice" data-notice="([a-z_]+)"', response.text)
    assert found is not None
    return found.group(1)


async def _post(http: httpx.AsyncClient, path: str, **form: str) -> str:
    """POST a console form as the page would (with the ticket's version the page shows, for
    an update, unless given); returns the notice it ends with."""
    page = (await http.get(path.rsplit("/", 1)[0])).text
    if path.endswith("/update") and "version" not in form and 'name="version"' in page:
        form["version"] = _version_of(page)
    response = await http.post(path, data={"csrf": csrf_of(page), **form})
    return _notice_of(response)


async def test_ticket_pages_need_a_signed_in_staff_member(client: httpx.AsyncClient) -> None:
    for path in ("/crm/tickets", "/crm/tickets/1"):
        response = await client.get(path)
        assert response.status_code == 303  # to the sign-in page, then back to the page
        assert response.headers["location"] == f"/crm/login?{urlencode({'next': path})}"
    response = await client.post("/crm/tickets/1/take", data={"csrf": "x"})
    assert response.status_code == 303
    assert response.headers["location"] == "/crm/login?next=%2Fcrm%2Ftickets%2F1&expired=1"
    await sign_in(client)
    assert (await client.post("/crm/tickets/1/take", data={"csrf": "forged"})).status_code == 403
    assert (await client.get("/crm/tickets/999999999")).status_code == 404
    assert 'href="/crm/tickets"' in (await client.get("/crm")).text  # linked from the queue


async def test_the_list_filters_by_status_and_category_sorts_and_pages(
    client: httpx.AsyncClient,
) -> None:
    await sign_in(client)
    everything = await client.get("/crm/tickets")
    assert everything.status_code == 200
    assert everything.headers["x-frame-options"] == "DENY"
    assert "(24 tiket)" in everything.text and "Halaman 1 dari 2" in everything.text
    assert len(re.findall(r'href="/crm/tickets/\d+"', everything.text)) == 20
    second = await client.get("/crm/tickets?page=2")
    assert len(re.findall(r'href="/crm/tickets/\d+"', second.text)) == 4
    assert 'rel="prev"' in second.text and 'rel="next"' not in second.text

    waiting = await client.get("/crm/tickets?status=waiting_user")
    statuses = re.findall(r'<td class="status" data-label="Status">([^<]+)</td>', waiting.text)
    assert statuses and set(statuses) == {"Menunggu peserta"}
    incentive = await client.get("/crm/tickets?category=incentive&order=oldest")
    named = re.findall(r'<a href="/crm/tickets/\d+">PRK-\d+</a></td>'
                       r'<td data-label="Kategori">([^<]+)</td>', incentive.text)  # fmt: skip
    assert named and set(named) == {"Insentif belum masuk/gagal"}
    dates = re.findall(r'"Dibuat">(\d\d)-(\d\d)-(\d{4}) (\d\d:\d\d) WIB</td>', incentive.text)
    stamps = [f"{y}{m}{d}{t}" for d, m, y, t in dates]
    assert stamps == sorted(stamps)  # oldest first
    ignored = await client.get("/crm/tickets?status=nonsense&category=<script>&page=abc")
    assert ignored.status_code == 200 and "(24 tiket)" in ignored.text
    links = re.findall(r'href="(/crm/tickets[^"]*)"', everything.text + second.text)
    assert all(re.fullmatch(r"/crm/tickets(/\d+|\?[a-z_=&0-9]*)?", link) for link in links)


async def test_a_ticket_page_shows_its_facts_the_masked_participant_and_its_history(
    client: httpx.AsyncClient, runtime: Runtime
) -> None:
    row = await _seeded_ticket(runtime, ComplaintTicket.participant_id.is_not(None))
    assert row.participant_id is not None
    factory = create_session_factory(runtime.database)
    person = await ParticipantRepository(factory, runtime.cipher).get(row.participant_id)
    assert person is not None and person.nik and person.phone
    await sign_in(client)

    page = (await client.get(f"/crm/tickets/{row.id}")).text
    assert row.reference in page and "Riwayat" in page and "Tiket dibuat" in page
    assert person.masked_nik in page and person.nik not in page
    assert person.phone not in page and mask_phone(person.phone) in page  # 0812****90
    if person.email:
        assert person.email not in page


async def test_an_agent_asks_a_web_chat_participant_for_data_and_the_message_reaches_them(
    client: httpx.AsyncClient, runtime: Runtime, settings: Settings
) -> None:
    ticket_id, reference, cookie = await _web_chat_ticket(runtime)
    await sign_in(client)
    page = (await client.get(f"/crm/tickets/{ticket_id}")).text
    assert "Ambil tiket" in page and 'id="update"' not in page  # take it first

    assert await _post(client, f"/crm/tickets/{ticket_id}/take") == "taken"
    page = (await client.get(f"/crm/tickets/{ticket_id}?notice=taken")).text
    assert "Diproses" in page and "Tiket ini sekarang kamu tangani." in page
    update = f"/crm/tickets/{ticket_id}/update"
    form = {"status": "waiting_user", "priority": "high", "seen": "in_progress"}
    assert await _post(client, update, **form, message="  ") == "message_required"
    assert await _post(client, update, **form, message=ASKED) == "sent"

    page = (await client.get(f"/crm/tickets/{ticket_id}?notice=sent")).text
    assert "Perubahan disimpan dan pesan terkirim" in page
    assert "status Diproses → Menunggu peserta, prioritas Tinggi" in page
    assert ASKED in page and "terkirim ke chat peserta" in page and "agent1" in page

    async with _browser(settings, runtime) as participant:
        participant.cookies.set(VISITOR, cookie)
        replies = (await participant.get("/api/webchat/updates")).json()["replies"]
    assert len(replies) == 1 and reference in replies[0]["text"]
    assert "Menunggu data darimu" in replies[0]["text"] and ASKED in replies[0]["text"]
    buttons = {b["title"]: b["payload"] for b in replies[0]["buttons"]}
    assert buttons["Kirim data tambahan"] == f"ticket_reply:{reference}"

    user_id = runtime.visitors.visitor(cookie).user_id
    kept = await TranscriptRepository(create_session_factory(runtime.database)).history(
        ConversationKey("webchat", user_id), 10
    )
    assert [(e.direction, e.author) for e in kept] == [("out", "agent1")]


async def test_a_participant_without_a_chat_is_still_recorded_and_the_page_says_so(
    client: httpx.AsyncClient, runtime: Runtime
) -> None:
    row = await _seeded_ticket(
        runtime,
        ComplaintTicket.channel_identity_id.is_(None),
        ComplaintTicket.participant_id.is_(None),
        ComplaintTicket.status == "open",
    )
    await sign_in(client)
    assert 'id="unreachable"' in (await client.get(f"/crm/tickets/{row.id}")).text
    assert await _post(client, f"/crm/tickets/{row.id}/take") == "taken"
    form = {"status": "resolved", "priority": row.priority, "seen": "in_progress"}
    notice = await _post(client, f"/crm/tickets/{row.id}/update", **form, message="Sudah beres.")
    assert notice == "unreachable"
    page = (await client.get(f"/crm/tickets/{row.id}?notice={notice}")).text
    assert "peserta tidak bisa dihubungi lewat chat" in page
    assert "Sudah beres." in page and "tidak terkirim" in page and "Selesai" in page


async def test_only_the_holder_or_a_supervisor_changes_a_ticket(
    client: httpx.AsyncClient, other: httpx.AsyncClient, runtime: Runtime, settings: Settings
) -> None:
    ticket_id, _, _ = await _web_chat_ticket(runtime)
    update = f"/crm/tickets/{ticket_id}/update"
    await sign_in(client, "agent1")
    await sign_in(other, "agent2")
    assert await _post(other, update, status="in_progress", priority="normal", seen="open") == (
        "not_held"
    )
    assert await _post(client, f"/crm/tickets/{ticket_id}/take") == "taken"
    assert await _post(client, f"/crm/tickets/{ticket_id}/take") == "yours"
    assert await _post(other, f"/crm/tickets/{ticket_id}/take") == "held"
    page = (await other.get(f"/crm/tickets/{ticket_id}")).text
    assert "Ditangani oleh" in page and 'id="update"' not in page

    boss = _browser(settings, runtime)
    await sign_in(boss, "supervisor")
    form = {"priority": "urgent", "seen": "in_progress"}
    assert await _post(boss, update, status="in_progress", **form) == "saved"
    stale = await _post(client, update, status="waiting_user", priority="normal", seen="open",
                        message=ASKED)  # fmt: skip
    assert stale == "changed"  # the page agent1 had was older than the supervisor's change
    assert await _post(client, update, status="in_progress", priority="urgent",
                       seen="in_progress") == "nothing"  # fmt: skip
    assert await _post(client, update, status="open", priority="urgent", seen="in_progress") == (
        "bad_choice"
    )
    assert await _post(boss, update, status="closed", priority="urgent", seen="in_progress") == (
        "saved"
    )
    assert await _post(client, update, status="in_progress", priority="urgent",
                       seen="closed", message="x") == "closed"  # fmt: skip
    await boss.aclose()


async def test_internal_notes_are_masked_and_never_sent(
    client: httpx.AsyncClient, runtime: Runtime, settings: Settings
) -> None:
    ticket_id, _, cookie = await _web_chat_ticket(runtime)
    await sign_in(client, "agent3")
    notes = f"/crm/tickets/{ticket_id}/notes"
    assert await _post(client, notes, note="   ") == "empty"
    assert await _post(client, notes, note="NIK di KTP 3273014508990003 beda") == "noted"
    page = (await client.get(f"/crm/tickets/{ticket_id}")).text
    assert "3273********0003" in page and "3273014508990003" not in page
    assert "Catatan internal" in page

    async with _browser(settings, runtime) as participant:
        participant.cookies.set(VISITOR, cookie)
        assert (await participant.get("/api/webchat/updates")).json()["replies"] == []


async def test_a_stale_page_cannot_close_a_ticket_that_came_back_and_keeps_what_was_typed(
    client: httpx.AsyncClient, runtime: Runtime, settings: Settings
) -> None:
    """The lost update: the supervisor's page showed Diproses; the agent asked for data with a
    high priority; the participant sent it (Diproses again). The supervisor's "Selesai" from
    the old page is refused, the agent's priority stays, and the form keeps what was typed."""
    ticket_id, reference, cookie = await _web_chat_ticket(runtime)
    update = f"/crm/tickets/{ticket_id}/update"
    await sign_in(client, "agent1")
    assert await _post(client, f"/crm/tickets/{ticket_id}/take") == "taken"
    async with _browser(settings, runtime) as boss:
        await sign_in(boss, "supervisor")
        old_page = (await boss.get(f"/crm/tickets/{ticket_id}")).text
        assert await _post(client, update, status="waiting_user", priority="high",
                           seen="in_progress", message=ASKED) == "sent"  # fmt: skip
        user_id = runtime.visitors.visitor(cookie).user_id
        replied = await TicketRepository(create_session_factory(runtime.database)).add_reply(
            "webchat", user_id, reference, "selesai 10-11-2026"
        )
        assert replied is not None and replied.status == "in_progress"

        typed = {"status": "resolved", "priority": "normal", "seen": "in_progress",
                 "message": "Sudah kami selesaikan <b>hari ini</b>."}  # fmt: skip
        form = {"csrf": csrf_of(old_page), "version": _version_of(old_page), **typed}
        refused = await boss.post(update, data=form)
        assert refused.status_code == 409 and _notice_of(refused) == "changed"
        assert "Sudah kami selesaikan &lt;b&gt;hari ini&lt;/b&gt;.</textarea>" in refused.text
        assert '<option value="resolved" selected>' in refused.text
        assert "selesai 10-11-2026" in refused.text  # the participant's data, readable
        only_words = {**form, "status": "in_progress", "message": "Kami cek dulu."}
        assert _notice_of(await boss.post(update, data=only_words)) == "changed"

    page = (await client.get(f"/crm/tickets/{ticket_id}")).text
    facts = page.partition('id="facts"')[2].partition("</table>")[0]
    assert "Tinggi" in facts and "Diproses" in facts
    assert "Sudah kami selesaikan" not in page and "Kami cek dulu." not in page


async def test_a_double_click_saves_and_sends_the_message_once(
    client: httpx.AsyncClient, runtime: Runtime, settings: Settings
) -> None:
    ticket_id, _, cookie = await _web_chat_ticket(runtime)
    await sign_in(client)
    assert await _post(client, f"/crm/tickets/{ticket_id}/take") == "taken"
    page = (await client.get(f"/crm/tickets/{ticket_id}")).text
    form = {"csrf": csrf_of(page), "version": _version_of(page), "status": "waiting_user",
            "priority": "normal", "seen": "in_progress", "message": ASKED}  # fmt: skip
    first = await client.post(f"/crm/tickets/{ticket_id}/update", data=form)
    second = await client.post(f"/crm/tickets/{ticket_id}/update", data=form)
    assert _notice_of(first) == "sent" and _notice_of(second) == "sent"

    page = (await client.get(f"/crm/tickets/{ticket_id}")).text
    assert page.count('class="event message"') + page.count('class="event status_changed"') == 1
    async with _browser(settings, runtime) as participant:
        participant.cookies.set(VISITOR, cookie)
        replies = (await participant.get("/api/webchat/updates")).json()["replies"]
    assert len(replies) == 1


async def test_staffs_message_reaches_the_participant_as_written(
    client: httpx.AsyncClient, runtime: Runtime, settings: Settings
) -> None:
    """Dates, our references and our hotline are what staff ask for and tell: never masked,
    neither in the chat, nor in "cek tiket", nor in the history."""
    ticket_id, reference, cookie = await _web_chat_ticket(runtime)
    await sign_in(client)
    assert await _post(client, f"/crm/tickets/{ticket_id}/take") == "taken"
    words = (f"Tiket {reference} dijadwalkan ulang 10-11-2026 (2026-11-10). Kirim tanggal "
             "lahir (misal 17-08-1995) atau hubungi 0800-150-3001 atau kantor cabang "
             "021-5553-1234.")  # fmt: skip  # staff are trusted: even a number stays
    form = {"status": "waiting_user", "priority": "normal", "seen": "in_progress"}
    assert await _post(client, f"/crm/tickets/{ticket_id}/update", **form, message=words) == "sent"
    note = "jadwal ulang 2026-11-10, ref PRK-12345678, NIK 3273014508990003"
    assert await _post(client, f"/crm/tickets/{ticket_id}/notes", note=note) == "noted"

    page = (await client.get(f"/crm/tickets/{ticket_id}")).text
    assert words in page
    assert "jadwal ulang 2026-11-10, ref PRK-12345678, NIK 3273********0003" in page
    async with _browser(settings, runtime) as participant:
        participant.cookies.set(VISITOR, cookie)
        replies = (await participant.get("/api/webchat/updates")).json()["replies"]
    assert words in replies[0]["text"]
    user_id = runtime.visitors.visitor(cookie).user_id
    (mine,) = await TicketRepository(create_session_factory(runtime.database)).for_identity(
        "webchat", user_id
    )
    assert mine.message == words


async def test_an_over_long_message_is_refused_with_its_text_kept_not_cut(
    client: httpx.AsyncClient, runtime: Runtime
) -> None:
    ticket_id, _, _ = await _web_chat_ticket(runtime)
    await sign_in(client)
    assert await _post(client, f"/crm/tickets/{ticket_id}/take") == "taken"
    page = (await client.get(f"/crm/tickets/{ticket_id}")).text
    assert 'data-max="1000"' in page and "Maksimal 1000 karakter." in page
    assert 'id="message-count"' in page and "maxlength" not in page  # no silent cut either
    assert '<script src="/crm/static/ticket.js" defer></script>' in page
    script = await client.get("/crm/static/ticket.js")
    assert script.status_code == 200 and "text/javascript" in script.headers["content-type"]
    assert "form.once" in script.text and "data-max" in page

    long = "x" * 999 + "\r\nyz"  # 1,002 characters once the line break is counted as one
    form = {"status": "in_progress", "priority": "high", "seen": "in_progress"}
    response = await client.post(
        f"/crm/tickets/{ticket_id}/update",
        data={"csrf": csrf_of(page), "version": _version_of(page), **form, "message": long},
    )
    assert response.status_code == 422 and _notice_of(response) == "too_long"
    assert "paling banyak 1000 karakter" in response.text and "x" * 999 in response.text
    assert '<option value="high" selected>' in response.text
    assert "x" * 999 not in (await client.get(f"/crm/tickets/{ticket_id}")).text  # not saved
    assert await _post(client, f"/crm/tickets/{ticket_id}/notes", note="y" * 4097) == (
        "note_too_long"
    )
    assert await _post(client, f"/crm/tickets/{ticket_id}/update", **form,
                       message="x" * 998 + "\r\ny") == "sent"  # fmt: skip  # 1,000: allowed


async def test_the_page_links_the_participants_conversation_and_says_what_cannot_be_sent(
    client: httpx.AsyncClient, runtime: Runtime
) -> None:
    factory = create_session_factory(runtime.database)
    ticket_id, _, cookie = await _web_chat_ticket(runtime)
    await sign_in(client)
    assert 'id="conversation"' not in (await client.get(f"/crm/tickets/{ticket_id}")).text
    user_id = runtime.visitors.visitor(cookie).user_id
    queued = await HandoffRepository(factory).enqueue("webchat", user_id, "general", "agent", {})
    page = (await client.get(f"/crm/tickets/{ticket_id}")).text
    assert f'<a href="/crm/handoffs/{queued.id}" id="conversation">' in page

    filed = await TicketRepository(factory).create("telegram", "777001", "nik", "NIK salah")
    telegram_ticket = await _id_of(runtime, filed.reference)
    assert runtime.channels.telegram is None  # not configured in this deployment
    page = (await client.get(f"/crm/tickets/{telegram_ticket}")).text
    assert 'id="undeliverable"' in page and "tidak bisa dikirim" in page
    assert "dikirim ke chat-nya (telegram)" not in page
