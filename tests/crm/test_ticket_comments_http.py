"""Information a participant adds from the chat to their ticket in progress shows on the
ticket's page as theirs, new to the holder, with the ticket still "Diproses" and still theirs."""

from __future__ import annotations

import httpx

from bot.runtime import Runtime
from storage.db import create_session_factory
from storage.repositories.tickets import TicketRepository
from tests.bot.conftest import client, runtime, seeded_db, settings
from tests.crm.test_ticket_desk_http import _post, _web_chat_ticket
from tests.crm.test_ticket_replies_http import BADGE, _row
from tests.support.crm import sign_in

__all__ = ["client", "runtime", "seeded_db", "settings"]  # fixtures, used here

WORDS = "aku udah kirim email ke helpdesk juga"


async def test_added_information_is_in_the_history_new_and_the_ticket_stays_in_progress(
    client: httpx.AsyncClient, runtime: Runtime
) -> None:
    ticket_id, reference, cookie = await _web_chat_ticket(runtime)
    await sign_in(client, "agent1")
    assert await _post(client, f"/crm/tickets/{ticket_id}/take") == "taken"
    user_id = runtime.visitors.visitor(cookie).user_id
    tickets = TicketRepository(create_session_factory(runtime.database))
    added = await tickets.add_comment("webchat", user_id, reference, WORDS)
    assert added is not None and added.status == "in_progress"

    assert BADGE in _row((await client.get("/crm/tickets?mine=1")).text, reference)
    page = (await client.get(f"/crm/tickets/{ticket_id}")).text
    history = page.partition('id="history"')[2]
    assert 'class="event participant_reply new"' in history
    assert "Data tambahan dari peserta" in history and WORDS in history
    assert "→" not in history.partition(WORDS)[0].rpartition("<li")[2]  # no status change
    assert "<tr><th>Status</th><td>Diproses</td></tr>" in page
    assert "<tr><th>Ditangani</th><td>-</td></tr>" not in page  # still held
