"""The SMS gateway OTP sender against a fake gateway on loopback (real HTTP, no mocks), and the
user-facing failure path through the whole engine."""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator
from datetime import date
from pathlib import Path
from typing import Any

import httpx
import pytest
import sqlalchemy as sa
import structlog
from aiohttp import web

from bot.logs import configure_logging
from bot.otp import DevelopmentOtpSender, OtpDeliveryFailed
from bot.runtime import build_otp_sender, open_runtime
from bot.settings import ConfigError, Settings, load_settings
from bot.sms import HttpSmsOtpSender
from flows import Inbound, Outbound
from flows.responses import text
from storage.db import create_session_factory
from storage.models import Participant
from storage.repositories.participants import ParticipantRepository
from tests.channels.fake_server import FakeServer, Fault

TOKEN = "gateway-token-0123456789"
PHONE = "+6281234567890"


class FakeGateway(FakeServer):
    """``POST /v1/sms`` with a bearer token; answers 202, or a queued fault, or 503 when down."""

    def routes(self) -> list[web.RouteDef]:
        return [web.post("/v1/sms", self._sms)]

    async def _sms(self, request: web.Request) -> web.Response:
        await self.record("sms", await request.json(), dict(request.headers))
        if self.down:
            return web.json_response({"error": "maintenance"}, status=503)
        if request.headers.get("Authorization") != f"Bearer {TOKEN}":
            return web.json_response({"error": "unauthorised"}, status=401)
        fault = self.fault_for("sms")
        if fault is not None:
            return web.json_response(fault.body, status=fault.status, headers=fault.headers)
        return web.json_response({"id": f"sms-{len(self.requests)}"}, status=202)

    @property
    def url(self) -> str:
        return f"{self.base_url}/v1/sms"

    def last_code(self) -> str:
        found = re.search(r"\b(\d{6})\b", self.calls("sms")[-1]["message"])
        assert found is not None
        return found.group(1)


@pytest.fixture
async def gateway() -> AsyncIterator[FakeGateway]:
    server = FakeGateway()
    await server.start()
    yield server
    await server.close()


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(timeout=0.5) as shared:
        yield shared


def sender(client: httpx.AsyncClient, url: str, token: str = TOKEN) -> HttpSmsOtpSender:
    return HttpSmsOtpSender(client, url, token, attempts=3, backoff_seconds=0.01)


async def test_a_code_is_posted_with_the_bearer_token_and_a_reference(
    gateway: FakeGateway, client: httpx.AsyncClient
) -> None:
    await sender(client, gateway.url).send(PHONE, "123456")

    (call,) = gateway.requests
    assert call.headers["Authorization"] == f"Bearer {TOKEN}"
    assert call.params["to"] == PHONE and call.params["reference"]
    assert call.headers["Idempotency-Key"] == call.params["reference"]
    assert call.params["message"] == text("id", "sms.otp", code="123456")


async def test_5xx_and_429_are_retried_with_the_same_reference(
    gateway: FakeGateway, client: httpx.AsyncClient
) -> None:
    gateway.fail("sms", Fault(502, {"error": "bad gateway"}))
    gateway.fail("sms", Fault(429, {"error": "slow down"}))

    await sender(client, gateway.url).send(PHONE, "123456")

    assert len(gateway.requests) == 3
    assert len({call.params["reference"] for call in gateway.requests}) == 1


async def test_a_refusal_is_final_and_not_retried(
    gateway: FakeGateway, client: httpx.AsyncClient
) -> None:
    with pytest.raises(OtpDeliveryFailed, match="HTTP 401"):
        await sender(client, gateway.url, token="wrong").send(PHONE, "123456")
    gateway.fail("sms", Fault(400, {"error": "invalid number"}))
    with pytest.raises(OtpDeliveryFailed, match="HTTP 400"):
        await sender(client, gateway.url).send(PHONE, "123456")
    assert len(gateway.requests) == 2


async def test_a_gateway_that_stays_down_fails_after_the_attempts(
    gateway: FakeGateway, client: httpx.AsyncClient
) -> None:
    gateway.down = True
    with pytest.raises(OtpDeliveryFailed, match=r"3 times \(HTTP 503\)"):
        await sender(client, gateway.url).send(PHONE, "123456")
    assert len(gateway.requests) == 3


async def test_timeouts_are_retried(gateway: FakeGateway, client: httpx.AsyncClient) -> None:
    gateway.slow(1.0)  # longer than the client's 0.5 s timeout
    await sender(client, gateway.url).send(PHONE, "123456")
    assert len(gateway.requests) == 2


async def test_an_unreachable_gateway_is_a_delivery_failure(client: httpx.AsyncClient) -> None:
    closed = FakeGateway()
    await closed.start()
    url = closed.url
    await closed.close()  # nothing listens on that port any more
    with pytest.raises(OtpDeliveryFailed, match="ConnectError"):
        await sender(client, url).send(PHONE, "123456")


async def test_logs_show_the_masked_number_never_the_code_or_token(
    gateway: FakeGateway, client: httpx.AsyncClient, capsys: pytest.CaptureFixture[str]
) -> None:
    configure_logging("INFO", json_logs=True)
    try:
        gateway.fail("sms", Fault(500, {"error": "oops"}))
        await sender(client, gateway.url).send(PHONE, "987654")
        gateway.down = True
        with pytest.raises(OtpDeliveryFailed):
            await sender(client, gateway.url).send(PHONE, "555777")
    finally:
        structlog.reset_defaults()
    lines = [json.loads(line) for line in capsys.readouterr().err.strip().splitlines()]
    events = [line["event"] for line in lines]
    assert events[:2] == ["sms_retry", "sms_sent"] and events[-1] == "sms_failed"
    logged = json.dumps(lines)
    assert "0812****90" in logged
    for secret in ("987654", "555777", TOKEN, "81234567890"):
        assert secret not in logged
    assert TOKEN not in repr(sender(client, gateway.url))


# -- settings and assembly ---------------------------------------------------------------------


def test_the_gateway_needs_its_token_and_the_token_its_gateway() -> None:
    with pytest.raises(ConfigError, match="PRAKERJA_SMS_GATEWAY_TOKEN"):
        load_settings(sms_gateway_url="https://sms.example.id/v1/send")
    with pytest.raises(ConfigError, match="PRAKERJA_SMS_GATEWAY_URL"):
        load_settings(sms_gateway_token=TOKEN)
    with pytest.raises(ConfigError, match="http"):
        load_settings(sms_gateway_url="sms.example.id", sms_gateway_token=TOKEN)


def test_the_token_is_refused_in_config_yml(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "config.yml"
    config.write_text(f"sms_gateway_url: https://sms.example.id/send\nsms_gateway_token: {TOKEN}\n")
    monkeypatch.setenv("PRAKERJA_CONFIG", str(config))
    with pytest.raises(ConfigError, match="must not be in a file"):
        load_settings()


async def test_the_gateway_is_used_when_its_url_is_set(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PRAKERJA_SMS_GATEWAY_URL", "https://sms.example.id/v1/send")
    monkeypatch.setenv("PRAKERJA_SMS_GATEWAY_TOKEN", TOKEN)
    monkeypatch.setenv("PRAKERJA_SMS__ATTEMPTS", "2")
    configured, client = build_otp_sender(load_settings())
    assert isinstance(configured, HttpSmsOtpSender) and client is not None
    await client.aclose()
    monkeypatch.delenv("PRAKERJA_SMS_GATEWAY_URL")
    monkeypatch.delenv("PRAKERJA_SMS_GATEWAY_TOKEN")
    fallback, none = build_otp_sender(load_settings())
    assert isinstance(fallback, DevelopmentOtpSender) and none is None


# -- through the whole assistant -----------------------------------------------------------------


def _said(replies: list[Outbound]) -> str:
    return "\n".join([r.text for r in replies] + [b.title for r in replies for b in r.buttons])


async def test_the_user_hears_when_the_sms_failed_and_can_resend(
    settings: Settings, gateway: FakeGateway
) -> None:
    wired = load_settings(
        data_dir=settings.data_dir,
        database_url=settings.database_url,
        secret_key=settings.secret_key,
        sms_gateway_url=gateway.url,
        sms_gateway_token=TOKEN,
        sms={"attempts": 2, "backoff_seconds": 0, "timeout_seconds": 2},
    )
    runtime = await open_runtime(wired)
    try:
        factory = create_session_factory(runtime.database)
        async with factory() as session:
            first = await session.scalar(
                sa.select(Participant.id).where(Participant.status == "selected").limit(1)
            )
        person = await ParticipantRepository(factory, runtime.cipher).get(int(first or 0))
        assert person is not None and person.nik and isinstance(person.date_of_birth, date)
        number = 0

        async def say(**message: Any) -> str:
            nonlocal number
            number += 1
            inbound = Inbound("webchat", "sms-user", f"m{number}", **message)
            return _said(await runtime.engine.handle(inbound))

        await say(payload="flow:link_account")
        await say(text=person.nik)
        gateway.down = True
        failed = await say(text=person.date_of_birth.strftime("%d-%m-%Y"))
        assert text("id", "sms.failed") in failed and len(gateway.requests) == 2
        gateway.down = False
        resent = await say(payload="opt:resend")
        assert "****" in resent and person.phone == gateway.calls("sms")[-1]["to"]
        linked = await say(text=gateway.last_code())
        assert text("id", "link_account.linked.say") in linked
    finally:
        await runtime.close()
