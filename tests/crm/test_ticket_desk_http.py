"""The ticket desk over HTTP: the list and its filters, a ticket's page (participant masked),
take, status changes with a message that reaches the participant's web chat, internal notes,
and who may change what."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator

import httpx
import pytest
import sqlalchemy as sa

from bot.app import create_app
from bot.channels.visitors import COOKIE as VISITOR
from bot.runtime import Runtime
from bot.settings import Settings
from storage.db import create_session_factory
from storage.keys import ConversationKey
from storage.models import ComplaintTicket
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


async def _post(http: httpx.AsyncClient, path: str, **form: str) -> str:
    """POST a console form as the page would; returns the notice it redirects with."""
    csrf = csrf_of((await http.get(path.rsplit("/", 1)[0])).text)
    response = await http.post(path, data={"csrf": csrf, **form})
    assert response.status_code == 303, response.text
    location = response.headers["location"]
    return location.partition("notice=")[2]


async def test_ticket_pages_need_a_signed_in_staff_member(client: httpx.AsyncClient) -> None:
    for path in ("/crm/tickets", "/crm/tickets/1"):
        response = await client.get(path)
        assert response.status_code == 303 and response.headers["location"] == "/crm/login"
    response = await client.post("/crm/tickets/1/take", data={"csrf": "x"})
    assert response.status_code == 303 and response.headers["location"] == "/crm/login"
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
    statuses = re.findall(r'<td class="status">([^<]+)</td>', waiting.text)
    assert statuses and set(statuses) == {"Menunggu peserta"}
    incentive = await client.get("/crm/tickets?category=incentive&order=oldest")
    named = re.findall(r'<td><a href="/crm/tickets/\d+">PRK-\d+</a></td><td>([^<]+)</td>',
                       incentive.text)  # fmt: skip
    assert named and set(named) == {"Insentif belum masuk/gagal"}
    dates = re.findall(r"<td>(\d\d)-(\d\d)-(\d{4}) (\d\d:\d\d) WIB</td>", incentive.text)
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
    assert person.phone not in page and person.phone[-3:] in page
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
