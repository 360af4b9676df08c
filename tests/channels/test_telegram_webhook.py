"""POST /telegram/webhook against a fake Bot API: verification, update kinds, rendering."""

from __future__ import annotations

import time
from typing import Any

import httpx

from bot.runtime import Runtime
from flows import Inbound, Outbound
from storage.db import create_session_factory
from storage.keys import ConversationKey
from storage.repositories.channels import ChannelRepository
from tests.channels import payloads
from tests.channels.conftest import post_telegram
from tests.channels.fake_telegram import FakeTelegram

USER = str(payloads.TELEGRAM_USER)


def spy(runtime: Runtime) -> list[Inbound]:
    """Record every Inbound the Telegram channel hands to the engine."""
    seen: list[Inbound] = []
    channel = runtime.channels.telegram
    assert channel is not None
    handle = channel.runner.handle

    async def recording(inbound: Inbound) -> list[Outbound]:
        seen.append(inbound)
        return await handle(inbound)

    channel.runner.handle = recording
    return seen


def repo(runtime: Runtime) -> ChannelRepository:
    return ChannelRepository(create_session_factory(runtime.database))


async def test_missing_or_wrong_secret_is_refused_before_parsing(
    client: httpx.AsyncClient, fake_telegram: FakeTelegram
) -> None:
    for secret in (None, "", "wrong-secret", "prakerja-test-secret_0"):
        response = await client.post(
            "/telegram/webhook",
            content=b"{not json",
            headers={} if secret is None else {"X-Telegram-Bot-Api-Secret-Token": secret},
        )
        assert response.status_code == 401
    response = await post_telegram(client, payloads.telegram("text"), secret="nope")
    assert response.status_code == 401
    assert fake_telegram.requests == []


async def test_text_message_gets_the_menu_as_an_inline_keyboard(
    client: httpx.AsyncClient, runtime: Runtime, fake_telegram: FakeTelegram
) -> None:
    response = await post_telegram(client, payloads.telegram("text"))
    assert response.status_code == 200
    await runtime.channels.idle()
    [sent] = fake_telegram.calls("sendMessage")
    assert sent["chat_id"] == USER
    assert sent["parse_mode"] == "HTML"
    assert "Asisten Prakerja" in sent["text"]
    rows = sent["reply_markup"]["inline_keyboard"]
    assert ["courses"] in [[b["callback_data"] for b in row] for row in rows]


async def test_start_command_and_callback_are_payloads(
    client: httpx.AsyncClient, runtime: Runtime, fake_telegram: FakeTelegram
) -> None:
    seen = spy(runtime)
    assert (await post_telegram(client, payloads.telegram("command"))).status_code == 200
    assert (await post_telegram(client, payloads.telegram("callback"))).status_code == 200
    await runtime.channels.idle()
    assert [(i.payload, i.message_id) for i in seen] == [
        ("start", "870001002"),
        ("courses", "870001003"),
    ]
    assert fake_telegram.calls("answerCallbackQuery") == [
        {"callback_query_id": "4382bfdwdsb323b2d9"}
    ]
    assert "Pilih kategori pelatihan" in fake_telegram.sent_texts()[-1]


async def test_long_payloads_travel_as_short_keys(
    client: httpx.AsyncClient, runtime: Runtime, fake_telegram: FakeTelegram
) -> None:
    channel = runtime.channels.telegram
    assert channel is not None
    long_payload = "courses:12:" + "Kewirausahaan dan Pengembangan Usaha Mikro Kecil Menengah"
    seen = spy(runtime)
    renderer = channel._renderer
    data = await renderer.callback_data(long_payload)
    assert len(data.encode()) <= 64 and data.startswith("~")
    await post_telegram(client, payloads.telegram_callback(data, 9001))
    await post_telegram(client, payloads.telegram_callback("~unknownkey", 9002))
    assert [i.payload for i in seen] == [long_payload, "~unknownkey"]
    await runtime.channels.idle()
    assert "tidak berlaku" in fake_telegram.sent_texts()[-2]  # a stale key: expired choice


async def test_edits_and_unknown_kinds_start_no_turn(
    client: httpx.AsyncClient, runtime: Runtime, fake_telegram: FakeTelegram
) -> None:
    seen = spy(runtime)
    for name in ("edited_message", "unknown"):
        assert (await post_telegram(client, payloads.telegram(name))).status_code == 200
    await runtime.channels.idle()
    assert seen == []
    assert fake_telegram.requests == []


async def test_media_gets_a_polite_text_only_answer_without_a_turn(
    client: httpx.AsyncClient, runtime: Runtime, fake_telegram: FakeTelegram
) -> None:
    seen = spy(runtime)
    for name in ("sticker", "voice"):  # a photo is evidence: test_attachments_end_to_end
        assert (await post_telegram(client, payloads.telegram(name))).status_code == 200
    await runtime.channels.idle()
    assert seen == []
    texts = fake_telegram.sent_texts()
    assert len(texts) == 2 and len(set(texts)) == 1
    assert texts[0].startswith("Maaf, aku baru bisa membaca pesan teks 🙏")
    assert "(Sorry, I can only read text messages" in texts[0]  # Indonesian first, then English


async def test_own_contact_and_location_reach_the_engine(
    client: httpx.AsyncClient, runtime: Runtime, fake_telegram: FakeTelegram
) -> None:
    seen = spy(runtime)
    await post_telegram(client, payloads.telegram("contact_own"))
    await post_telegram(client, payloads.telegram("location"))
    await post_telegram(client, payloads.telegram("contact_other"))
    await runtime.channels.idle()
    contact, location = seen[0].contact, seen[1].location
    assert contact is not None and contact.phone == "+6281234567890" and contact.user_id == USER
    assert location is not None and (location.latitude, location.longitude) == (
        -6.200123,
        106.816666,
    )
    assert len(seen) == 2  # someone else's contact is not a phone answer
    assert "bukan nomormu sendiri" in fake_telegram.sent_texts()[-1]


async def test_request_contact_offers_a_share_contact_keyboard(runtime: Runtime) -> None:
    channel = runtime.channels.telegram
    assert channel is not None
    reply = Outbound("Nomor HP kamu berapa?", request_contact=True)
    [request] = await channel._renderer.render(USER, [reply])
    keyboard = request["params"]["reply_markup"]["keyboard"]
    assert keyboard == [[{"text": "📱 Kirim nomor HP saya", "request_contact": True}]]


async def test_text_is_escaped_and_split_at_4096_characters(runtime: Runtime) -> None:
    channel = runtime.channels.telegram
    assert channel is not None
    paragraph = ("Harga <promo> & diskon untuk peserta. " * 40).strip()
    text = "\n".join([paragraph] * 3)
    requests = await channel._renderer.render(USER, [Outbound(text)])
    texts = [r["params"]["text"] for r in requests]
    assert len(texts) == 2
    assert "&lt;promo&gt; &amp; diskon" in texts[0] and "<promo>" not in texts[0]
    assert all(
        len(t.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")) <= 4096
        for t in texts
    )
    assert texts[0].endswith("peserta.")  # cut at a line break, not inside a word


async def test_blocked_and_member_again_update_reachability(
    client: httpx.AsyncClient, runtime: Runtime
) -> None:
    await post_telegram(client, payloads.telegram("my_chat_member_kicked"))
    identity = await repo(runtime).identity("telegram", USER)
    assert identity is not None and identity[0] is False
    await post_telegram(client, payloads.telegram("my_chat_member_member"))
    identity = await repo(runtime).identity("telegram", USER)
    assert identity is not None and identity[0] is True


async def test_redelivered_update_is_one_turn_and_one_set_of_replies(
    client: httpx.AsyncClient, runtime: Runtime, fake_telegram: FakeTelegram
) -> None:
    update = payloads.telegram("callback")
    for _ in range(3):
        assert (await post_telegram(client, update)).status_code == 200
    await runtime.channels.idle()
    session = await runtime.sessions.load(ConversationKey("telegram", USER))
    assert session is not None and session.turns == 1
    assert len(fake_telegram.calls("sendMessage")) == 1


async def test_webhook_answers_before_slow_sends_and_keeps_chat_order(
    client: httpx.AsyncClient, runtime: Runtime, fake_telegram: FakeTelegram
) -> None:
    fake_telegram.slow(0.3, times=3)
    started = time.monotonic()
    for n, payload in enumerate(("start", "courses", "menu")):
        response = await post_telegram(client, payloads.telegram_callback(payload, 100 + n))
        assert response.status_code == 200
    assert time.monotonic() - started < 0.6  # not waiting for the 3 x 0.3 s sends
    await runtime.channels.idle()
    texts = fake_telegram.sent_texts()
    assert "Asisten Prakerja" in texts[0]
    assert "Pilih kategori" in texts[1]
    assert "Ada lagi" in texts[2]


async def test_store_unavailable_answers_503_so_telegram_redelivers(
    client: httpx.AsyncClient, runtime: Runtime, fake_telegram: FakeTelegram
) -> None:
    await _posted_while_the_store_is_down_then_again(client, runtime, payloads.telegram("command"))
    await runtime.channels.idle()
    assert len(fake_telegram.calls("sendMessage")) == 1


async def test_redelivered_photo_or_sticker_gets_one_text_only_notice(
    client: httpx.AsyncClient, runtime: Runtime, fake_telegram: FakeTelegram
) -> None:
    for name in ("photo", "sticker", "contact_other"):
        for _ in range(2):
            assert (await post_telegram(client, payloads.telegram(name))).status_code == 200
    await runtime.channels.idle()
    texts = fake_telegram.sent_texts()
    assert len(texts) == 3 and "bukan nomormu sendiri" in texts[2]


async def test_redelivered_button_press_is_answered_and_taken_once(
    client: httpx.AsyncClient, runtime: Runtime, fake_telegram: FakeTelegram
) -> None:
    seen = spy(runtime)
    pressed = payloads.telegram("callback")
    without_data = payloads.telegram_callback("x", 9100)
    del without_data["callback_query"]["data"]
    for update in (pressed, pressed, without_data, without_data):
        assert (await post_telegram(client, update)).status_code == 200
    await runtime.channels.idle()
    answered = [call["callback_query_id"] for call in fake_telegram.calls("answerCallbackQuery")]
    assert answered == ["4382bfdwdsb323b2d9", "cb-9100"]
    assert len(fake_telegram.calls("sendMessage")) == 1
    session = await runtime.sessions.load(ConversationKey("telegram", USER))
    assert session is not None and session.turns == 1
    # The redelivery reaches the engine, which answers it from its record: no second turn.
    assert [i.message_id for i in seen] == ["870001003", "870001003"]


async def test_a_button_press_whose_turn_failed_is_taken_on_redelivery_not_answered_twice(
    client: httpx.AsyncClient, runtime: Runtime, fake_telegram: FakeTelegram
) -> None:
    """The callback was answered, then the store went away before the turn: the redelivery
    takes the turn (nothing the user pressed is lost) without answering the callback again."""
    await _posted_while_the_store_is_down_then_again(client, runtime, payloads.telegram("callback"))
    await runtime.channels.idle()
    assert len(fake_telegram.calls("answerCallbackQuery")) == 1
    assert len(fake_telegram.calls("sendMessage")) == 1
    session = await runtime.sessions.load(ConversationKey("telegram", USER))
    assert session is not None and session.turns == 1


async def _posted_while_the_store_is_down_then_again(
    client: httpx.AsyncClient, runtime: Runtime, update: dict[str, Any]
) -> None:
    """The update is refused (503) while the session store is away, then taken (200)."""
    from storage.errors import StoreUnavailable

    channel = runtime.channels.telegram
    assert channel is not None
    handle = channel.runner.handle

    async def down(inbound: Inbound) -> list[Outbound]:
        raise StoreUnavailable("redis", "connection refused")

    channel.runner.handle = down
    assert (await post_telegram(client, update)).status_code == 503
    channel.runner.handle = handle
    assert (await post_telegram(client, update)).status_code == 200
