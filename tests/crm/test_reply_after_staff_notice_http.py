"""Staff set a web chat's ticket to "waiting for the participant" with a message that reaches
the chat: the participant's next free text ("pelatihannya Tata Boga Dasar, selesai tgl 10
november") is the reply to that ticket, shown back for "Kirim" / "Tulis ulang", as it is after
a status answer showed the ticket; "Kirim" adds it to the ticket, and no new ticket is filed."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx
import sqlalchemy as sa

from bot.channels.visitors import COOKIE as VISITOR
from bot.runtime import Runtime
from bot.settings import Settings
from crm.ticket_waiting_shown import mark_shown, shown_with
from flows.responses import text
from flows.ticket_reply_typed import SHOWN
from storage.db import create_session_factory
from storage.errors import StoreUnavailable
from storage.keys import ConversationKey
from storage.models import ComplaintTicket
from storage.repositories.ticket_desk import TicketDeskRepository
from storage.repositories.tickets import PARTICIPANT_REPLY
from storage.sessions import MemorySessionStore, Session
from tests.bot.conftest import client, runtime, seeded_db, settings
from tests.crm.test_ticket_desk_http import ASKED, _browser, _post, _web_chat_ticket
from tests.support.crm import sign_in

__all__ = ["client", "runtime", "seeded_db", "settings"]  # the assistant fixtures, used here

SAID = "pelatihannya Tata Boga Dasar, selesai tgl 10 november"


async def _say(chat: httpx.AsyncClient, n: int, **body: str) -> list[dict[str, object]]:
    response = await chat.post("/api/webchat/messages", json={"message_id": f"m{n}", **body})
    assert response.status_code == 200, response.text
    replies: list[dict[str, object]] = response.json()["replies"]
    return replies


async def _tickets(runtime: Runtime) -> int:
    async with create_session_factory(runtime.database)() as session:
        counted = await session.scalar(sa.select(sa.func.count(ComplaintTicket.id)))
    return int(counted or 0)


async def test_free_text_after_staff_asked_in_the_chat_is_the_reply_to_that_ticket(
    client: httpx.AsyncClient, runtime: Runtime, settings: Settings
) -> None:
    ticket_id, reference, cookie = await _web_chat_ticket(runtime)
    await sign_in(client, "agent1")
    assert await _post(client, f"/crm/tickets/{ticket_id}/take") == "taken"
    form = {"status": "waiting_user", "priority": "normal", "seen": "in_progress"}
    assert await _post(client, f"/crm/tickets/{ticket_id}/update", **form, message=ASKED) == "sent"
    filed = await _tickets(runtime)

    async with _browser(settings, runtime) as chat:
        chat.cookies.set(VISITOR, cookie)
        (asked,) = await _say(chat, 1, text=SAID)
        assert asked["text"] == text(
            "id", "ticket_reply.confirm.ask", reference=reference, details=SAID
        )
        buttons = {b["title"]: b["payload"] for b in asked["buttons"]}  # type: ignore[attr-defined]
        assert {"Kirim", "Tulis ulang"} <= set(buttons)
        sent = await _say(chat, 2, payload=buttons["Kirim"])
    assert sent[0]["text"] == text("id", "ticket_reply.sent.say", reference=reference)

    history = await TicketDeskRepository(create_session_factory(runtime.database)).history(
        ticket_id
    )
    replies = [e.note for e in history if e.kind == PARTICIPANT_REPLY]
    assert replies == [SAID]
    assert await _tickets(runtime) == filed  # no new complaint


def test_the_mark_adds_the_ticket_to_those_already_shown() -> None:
    now = datetime(2025, 11, 12, 9, 30, tzinfo=UTC)
    before = {"references": ["PRK-11111111"], "at": 1.0}
    assert shown_with(before, "PRK-22222222", now) == {
        "references": ["PRK-11111111", "PRK-22222222"],
        "at": now.timestamp(),
    }
    assert shown_with(None, "PRK-22222222", now)["references"] == ["PRK-22222222"]
    assert shown_with(before, "PRK-11111111", now)["references"] == ["PRK-11111111"]


class _Away(MemorySessionStore):
    async def update(self, key: ConversationKey, change: object) -> object:  # type: ignore[override]
        raise StoreUnavailable("down")


async def test_the_mark_is_stored_and_a_store_away_only_skips_it() -> None:
    key, now = ConversationKey("webchat", "u1"), datetime.now(UTC)
    store = MemorySessionStore()
    await store.save(key, Session(profile={"name": "Sari"}))
    await mark_shown(store, key, "PRK-22222222", now)
    kept = await store.load(key)
    assert kept is not None and kept.profile["name"] == "Sari"
    assert kept.profile[SHOWN] == {"references": ["PRK-22222222"], "at": now.timestamp()}
    await mark_shown(_Away(), key, "PRK-22222222", now)  # logged, not raised
