"""Found by a browser probe of the console: internal notes (chats' and tickets') keep e-mail
addresses masked as well as NIKs, and an ended chat's page says how it ended (who, when)
instead of offering a reply form, canned replies and the hand-back that would be refused."""

from __future__ import annotations

import re
from dataclasses import replace

import httpx
import sqlalchemy as sa

from bot.runtime import Runtime
from flows import Inbound
from flows.handoff import STOP
from storage.db import create_session_factory
from storage.models import ComplaintEvent, Handoff
from tests.bot.conftest import client, runtime, seeded_db, settings
from tests.bot.test_crm_console import ON_DUTY, _queued_web_user, _taken_by
from tests.crm.test_ticket_desk_http import _web_chat_ticket
from tests.support.crm import csrf_of, sign_in

__all__ = ["client", "runtime", "seeded_db", "settings"]  # the assistant fixtures, used here

NOTE = "Peserta minta dicek. NIK 3273010101900003 email budi.santoso@gmail.com"
ACTIONS = ('id="reply"', 'name="canned"', "Serahkan kembali ke bot", "Ambil alih percakapan")


async def test_a_chat_note_keeps_the_e_mail_address_masked(
    client: httpx.AsyncClient, runtime: Runtime
) -> None:
    _, handoff, csrf = await _taken_by(client, runtime)
    await client.post(f"/crm/handoffs/{handoff}/notes", data={"csrf": csrf, "note": NOTE})
    assert runtime.crm is not None
    (kept,) = await runtime.crm.console.notes(int(handoff))
    assert "budi.santoso@gmail.com" not in kept.text and "b***@gmail.com" in kept.text
    assert "3273010101900003" not in kept.text
    page = (await client.get(f"/crm/handoffs/{handoff}")).text
    assert "budi.santoso" not in page and "b***@gmail.com" in page


async def test_a_ticket_note_is_stored_with_the_e_mail_address_masked(
    client: httpx.AsyncClient, runtime: Runtime
) -> None:
    ticket_id, _, _ = await _web_chat_ticket(runtime)
    await sign_in(client, "agent3")
    page = (await client.get(f"/crm/tickets/{ticket_id}")).text
    await client.post(f"/crm/tickets/{ticket_id}/notes", data={"csrf": csrf_of(page), "note": NOTE})
    async with create_session_factory(runtime.database)() as session:
        notes = (
            await session.scalars(
                sa.select(ComplaintEvent.note).where(
                    ComplaintEvent.ticket_id == ticket_id, ComplaintEvent.kind == "note"
                )
            )
        ).all()
    assert notes and all("budi.santoso" not in (n or "") for n in notes)


async def test_a_chat_handed_back_says_who_ended_it_and_offers_no_reply(
    client: httpx.AsyncClient, runtime: Runtime
) -> None:
    _, handoff, csrf = await _taken_by(client, runtime)
    assert 'id="reply"' in (await client.get(f"/crm/handoffs/{handoff}")).text
    await client.post(f"/crm/handoffs/{handoff}/release", data={"csrf": csrf})
    page = (await client.get(f"/crm/handoffs/{handoff}")).text
    assert not [a for a in ACTIONS if a in page]
    ended = re.search(r'<p id="ended"[^>]*>([^<]*)</p>', page)
    assert ended is not None
    assert "diserahkan kembali ke bot oleh Budi Santoso" in ended.group(1)
    assert re.search(r"\d\d-\d\d-\d{4} \d\d:\d\d WIB", ended.group(1))
    assert "Catatan internal" in page  # notes may still be added


async def test_a_chat_the_participant_left_while_waiting_says_so(
    client: httpx.AsyncClient, runtime: Runtime
) -> None:
    user_id, _ = await _queued_web_user(runtime)
    leave = Inbound("webchat", user_id, "m2", payload=STOP)
    await runtime.engine.handle(replace(leave, timestamp=ON_DUTY))
    await sign_in(client, "agent1")
    assert runtime.crm is not None
    handoff = await _last_handoff(runtime)
    page = (await client.get(f"/crm/handoffs/{handoff}")).text
    assert "Peserta keluar sebelum diambil" in page
    assert "Ditangani oleh -" not in page
    assert not [a for a in ACTIONS if a in page]


async def test_a_chat_the_participant_left_while_taken_says_so(
    client: httpx.AsyncClient, runtime: Runtime
) -> None:
    user_id, handoff, _ = await _taken_by(client, runtime)
    leave = Inbound("webchat", user_id, "m3", payload=STOP)
    await runtime.engine.handle(replace(leave, timestamp=ON_DUTY))
    page = (await client.get(f"/crm/handoffs/{handoff}")).text
    assert "Peserta keluar saat ditangani Budi Santoso" in page
    assert not [a for a in ACTIONS if a in page]


async def _last_handoff(runtime: Runtime) -> int:
    async with create_session_factory(runtime.database)() as session:
        found = await session.scalar(sa.select(sa.func.max(Handoff.id)))
    assert found is not None
    return int(found)
