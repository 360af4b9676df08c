"""A real assistant (SQLite copy of the seeded programme database, in-process sessions) with its
Telegram and WhatsApp channels pointed at fake Bot API and Graph API servers on loopback."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest

from bot.app import create_app
from bot.runtime import Runtime, open_runtime, prepare_database
from bot.settings import Settings, load_settings
from tests.channels.fake_graph import PHONE_NUMBER_ID, TOKEN, FakeGraph
from tests.channels.fake_telegram import FakeTelegram

TELEGRAM_TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"
TELEGRAM_SECRET = "prakerja-test-secret_01"
APP_SECRET = "whatsapp-app-secret-for-tests"
VERIFY_TOKEN = "verify-me-please"
SECRET_KEY = "test-secret-key-0123456789abcdef"

#: Fast retries so failure tests take milliseconds.
TUNING = {
    "send_attempts": 3,
    "backoff_seconds": 0.01,
    "max_backoff_seconds": 0.05,
    "max_inline_wait_seconds": 1.5,
    "outbox_poll_seconds": 0.05,
    "send_timeout_seconds": 2,
    "polling_timeout_seconds": 0,
}


@pytest.fixture(scope="session")
def channels_seeded_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("channels-db") / "seeded.db"
    settings = load_settings(database_url=f"sqlite+aiosqlite:///{path}", secret_key=SECRET_KEY)
    asyncio.run(prepare_database(settings))
    return path


@pytest.fixture
async def fake_telegram() -> AsyncIterator[FakeTelegram]:
    server = FakeTelegram()
    await server.start()
    yield server
    await server.close()


@pytest.fixture
async def fake_graph() -> AsyncIterator[FakeGraph]:
    server = FakeGraph()
    await server.start()
    yield server
    await server.close()


@pytest.fixture
def make_settings(
    channels_seeded_db: Path, tmp_path: Path, fake_telegram: FakeTelegram, fake_graph: FakeGraph
) -> Callable[..., Settings]:
    def make(**overrides: Any) -> Settings:
        copy = tmp_path / "prakerja.db"
        if not copy.exists():
            copy.write_bytes(channels_seeded_db.read_bytes())
        values: dict[str, Any] = {
            "data_dir": tmp_path,
            "database_url": f"sqlite+aiosqlite:///{copy}",
            "secret_key": SECRET_KEY,
            "channels": TUNING,
            "telegram_token": TELEGRAM_TOKEN,
            "telegram_secret": TELEGRAM_SECRET,
            "telegram_api_url": fake_telegram.base_url,
            "whatsapp_token": TOKEN,
            "whatsapp_phone_number_id": PHONE_NUMBER_ID,
            "whatsapp_app_secret": APP_SECRET,
            "whatsapp_verify_token": VERIFY_TOKEN,
            "whatsapp_api_url": fake_graph.api_url,
        }
        values.update(overrides)
        return load_settings(**values)

    return make


@pytest.fixture
def settings(make_settings: Callable[..., Settings]) -> Settings:
    return make_settings()


@pytest.fixture
async def runtime(settings: Settings) -> AsyncIterator[Runtime]:
    rt = await open_runtime(settings)
    yield rt
    await rt.close()


@pytest.fixture
async def client(settings: Settings, runtime: Runtime) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(settings, runtime)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://assistant") as http:
        yield http


def signature(body: bytes, secret: str = APP_SECRET) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


async def post_telegram(
    client: httpx.AsyncClient, update: dict[str, Any], secret: str | None = TELEGRAM_SECRET
) -> httpx.Response:
    headers = {"X-Telegram-Bot-Api-Secret-Token": secret} if secret is not None else {}
    return await client.post("/telegram/webhook", json=update, headers=headers)


async def post_whatsapp(client: httpx.AsyncClient, payload: dict[str, Any]) -> httpx.Response:
    body = orjson.dumps(payload)
    headers = {"X-Hub-Signature-256": signature(body), "Content-Type": "application/json"}
    return await client.post("/whatsapp/webhook", content=body, headers=headers)
