"""GET/POST /whatsapp/webhook against a fake Graph API: verification, signatures, message kinds,
statuses, the 24-hour window and the choice fallbacks (buttons, list, numbered text)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import orjson
import pytest
from structlog.testing import capture_logs

from bot.runtime import Runtime
from flows import Button, Inbound, Outbound
from storage.db import create_session_factory
from storage.repositories.channels import ChannelRepository
from tests.channels import payloads
from tests.channels.conftest import VERIFY_TOKEN, post_whatsapp, signature
from tests.channels.fake_graph import FakeGraph

USER = payloads.WHATSAPP_USER
TEXT_ONLY = "Maaf, aku baru bisa membaca pesan teks"


def spy(runtime: Runtime) -> list[Inbound]:
    seen: list[Inbound] = []
    channel = runtime.channels.whatsapp
    assert channel is not None
    handle = channel.runner.handle

    async def recording(inbound: Inbound) -> list[Outbound]:
        seen.append(inbound)
        return await handle(inbound)

    channel.runner.handle = recording
    return seen


def repo(runtime: Runtime) -> ChannelRepository:
    return ChannelRepository(create_session_factory(runtime.database))


async def test_subscription_check_echoes_the_challenge_only_for_our_token(
    client: httpx.AsyncClient,
) -> None:
    params = {
        "hub.mode": "subscribe",
        "hub.verify_token": VERIFY_TOKEN,
        "hub.challenge": "1158201444",
    }
    response = await client.get("/whatsapp/webhook", params=params)
    assert response.status_code == 200 and response.text == "1158201444"
    for bad in (
        {"hub.verify_token": "guess"},
        {"hub.mode": "unsubscribe"},
        {"hub.challenge": None},
    ):
        query = {k: v for k, v in {**params, **bad}.items() if v is not None}
        assert (await client.get("/whatsapp/webhook", params=query)).status_code == 403


async def test_missing_or_wrong_signature_is_refused(
    client: httpx.AsyncClient, runtime: Runtime, fake_graph: FakeGraph
) -> None:
    seen = spy(runtime)
    body = orjson.dumps(payloads.whatsapp("text"))
    for header in (
        None,
        "",
        "sha256=",
        "sha1=abc",
        signature(body, "other-secret"),
        signature(body + b" "),
    ):
        headers = {} if header is None else {"X-Hub-Signature-256": header}
        response = await client.post("/whatsapp/webhook", content=body, headers=headers)
        assert response.status_code == 401
    assert seen == [] and fake_graph.requests == []


async def test_text_gets_the_menu_as_a_list_message(
    client: httpx.AsyncClient, runtime: Runtime, fake_graph: FakeGraph
) -> None:
    assert (await post_whatsapp(client, payloads.whatsapp("text"))).status_code == 200
    await runtime.channels.idle()
    [message] = fake_graph.messages()
    assert message["to"] == USER and message["messaging_product"] == "whatsapp"
    interactive = message["interactive"]
    assert interactive["type"] == "list"
    rows = interactive["action"]["sections"][0]["rows"]
    assert len(rows) == 10 and all(len(row["title"]) <= 24 for row in rows)
    assert len(interactive["action"]["button"]) <= 20
    assert "Asisten Prakerja" in interactive["body"]["text"]


async def test_up_to_three_choices_are_reply_buttons_with_short_titles(runtime: Runtime) -> None:
    channel = runtime.channels.whatsapp
    assert channel is not None
    reply = Outbound("Lanjut?", (Button("Ya, lanjutkan pendaftaran", "yes"), Button("Tidak", "no")))
    [request] = await channel._renderer.render(USER, [reply])
    buttons = request["body"]["interactive"]["action"]["buttons"]
    assert [b["reply"]["title"] for b in buttons] == ["Ya, lanjutkan penda…", "Tidak"]
    assert [b["reply"]["id"] for b in buttons] == ["yes", "no"]


async def test_more_than_ten_choices_are_numbered_and_numbers_are_answers(
    client: httpx.AsyncClient, runtime: Runtime, fake_graph: FakeGraph
) -> None:
    seen = spy(runtime)
    await post_whatsapp(client, payloads.whatsapp_reply("courses", "wamid.A1"))
    await runtime.channels.idle()
    numbered = fake_graph.messages()[-1]
    assert numbered["type"] == "text"
    body = numbered["text"]["body"]
    assert "1. " in body and "11. " in body and "Balas dengan angka" in body
    second_title = body.split("\n2. ", 1)[1].split("\n", 1)[0]
    await post_whatsapp(client, payloads.whatsapp_text("2", "wamid.A2"))
    await runtime.channels.idle()
    assert seen[-1].payload is not None and seen[-1].payload.startswith("courses:1:")
    assert seen[-1].payload.split(":", 2)[2] in second_title
    # the next reply is not numbered any more, so "2" is plain text again
    await post_whatsapp(client, payloads.whatsapp_text("2", "wamid.A3"))
    assert seen[-1].text == "2" and seen[-1].payload is None


async def test_button_list_location_and_contacts_reach_the_engine(
    client: httpx.AsyncClient, runtime: Runtime, fake_graph: FakeGraph
) -> None:
    seen = spy(runtime)
    for name in ("button_reply", "list_reply", "location", "contacts_own", "contacts_other"):
        assert (await post_whatsapp(client, payloads.whatsapp(name))).status_code == 200
    await runtime.channels.idle()
    assert [i.payload for i in seen[:2]] == ["menu", "courses"]
    assert seen[2].location is not None and seen[2].location.latitude == -6.200123
    assert seen[3].contact is not None and seen[3].contact.phone == "+6281234567890"
    assert len(seen) == 4  # someone else's card is not a phone answer
    assert "bukan nomormu sendiri" in fake_graph.texts()[-1]
    assert all(i.message_id and i.message_id.startswith("wamid.") for i in seen)


async def test_media_and_unsupported_get_a_polite_text_only_answer(
    client: httpx.AsyncClient, runtime: Runtime, fake_graph: FakeGraph
) -> None:
    seen = spy(runtime)
    for name in ("sticker", "unsupported"):  # an image is evidence: test_attachments_end_to_end
        assert (await post_whatsapp(client, payloads.whatsapp(name))).status_code == 200
    await runtime.channels.idle()
    assert seen == []
    assert [t.startswith(TEXT_ONLY) for t in fake_graph.texts()] == [True] * 2


async def test_business_scoped_user_ids_are_keys_and_recipients(
    client: httpx.AsyncClient, runtime: Runtime, fake_graph: FakeGraph
) -> None:
    seen = spy(runtime)
    await post_whatsapp(client, payloads.whatsapp("text_bsuid"))
    await runtime.channels.idle()
    assert seen[0].user_id == "ID.13491208655302741918"
    [message] = fake_graph.messages()
    assert message["recipient"] == "ID.13491208655302741918" and "to" not in message


async def test_statuses_are_recorded_and_never_move_back(
    client: httpx.AsyncClient, runtime: Runtime
) -> None:
    store = repo(runtime)
    await store.record_sent("whatsapp", USER, "wamid.FAKE000001")
    for name in ("status_sent", "status_read", "status_delivered"):  # delivered arrives late
        assert (await post_whatsapp(client, payloads.whatsapp(name))).status_code == 200
    delivery = await store.delivery("whatsapp", "wamid.FAKE000001")
    assert delivery is not None and delivery.status == "read" and delivery.user_id == USER


async def test_failed_status_for_an_undeliverable_user_marks_it_unreachable(
    client: httpx.AsyncClient, runtime: Runtime
) -> None:
    store = repo(runtime)
    await post_whatsapp(client, payloads.whatsapp("status_sent", "wamid.X9"))
    await post_whatsapp(client, payloads.whatsapp("status_failed", "wamid.X9"))
    delivery = await store.delivery("whatsapp", "wamid.X9")
    assert delivery is not None
    assert (delivery.status, delivery.error_code) == ("failed", 131026)
    identity = await store.identity("whatsapp", USER)
    assert identity is not None and identity[0] is False


async def test_the_24_hour_window_follows_the_last_inbound_message(
    client: httpx.AsyncClient, runtime: Runtime
) -> None:
    store = repo(runtime)
    await post_whatsapp(client, payloads.whatsapp("location"))  # timestamp 1741584630
    await post_whatsapp(client, payloads.whatsapp("text"))  # older (1741584600), out of order
    identity = await store.identity("whatsapp", USER)
    assert identity is not None
    assert identity[1] == datetime.fromtimestamp(1741584630, UTC)
    assert await store.window_open("whatsapp", USER, identity[1] + timedelta(hours=23))
    assert not await store.window_open("whatsapp", USER, identity[1] + timedelta(hours=25))
    assert not await store.window_open("whatsapp", "6289999999999")


async def test_redelivered_message_is_one_turn(
    client: httpx.AsyncClient, runtime: Runtime, fake_graph: FakeGraph
) -> None:
    seen = spy(runtime)
    for _ in range(2):
        assert (await post_whatsapp(client, payloads.whatsapp("text"))).status_code == 200
    await runtime.channels.idle()
    assert len(seen) == 2 and len(fake_graph.messages()) == 1


async def test_store_unavailable_answers_503_so_whatsapp_redelivers(
    client: httpx.AsyncClient, runtime: Runtime, fake_graph: FakeGraph
) -> None:
    from storage.errors import LockTimeout

    channel = runtime.channels.whatsapp
    assert channel is not None
    handle = channel.runner.handle

    async def stuck(inbound: Inbound) -> list[Outbound]:
        raise LockTimeout("conversation lock not free")

    channel.runner.handle = stuck
    assert (await post_whatsapp(client, payloads.whatsapp("text"))).status_code == 503
    channel.runner.handle = handle
    assert (await post_whatsapp(client, payloads.whatsapp("text"))).status_code == 200
    await runtime.channels.idle()
    assert len(fake_graph.messages()) == 1


def _with_bad_item(kind: str) -> tuple[dict[str, Any], str | None]:
    """A signed-webhook body: one unreadable item (first) beside a valid text message and, for
    statuses, a valid status; with the bad item's id (None when it has none)."""
    payload = payloads.whatsapp("text")
    value = payload["entry"][0]["changes"][0]["value"]
    text = value["messages"][0]
    if kind == "location_without_coordinates":
        bad: dict[str, Any] = {
            **{k: text[k] for k in ("from", "timestamp")},
            "id": "wamid.BADLOCATION1",
            "type": "location",
            "location": {"name": "Rumah Sari", "address": "Jl. Melati 5, Depok"},
        }
        value["messages"].insert(0, bad)
        return payload, "wamid.BADLOCATION1"
    if kind == "status_without_status":
        value["statuses"] = [
            {"id": "wamid.BADSTATUS1", "timestamp": "1741584601", "recipient_id": USER},
            {"id": "wamid.GOODSTATUS1", "status": "delivered", "timestamp": "1741584602"},
        ]
        return payload, "wamid.BADSTATUS1"
    assert kind == "message_without_id"
    value["messages"].insert(0, {**{k: v for k, v in text.items() if k != "id"}})
    return payload, None


@pytest.mark.parametrize(
    "kind", ["location_without_coordinates", "status_without_status", "message_without_id"]
)
async def test_one_malformed_item_does_not_drop_the_valid_messages_beside_it(
    client: httpx.AsyncClient, runtime: Runtime, fake_graph: FakeGraph, kind: str
) -> None:
    seen = spy(runtime)
    store = repo(runtime)
    await store.record_sent("whatsapp", USER, "wamid.GOODSTATUS1")
    payload, bad_id = _with_bad_item(kind)
    with capture_logs() as logs:
        assert (await post_whatsapp(client, payload)).status_code == 200
    await runtime.channels.idle()
    assert [i.text for i in seen] == ["halo min, mau tanya soal pelatihan"]
    assert len(fake_graph.messages()) == 1
    if kind == "status_without_status":
        delivery = await store.delivery("whatsapp", "wamid.GOODSTATUS1")
        assert delivery is not None and delivery.status == "delivered"
    [skipped] = [e for e in logs if e["event"] == "whatsapp_item_skipped"]
    assert skipped["id"] == bad_id and skipped["problems"]
    logged = orjson.dumps(logs, default=str).decode()
    for personal in ("Rumah Sari", "Melati", "halo min", USER):
        assert personal not in logged


async def test_redelivered_media_and_contact_cards_get_one_notice(
    client: httpx.AsyncClient, runtime: Runtime, fake_graph: FakeGraph
) -> None:
    for name in ("image", "sticker", "contacts_other"):
        for _ in range(2):
            assert (await post_whatsapp(client, payloads.whatsapp(name))).status_code == 200
    await runtime.channels.idle()
    texts = fake_graph.texts()
    assert texts[0].startswith("Aku belum menemukan pengaduan")  # an image, and no ticket
    assert texts[1].startswith(TEXT_ONLY)
    assert len(texts) == 3 and "bukan nomormu sendiri" in texts[2]


def _quick_reply(text: str, payload: str, message_id: str) -> dict[str, Any]:
    """A template's quick-reply button press (``type: button``)."""
    webhook = payloads.whatsapp("text", message_id)
    message = webhook["entry"][0]["changes"][0]["value"]["messages"][0]
    del message["text"]
    message.update(type="button", button={"text": text, "payload": payload})
    message["context"] = {"from": "628001503001", "id": "wamid.TEMPLATE000001"}
    return webhook


async def test_quick_reply_without_payload_is_taken_as_its_typed_text(
    client: httpx.AsyncClient, runtime: Runtime, fake_graph: FakeGraph
) -> None:
    seen = spy(runtime)
    await post_whatsapp(client, _quick_reply("Berhenti", "", "wamid.QR1"))
    await post_whatsapp(client, _quick_reply("Info gelombang", "menu", "wamid.QR2"))
    await runtime.channels.idle()
    assert [(i.text, i.payload) for i in seen] == [("Berhenti", None), (None, "menu")]
    assert not any("tidak berlaku" in text for text in fake_graph.texts())
