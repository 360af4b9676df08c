"""Staff notice a participant's reply to a ticket: the list marks the ticket "Balasan baru" and
puts it first, filters on it, and the queue page counts it (and the holder's own share); it
stays new until the staff member holding the ticket opens it (or staff change the ticket),
and a second reply is new again."""

from __future__ import annotations

import re

import httpx

from bot.runtime import Runtime
from bot.settings import Settings
from crm.ticket_pages import query_of
from crm.ticket_web import filters_of
from storage.db import create_session_factory
from storage.repositories.staff import StaffRecord
from storage.repositories.tickets import TicketRepository
from tests.bot.conftest import client, runtime, seeded_db, settings
from tests.crm.test_ticket_desk_http import ASKED, _browser, _post, _web_chat_ticket, other
from tests.support.crm import sign_in

__all__ = ["client", "other", "runtime", "seeded_db", "settings"]  # fixtures, used here

BADGE = '<strong class="badge">Balasan baru</strong>'


async def _reply(runtime: Runtime, cookie: str, reference: str, text: str) -> None:
    """The participant sends the data asked for ("Kirim data tambahan" in the chat)."""
    user_id = runtime.visitors.visitor(cookie).user_id
    factory = create_session_factory(runtime.database)
    replied = await TicketRepository(factory).add_reply("webchat", user_id, reference, text)
    assert replied is not None and replied.status == "in_progress"


async def _ask(http: httpx.AsyncClient, ticket_id: int, seen: str = "in_progress") -> None:
    form = {"status": "waiting_user", "priority": "normal", "seen": seen, "message": ASKED}
    assert await _post(http, f"/crm/tickets/{ticket_id}/update", **form) == "sent"


def _rows(page: str) -> list[str]:
    body = page.partition('<table id="tickets">')[2].partition("</tbody>")[0]
    return re.findall(r"<tr[ >].*?</tr>", body.partition("<tbody>")[2])


def _row(page: str, reference: str) -> str:
    (found,) = [row for row in _rows(page) if f">{reference}</a>" in row]
    return found


def _count(page: str) -> int:
    found = re.search(r'Ada balasan baru \(<span id="unread-count">(\d+)</span>\)', page)
    assert found is not None
    return int(found.group(1))


async def test_a_reply_is_marked_first_filtered_and_counted_until_its_holder_opens_it(
    client: httpx.AsyncClient, other: httpx.AsyncClient, runtime: Runtime
) -> None:
    ticket_id, reference, cookie = await _web_chat_ticket(runtime)
    await sign_in(client, "agent1")
    await sign_in(other, "agent2")
    assert await _post(client, f"/crm/tickets/{ticket_id}/take") == "taken"
    await _ask(client, ticket_id)
    _, newer, _ = await _web_chat_ticket(runtime)  # filed later: the newest ticket
    listed = (await other.get("/crm/tickets")).text
    assert BADGE not in listed and _count(listed) == 0
    assert 'id="ticket-replies"' not in (await other.get("/crm")).text

    await _reply(runtime, cookie, reference, "nomor hp saya 0812****7890")

    listed = (await other.get("/crm/tickets")).text
    first = _rows(listed)[0]
    assert f">{reference}</a>" in first and BADGE in first  # first, marked in words
    assert first.startswith('<tr class="new-reply">') and re.search(r"\d\d:\d\d WIB", first)
    assert sum(BADGE in row for row in _rows(listed)) == 1 and _count(listed) == 1
    assert '<option value="" selected>Balasan baru dulu</option>' in listed
    newest = (await other.get("/crm/tickets?order=newest")).text
    assert f">{newer}</a>" in _rows(newest)[0]  # plain newest first, when chosen
    assert 'href="/crm/tickets?order=newest&page=2"' in newest  # the order kept on paging
    only = (await other.get("/crm/tickets?replied=1")).text
    assert [f">{reference}</a>" in row for row in _rows(only)] == [True]
    assert "(1 tiket)" in only and 'name="replied" value="1" checked' in only

    queue = (await other.get("/crm")).text  # the chat queue counts it too
    assert re.search(r'id="ticket-replies">1 tiket dengan balasan baru</a>', queue)
    assert "di tiket saya" not in queue  # not agent2's ticket
    queue = (await client.get("/crm")).text
    assert '<a href="/crm/tickets?replied=1&amp;mine=1" id="my-ticket-replies">1 di tiket saya' in (
        queue
    )
    assert BADGE in _row((await client.get("/crm/tickets?mine=1")).text, reference)

    looked = (await other.get(f"/crm/tickets/{ticket_id}")).text  # someone else looks in
    assert 'id="new-reply"' in looked and "Tetap ditandai baru sampai" in looked
    assert 'class="event participant_reply new"' in looked
    assert BADGE in _row((await other.get("/crm/tickets")).text, reference)  # still new

    opened = (await client.get(f"/crm/tickets/{ticket_id}")).text  # the holder opens it
    assert 'id="new-reply"' in opened and "Sekarang ditandai sudah dilihat." in opened
    assert "nomor hp saya 0812****7890" in opened
    listed = (await other.get("/crm/tickets")).text
    assert BADGE not in listed and _count(listed) == 0
    assert f">{reference}</a>" not in _rows(listed)[0]  # back in its place
    assert "tidak ada tiket yang cocok" in (await other.get("/crm/tickets?replied=1")).text.lower()
    assert 'id="ticket-replies"' not in (await client.get("/crm")).text
    again = (await client.get(f"/crm/tickets/{ticket_id}")).text
    assert 'id="new-reply"' not in again and "participant_reply new" not in again

    await _ask(client, ticket_id)  # a second request, a second reply: new again
    await _reply(runtime, cookie, reference, "lahir 17-08-1995")
    listed = (await other.get("/crm/tickets")).text
    assert BADGE in _rows(listed)[0] and _count(listed) == 1
    assert "1 tiket dengan balasan baru" in (await other.get("/crm")).text
    opened = (await client.get(f"/crm/tickets/{ticket_id}")).text
    assert opened.count('class="event participant_reply new"') == 1  # only the second
    assert BADGE not in (await other.get("/crm/tickets")).text


def test_the_lists_query_keeps_the_new_reply_filter_and_the_order() -> None:
    agent = StaffRecord(7, "agent1", "Budi", "agent", True, "")
    default = filters_of({}, agent)
    assert default.replies_first and not default.new_replies
    assert query_of(default, agent, 2) == "page=2"
    chosen = filters_of({"replied": "1", "mine": "1", "order": "newest"}, agent)
    assert (chosen.new_replies, chosen.replies_first, chosen.assignee_id) == (True, False, 7)
    assert query_of(chosen, agent, 2) == "order=newest&mine=1&replied=1&page=2"
    oldest = filters_of({"order": "oldest", "replied": "yes"}, agent)
    assert (oldest.oldest_first, oldest.replies_first, oldest.new_replies) == (True, False, False)


async def test_a_supervisor_looking_in_leaves_it_new_but_a_change_marks_it_seen(
    client: httpx.AsyncClient, runtime: Runtime, settings: Settings
) -> None:
    ticket_id, reference, cookie = await _web_chat_ticket(runtime)
    await sign_in(client, "agent1")
    assert await _post(client, f"/crm/tickets/{ticket_id}/take") == "taken"
    await _ask(client, ticket_id)
    await _reply(runtime, cookie, reference, "data yang diminta")
    async with _browser(settings, runtime) as boss:
        await sign_in(boss, "supervisor")
        page = (await boss.get(f"/crm/tickets/{ticket_id}")).text
        assert "Tetap ditandai baru sampai" in page
        assert BADGE in _row((await client.get("/crm/tickets")).text, reference)
        form = {"status": "resolved", "priority": "normal", "seen": "in_progress",
                "message": "Sudah kami perbaiki."}  # fmt: skip
        assert await _post(boss, f"/crm/tickets/{ticket_id}/update", **form) == "sent"
        assert BADGE not in (await boss.get("/crm/tickets")).text
    assert 'id="ticket-replies"' not in (await client.get("/crm")).text
