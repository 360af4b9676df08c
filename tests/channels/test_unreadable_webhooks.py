"""Verified webhook bodies that cannot be read are acknowledged (200) and logged, so the
platform does not retry them for hours; unverified ones are still refused (401)."""

from __future__ import annotations

import httpx
import pytest
from structlog.testing import capture_logs

from tests.channels.conftest import TELEGRAM_SECRET, signature
from tests.channels.fake_graph import FakeGraph
from tests.channels.fake_telegram import FakeTelegram

UNREADABLE = [b"{not json", b"[]", b'"text"', b"\xff\xfe"]


@pytest.mark.parametrize("body", UNREADABLE)
async def test_verified_unreadable_body_is_acknowledged_and_logged(
    client: httpx.AsyncClient, fake_telegram: FakeTelegram, fake_graph: FakeGraph, body: bytes
) -> None:
    with capture_logs() as logs:
        telegram = await client.post(
            "/telegram/webhook",
            content=body,
            headers={"X-Telegram-Bot-Api-Secret-Token": TELEGRAM_SECRET},
        )
        whatsapp = await client.post(
            "/whatsapp/webhook", content=body, headers={"X-Hub-Signature-256": signature(body)}
        )
    assert (telegram.status_code, whatsapp.status_code) == (200, 200)
    events = {e["event"] for e in logs}
    assert {"telegram_update_unreadable", "whatsapp_webhook_unreadable"} <= events
    assert fake_telegram.requests == [] and fake_graph.requests == []


@pytest.mark.parametrize("body", UNREADABLE)
async def test_unverified_unreadable_body_is_refused(
    client: httpx.AsyncClient, body: bytes
) -> None:
    telegram = await client.post(
        "/telegram/webhook", content=body, headers={"X-Telegram-Bot-Api-Secret-Token": "nope"}
    )
    whatsapp = await client.post(
        "/whatsapp/webhook", content=body, headers={"X-Hub-Signature-256": signature(body, "x")}
    )
    assert (telegram.status_code, whatsapp.status_code) == (401, 401)
