"""The CRM console over HTTP: sign in, the queue, take over a web chat, reply, hand back."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime
from urllib.parse import urlencode

import httpx

from bot.app import create_app
from bot.channels.visitors import COOKIE as VISITOR
from bot.runtime import Runtime
from bot.settings import Settings
from crm.auth import COOKIE as STAFF
from flows import Inbound
from storage.keys import ConversationKey
from storage.repositories.transcript import TranscriptRepository
from tests.support.crm import csrf_of, login, once_of, sign_in

FORM = {"content-type": "application/x-www-form-urlencoded"}
ON_DUTY = datetime(2026, 3, 2, 3, 0, tzinfo=UTC)  # Monday 10:00 WIB: staff are on duty


async def _taken_by(
    client: httpx.AsyncClient, runtime: Runtime, username: str = "agent1"
) -> tuple[str, str, str]:
    """A web chat user who asked for a person, taken over by ``username`` in the console:
    (user id, handoff id, the console's CSRF token)."""
    user_id, _ = await _queued_web_user(runtime)
    await sign_in(client, username)
    queue = await client.get("/crm")
    handoff = re.findall(r'href="/crm/handoffs/(\d+)"', queue.text)[-1]
    csrf = csrf_of((await client.get(f"/crm/handoffs/{handoff}")).text)
    await client.post(f"/crm/handoffs/{handoff}/take", data={"csrf": csrf})
    return user_id, handoff, csrf


async def _queued_web_user(runtime: Runtime) -> tuple[str, str]:
    """A web chat visitor who asked for a person; returns (user id, cookie)."""
    visitor = runtime.visitors.visitor(None)
    assert visitor.new_cookie is not None
    ask = Inbound("webchat", visitor.user_id, "m1", text="mau bicara dengan petugas")
    await runtime.engine.handle(replace(ask, timestamp=ON_DUTY))
    return visitor.user_id, visitor.new_cookie


async def test_pages_need_a_signed_in_agent(client: httpx.AsyncClient) -> None:
    response = await client.get("/crm")
    assert response.status_code == 303 and response.headers["location"] == "/crm/login"
    response = await client.get("/crm/handoffs/1")  # back there after signing in
    assert response.headers["location"] == "/crm/login?next=%2Fcrm%2Fhandoffs%2F1"
    response = await client.post("/crm/handoffs/1/take", data={"csrf": "x"})
    assert response.status_code == 303  # a form posted: the session it came from has ended
    assert response.headers["location"] == "/crm/login?next=%2Fcrm%2Fhandoffs%2F1&expired=1"
    client.cookies.set(STAFF, "1.99999999999.forged", path="/crm")
    assert (await client.get("/crm")).status_code == 303


async def test_a_wrong_password_is_refused_and_repeated_failures_are_throttled(
    client: httpx.AsyncClient,
) -> None:
    forged = await client.post(
        "/crm/login", data={"username": "agent2", "password": "demo-agent2", "csrf": "x"}
    )
    assert forged.status_code == 403 and STAFF not in forged.headers.get("set-cookie", "")
    for _ in range(5):
        response = await login(client, "agent2", "x")
        assert response.status_code == 401
        assert "salah" in response.text and STAFF not in response.headers.get("set-cookie", "")
    right = await login(client, "agent2", "demo-agent2")
    assert right.status_code == 429  # locked for a while, even with the right password
    unknown = await login(client, "nobody", "x")
    assert unknown.status_code == 401 and "salah" in unknown.text  # same answer as a bad password


async def test_agent_takes_over_replies_and_hands_back_a_web_chat(
    client: httpx.AsyncClient, runtime: Runtime, settings: Settings
) -> None:
    user_id, visitor_cookie = await _queued_web_user(runtime)
    await sign_in(client)

    queue = await client.get("/crm")
    assert queue.status_code == 200 and "menunggu" in queue.text
    assert queue.headers["x-frame-options"] == "DENY"
    assert "default-src 'none'" in queue.headers["content-security-policy"]
    handoff = re.findall(r'href="/crm/handoffs/(\d+)"', queue.text)[-1]
    page = await client.get(f"/crm/handoffs/{handoff}")
    assert "mau bicara dengan petugas" in page.text  # the transcript, with the bot's answer
    csrf = csrf_of(page.text)

    forged = await client.post(f"/crm/handoffs/{handoff}/take", data={"csrf": "forged"})
    assert forged.status_code == 403
    taken = await client.post(f"/crm/handoffs/{handoff}/take", data={"csrf": csrf})
    assert taken.status_code == 303
    session = await runtime.sessions.load(ConversationKey("webchat", user_id))
    assert session is not None and session.handoff == "agent"

    # The bot stays quiet while a person holds the conversation; the message is kept.
    assert await runtime.engine.handle(Inbound("webchat", user_id, "m2", text="halo kak")) == []
    page_now = (await client.get(f"/crm/handoffs/{handoff}")).text
    form = {"csrf": csrf, "text": "Halo, aku bantu ya.", "once": once_of(page_now)}
    reply = await client.post(f"/crm/handoffs/{handoff}/reply", data=form)
    assert reply.status_code == 303

    # The web chat page fetches what the agent wrote (once), by its visitor cookie.
    browser = httpx.ASGITransport(app=create_app(settings, runtime))
    user = httpx.AsyncClient(transport=browser, base_url="http://assistant")
    user.cookies.set(VISITOR, visitor_cookie)
    updates = (await user.get("/api/webchat/updates")).json()
    texts = [r["text"] for r in updates["replies"]]
    assert texts[0].startswith("Halo, aku Budi Santoso dari tim Prakerja")
    assert texts[1] == "Halo, aku bantu ya." and updates["handoff"] == "agent"
    assert (await user.get("/api/webchat/updates")).json() == {"replies": [], "handoff": "agent"}

    released = await client.post(f"/crm/handoffs/{handoff}/release", data={"csrf": csrf})
    assert released.status_code == 303 and released.headers["location"] == "/crm?notice=released"
    back = (await user.get("/api/webchat/updates")).json()
    assert back["handoff"] is None and "asisten virtual" in back["replies"][0]["text"]
    replies = await runtime.engine.handle(Inbound("webchat", user_id, "m3", payload="menu"))
    assert replies  # the bot answers again
    await user.aclose()

    await runtime.transcript.flush()
    history = await TranscriptRepository_for(runtime).history(ConversationKey("webchat", user_id))
    authored = [(e.author, e.text) for e in history if e.author]
    assert ("agent1", "Halo, aku bantu ya.") in authored
    assert any(e.direction == "in" and e.text == "halo kak" for e in history)


async def test_only_the_agent_holding_a_conversation_may_reply(
    client: httpx.AsyncClient, runtime: Runtime
) -> None:
    _, handoff, _ = await _taken_by(client, runtime, "agent1")

    client.cookies.clear()
    await sign_in(client, "agent2")
    page = await client.get(f"/crm/handoffs/{handoff}")
    assert "Ditangani oleh Budi Santoso" in page.text and 'name="text"' not in page.text
    csrf = csrf_of(page.text)
    again = await client.post(f"/crm/handoffs/{handoff}/take", data={"csrf": csrf})
    assert again.headers["location"].endswith("notice=taken_by_other")
    reply = await client.post(
        f"/crm/handoffs/{handoff}/reply", data={"csrf": csrf, "text": "menyerobot"}
    )
    assert reply.headers["location"].endswith("notice=not_yours")
    assert (
        (await client.post(f"/crm/handoffs/{handoff}/release", data={"csrf": csrf}))
        .headers["location"]
        .endswith("notice=not_yours")
    )


def TranscriptRepository_for(runtime: Runtime) -> TranscriptRepository:
    from storage.db import create_session_factory

    return TranscriptRepository(create_session_factory(runtime.database))


async def test_a_canned_reply_is_sent_with_one_click(
    client: httpx.AsyncClient, runtime: Runtime, settings: Settings
) -> None:
    user_id, handoff, csrf = await _taken_by(client, runtime)
    queue = await client.get("/crm")
    assert 'data-live="/crm"' in queue.text and "refresh" not in queue.text  # redrawn in place
    page = await client.get(f"/crm/handoffs/{handoff}")
    titles = [c.title for c in settings.crm.canned_replies]
    assert titles and all(title in page.text for title in titles)
    chosen = next(i for i, c in enumerate(settings.crm.canned_replies) if "OTP" in c.title)
    form = {"csrf": csrf, "canned": str(chosen), "once": once_of(page.text, canned=True)}
    await client.post(f"/crm/handoffs/{handoff}/reply", data=form)
    session = await runtime.sessions.load(ConversationKey("webchat", user_id))
    assert session is not None
    assert session.inbox[-1]["text"] == settings.crm.canned_replies[chosen].text


async def test_notes_stay_internal_and_the_user_rates_the_help_once(
    client: httpx.AsyncClient, runtime: Runtime
) -> None:
    user_id, handoff, csrf = await _taken_by(client, runtime)
    queue = await client.get("/crm")
    assert "Kepuasan 7 hari terakhir: - (0 penilaian)" in queue.text
    await client.post(
        f"/crm/handoffs/{handoff}/notes",
        data={"csrf": csrf, "note": "NIK 3273012345670003 sudah dicek, insentif gagal karena KYC"},
    )
    page = await client.get(f"/crm/handoffs/{handoff}")
    assert "insentif gagal karena KYC" in page.text and "3273012345670003" not in page.text
    session = await runtime.sessions.load(ConversationKey("webchat", user_id))
    assert session is not None and not any("KYC" in str(r) for r in session.inbox)

    await client.post(f"/crm/handoffs/{handoff}/release", data={"csrf": csrf})
    session = await runtime.sessions.load(ConversationKey("webchat", user_id))
    assert session is not None
    rating = session.inbox[-1]
    payloads = [b["payload"] for b in rating["buttons"]]
    assert payloads[:5] == [f"csat:{handoff}:{n}" for n in range(1, 6)]

    someone_else = await runtime.engine.handle(
        Inbound("webchat", "web-someone-else", None, payload=f"csat:{handoff}:1")
    )
    assert "sudah tercatat" in someone_else[0].text  # not their conversation: nothing recorded
    thanks = await runtime.engine.handle(
        Inbound("webchat", user_id, None, payload=f"csat:{handoff}:4")
    )
    assert "Terima kasih atas penilaianmu" in thanks[0].text
    again = await runtime.engine.handle(
        Inbound("webchat", user_id, None, payload=f"csat:{handoff}:1")
    )
    assert "sudah tercatat" in again[0].text
    queue = await client.get("/crm")
    assert "Kepuasan 7 hari terakhir: 4,0 dari 5 (1 penilaian)" in queue.text


async def test_the_conversation_page_has_a_live_feed(
    client: httpx.AsyncClient, runtime: Runtime
) -> None:
    user_id, _ = await _queued_web_user(runtime)
    await sign_in(client)
    queue = await client.get("/crm")
    handoff = re.findall(r'href="/crm/handoffs/(\d+)"', queue.text)[-1]
    script = await client.get("/crm/static/console.js")
    assert script.status_code == 200 and "javascript" in script.headers["content-type"]
    feed = (await client.get(f"/crm/handoffs/{handoff}/messages")).json()
    assert feed["state"] == "queued" and feed["messages"][0]["kind"] == "in"
    await runtime.engine.handle(Inbound("webchat", user_id, "m9", text="masih di sana kak?"))
    await runtime.transcript.flush()
    newer = (await client.get(f"/crm/handoffs/{handoff}/messages")).json()
    assert newer["stamp"] != feed["stamp"]
    assert any(m["text"] == "masih di sana kak?" for m in newer["messages"])
    client.cookies.clear()
    assert (await client.get(f"/crm/handoffs/{handoff}/messages")).status_code == 303


async def test_supervisors_close_unanswered_chats_requeue_taken_ones_and_see_figures(
    client: httpx.AsyncClient, runtime: Runtime
) -> None:
    first, _ = await _queued_web_user(runtime)
    second, _ = await _queued_web_user(runtime)
    await sign_in(client, "agent1")
    queue = await client.get("/crm")
    assert "/crm/figures" not in queue.text
    one, two = re.findall(r'href="/crm/handoffs/(\d+)"', queue.text)[-2:]
    csrf = csrf_of((await client.get(f"/crm/handoffs/{two}")).text)
    await client.post(f"/crm/handoffs/{two}/take", data={"csrf": csrf})
    refused = await client.post(f"/crm/handoffs/{one}/drop", data={"csrf": csrf})
    assert refused.status_code == 403  # agents may not
    assert (await client.get("/crm/figures")).status_code == 403

    client.cookies.clear()
    await sign_in(client, "supervisor")
    page = await client.get(f"/crm/handoffs/{one}")
    csrf = csrf_of(page.text)
    assert "Tutup tanpa diambil" in page.text
    dropped = await client.post(f"/crm/handoffs/{one}/drop", data={"csrf": csrf})
    assert dropped.status_code == 303 and dropped.headers["location"] == "/crm?notice=dropped"
    session = await runtime.sessions.load(ConversationKey("webchat", first))
    assert session is not None and session.handoff is None
    assert "belum sempat membalas" in session.inbox[-1]["text"]

    requeued = await client.post(f"/crm/handoffs/{two}/requeue", data={"csrf": csrf})
    assert requeued.headers["location"] == "/crm?notice=requeued"
    session = await runtime.sessions.load(ConversationKey("webchat", second))
    assert session is not None and session.handoff == "queued"
    queue = await client.get("/crm")
    assert f'href="/crm/handoffs/{one}"' not in queue.text and "menunggu" in queue.text
    await client.post(f"/crm/handoffs/{two}/take", data={"csrf": csrf})  # the supervisor helps
    await client.post(f"/crm/handoffs/{two}/release", data={"csrf": csrf})
    await runtime.engine.handle(Inbound("webchat", second, None, payload=f"csat:{two}:5"))
    figures = await client.get("/crm/figures")
    assert figures.status_code == 200
    assert "<tr><td>Sari Wulandari</td><td>1</td><td>1</td><td>5,0</td></tr>" in figures.text


async def test_the_user_may_leave_the_agent_at_any_time(
    client: httpx.AsyncClient, runtime: Runtime
) -> None:
    user_id, handoff, csrf = await _taken_by(client, runtime)
    session = await runtime.sessions.load(ConversationKey("webchat", user_id))
    assert session is not None
    assert [b["payload"] for b in session.inbox[0]["buttons"]] == ["handoff:stop"]

    left = await runtime.engine.handle(Inbound("webchat", user_id, None, payload="handoff:stop"))
    assert "percakapan dengan petugas selesai" in left[0].text
    feed = (await client.get(f"/crm/handoffs/{handoff}/messages")).json()
    assert feed["state"] == "closed"  # the console sees it (and the agent can no longer reply)
    reply = await client.post(
        f"/crm/handoffs/{handoff}/reply", data={"csrf": csrf, "text": "halo?"}
    )
    # The agent is told the conversation is over, not that it is someone else's.
    assert reply.headers["location"].endswith("notice=ended")
    assert "sudah selesai" in (await client.get(reply.headers["location"])).text
    released = await client.post(f"/crm/handoffs/{handoff}/release", data={"csrf": csrf})
    assert released.headers["location"].endswith("notice=ended")
    again = await client.post(f"/crm/handoffs/{handoff}/take", data={"csrf": csrf})
    assert again.headers["location"].endswith("notice=ended")
    assert await runtime.engine.handle(Inbound("webchat", user_id, None, payload="menu"))


async def test_supervisors_create_schedule_and_cancel_campaigns_in_the_console(
    client: httpx.AsyncClient, runtime: Runtime
) -> None:
    await sign_in(client, "agent1")
    assert (await client.get("/crm/campaigns")).status_code == 403
    client.cookies.clear()
    await sign_in(client, "supervisor")
    page = await client.get("/crm/campaigns")
    assert page.status_code == 200 and "Belum ada kampanye" in page.text
    csrf = csrf_of(page.text)
    form = [
        ("csrf", csrf), ("name", "Gelombang 73"), ("text", "Halo {name}, gelombang 73 dibuka!"),
        ("channel", "telegram"), ("channel", "whatsapp"), ("status", "registered"),
        ("status", "not_selected"), ("provinces", "32, 33"), ("whatsapp_template", ""),
    ]  # fmt: skip
    created = await client.post("/crm/campaigns", content=urlencode(form), headers=FORM)
    assert created.status_code == 303 and "reach=" in created.headers["location"]
    listed = await client.get(created.headers["location"])
    assert "Draf dibuat:" in listed.text and "Gelombang 73" in listed.text
    campaign_id = int(re.findall(r'action="/crm/campaigns/(\d+)/schedule"', listed.text)[0])
    info = await runtime.crm.campaigns.info(campaign_id)  # type: ignore[union-attr]
    assert info is not None and info.segment.provinces == ["32", "33"]
    assert [s.value for s in info.segment.statuses] == ["registered", "not_selected"]
    assert info.segment.channels == ["telegram", "whatsapp"]

    bad_form = urlencode([*form[:5], ("provinces", "Jawa")])
    bad = await client.post("/crm/campaigns", content=bad_form, headers=FORM)
    assert bad.headers["location"].endswith("notice=invalid")
    scheduled = await client.post(
        f"/crm/campaigns/{campaign_id}/schedule", data={"csrf": csrf, "at": "2036-12-01T09:00"}
    )
    assert scheduled.headers["location"] == "/crm/campaigns?notice=scheduled"
    info = await runtime.crm.campaigns.info(campaign_id)  # type: ignore[union-attr]
    assert info is not None and info.status == "scheduled"
    assert info.scheduled_at is not None and info.scheduled_at.isoformat().startswith(
        "2036-12-01T02:00"
    )  # 09:00 WIB
    await client.post(f"/crm/campaigns/{campaign_id}/cancel", data={"csrf": csrf})
    info = await runtime.crm.campaigns.info(campaign_id)  # type: ignore[union-attr]
    assert info is not None and info.status == "cancelled"


async def test_a_trusted_server_fetches_agent_replies_naming_the_user_in_a_header(
    client: httpx.AsyncClient, runtime: Runtime
) -> None:
    from tests.support.webchat import TRUSTED

    user_id, _, _ = await _taken_by(client, runtime)
    missing = await client.get("/api/webchat/updates", headers=TRUSTED)
    assert missing.status_code == 400 and "X-Prakerja-User" in missing.json()["error"]
    found = await client.get(
        "/api/webchat/updates", headers={**TRUSTED, "X-Prakerja-User": user_id}
    )
    assert found.json()["handoff"] == "agent" and "Budi Santoso" in found.text


async def test_sign_in_says_so_when_its_store_is_away(
    client: httpx.AsyncClient, runtime: Runtime
) -> None:
    from storage.errors import StoreUnavailable

    class Away:
        async def blocked(self, username: str) -> bool:
            raise StoreUnavailable("login throttle (redis)", "connection refused")

        async def failed(self, username: str) -> None: ...

        async def succeeded(self, username: str) -> None: ...

    assert runtime.crm is not None
    runtime.crm.throttle = Away()
    response = await login(client, "agent1", "demo-agent1")
    assert response.status_code == 503 and "terganggu" in response.text
    assert STAFF not in response.headers.get("set-cookie", "")
