"""The console's forms over HTTP: a reply form posted twice is sent once, staff come back to
the page they were on after signing in again (a checked local path only), and an action that
leaves the conversation says it was done."""

from __future__ import annotations

import httpx
import pytest

from bot.runtime import Runtime
from crm.auth import COOKIE as STAFF
from crm.reply_once import LocalReplyTokens
from crm.return_to import checked, page_of
from storage.keys import ConversationKey
from tests.bot.test_crm_console import _taken_by
from tests.support.crm import csrf_of, login, once_of


async def test_a_reply_form_posted_twice_is_sent_once(
    client: httpx.AsyncClient, runtime: Runtime
) -> None:
    user_id, handoff, csrf = await _taken_by(client, runtime)
    page = (await client.get(f"/crm/handoffs/{handoff}")).text
    form = {"csrf": csrf, "text": "Dikirim sekali saja.", "once": once_of(page)}
    first = await client.post(f"/crm/handoffs/{handoff}/reply", data=form)
    again = await client.post(f"/crm/handoffs/{handoff}/reply", data=form)
    assert first.headers["location"].endswith("notice=sent")
    assert again.headers["location"].endswith("notice=already_sent")
    session = await runtime.sessions.load(ConversationKey("webchat", user_id))
    assert session is not None
    assert [r["text"] for r in session.inbox].count("Dikirim sekali saja.") == 1
    shown = await client.get(again.headers["location"])
    assert "sudah terkirim sebelumnya" in shown.text and 'role="status"' in shown.text

    fresh = {**form, "once": once_of(shown.text)}  # a new form: a new reply
    await client.post(f"/crm/handoffs/{handoff}/reply", data=fresh)
    session = await runtime.sessions.load(ConversationKey("webchat", user_id))
    assert session is not None
    assert [r["text"] for r in session.inbox].count("Dikirim sekali saja.") == 2
    stale = await client.post(f"/crm/handoffs/{handoff}/reply", data={**form, "once": ""})
    assert stale.headers["location"].endswith("notice=stale_form")


async def test_a_refused_reply_leaves_its_form_usable() -> None:
    tokens = LocalReplyTokens()
    assert await tokens.claim(1, "a" * 22) and not await tokens.claim(1, "a" * 22)
    assert await tokens.claim(2, "a" * 22)  # another staff member's form
    await tokens.release(1, "a" * 22)
    assert await tokens.claim(1, "a" * 22)


async def test_staff_come_back_to_their_page_after_the_session_ended(
    client: httpx.AsyncClient, runtime: Runtime
) -> None:
    _, handoff, csrf = await _taken_by(client, runtime)
    cookie = client.cookies.get(STAFF)
    out = await client.post("/crm/logout", data={"csrf": csrf})
    assert out.headers["location"] == "/crm/login?notice=signed_out"
    assert "Kamu sudah keluar." in (await client.get(out.headers["location"])).text
    client.cookies.set(STAFF, cookie or "", path="/crm")  # the other tab's form
    posted = await client.post(f"/crm/handoffs/{handoff}/reply", data={"csrf": csrf})
    location = posted.headers["location"]
    assert location == f"/crm/login?next=%2Fcrm%2Fhandoffs%2F{handoff}&expired=1"
    sign_in_page = await client.get(location)
    assert "Sesi berakhir, masuk lagi" in sign_in_page.text
    assert f'name="next" value="/crm/handoffs/{handoff}"' in sign_in_page.text
    token = csrf_of(sign_in_page.text)
    form = {"username": "agent1", "password": "demo-agent1", "csrf": token,
            "next": f"/crm/handoffs/{handoff}"}  # fmt: skip
    back = await client.post("/crm/login", data=form)
    assert back.status_code == 303 and back.headers["location"] == f"/crm/handoffs/{handoff}"
    wrong = await login(client, "agent1", "salah")
    assert wrong.status_code == 401


@pytest.mark.parametrize(
    "asked",
    ["https://evil.example/crm", "//evil.example/crm", "/crm/../admin", "/crm/login",
     "/crm\\evil", "/crm/handoffs/1/messages", "/crm?nik=3273012345670003", "", None,
     "/crmx", "/crm/tickets/1?x=1"],
)  # fmt: skip
def test_only_a_console_page_is_a_place_to_return_to(asked: str | None) -> None:
    assert checked(asked) == "/crm"


def test_the_page_a_form_or_feed_belongs_to() -> None:
    assert page_of("/crm/handoffs/12/reply") == "/crm/handoffs/12"
    assert page_of("/crm/handoffs/12/messages") == "/crm/handoffs/12"
    assert page_of("/crm/tickets/3/update") == "/crm/tickets/3"
    assert page_of("/crm/campaigns/4/schedule") == "/crm/campaigns"
    assert page_of("/crm/analytics/daily.csv") == "/crm/analytics"
    assert page_of("/crm/logout") == "/crm"
    assert checked("/crm/handoffs/12") == "/crm/handoffs/12"


async def test_closing_and_handing_back_say_so_on_the_queue(
    client: httpx.AsyncClient, runtime: Runtime
) -> None:
    _, handoff, csrf = await _taken_by(client, runtime)
    released = await client.post(f"/crm/handoffs/{handoff}/release", data={"csrf": csrf})
    queue = await client.get(released.headers["location"])
    assert 'role="status">Percakapan diserahkan kembali ke bot' in queue.text
