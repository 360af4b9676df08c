"""Codes by SMS asked from one web chat client are limited, however many fresh web chats it opens
(a browser without the cookie gets a new visitor for free): through the real HTTP endpoint.

    browser A (fresh cookie): daftar ... 0812xxxx01      bot: Kode OTP sudah aku kirim ...
    browser A (fresh cookie): daftar ... 0812xxxx02      bot: Kode OTP sudah aku kirim ...
    browser A (fresh cookie): daftar ... 0812xxxx03      bot: Kode OTP sudah aku kirim ...
    browser A (fresh cookie): daftar ... 0812xxxx04      bot: Kode sudah dikirim terlalu sering ...
    browser B (another address): daftar ... 0812xxxx05   bot: Kode OTP sudah aku kirim ...
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
from starlette.types import ASGIApp

from bot.app import create_app
from bot.channels.visitors import COOKIE
from bot.runtime import Runtime, open_runtime
from bot.settings import Settings, WebchatSettings
from flows.config import OtpRules
from flows.responses import text
from tests.bot.test_link_account_abuse import CountingSender, _sender

API = "/api/webchat/messages"
PER_CLIENT = 3  # programme.otp.sends_per_client, set low here to keep the test short
SENT = "Kode OTP sudah aku kirim"
SHARED = " " + text("id", "otp_network.shared")
REFUSED = text("id", "registration.otp_blocked.say", hours=2, network=SHARED)


class Assistant:
    def __init__(self, runtime: Runtime, app: ASGIApp, sender: CountingSender) -> None:
        self.runtime, self.app, self.sender = runtime, app, sender
        self.visitors: set[str] = set()
        self.opened = 0

    async def register_up_to_code(
        self, peer: str, forwarded_for: str | None = None, forwarded: str | None = None
    ) -> str:
        """A fresh browser (no cookie) from ``peer`` registers up to the code; its last reply.
        ``forwarded_for`` and ``forwarded`` are the X-Forwarded-For and RFC 7239 headers."""
        self.opened += 1
        n = self.opened
        transport = httpx.ASGITransport(app=self.app, client=(peer, 40000 + n))
        headers = {"X-Forwarded-For": forwarded_for} if forwarded_for else {}
        headers |= {"Forwarded": forwarded} if forwarded else {}
        steps = ("daftar", "opt:yes", "Siti Rahmawati", f"32730145050190{n:02d}",
                 "3273010101150001", "5 mei 2001", f"08129876{n:04d}")  # fmt: skip
        async with httpx.AsyncClient(
            transport=transport, base_url="http://assistant", headers=headers
        ) as browser:
            for step in steps:
                body = {"payload": step} if step.startswith("opt:") else {"text": step}
                response = await browser.post(API, json=body)
                assert response.status_code == 200, response.text
            self.visitors.add(str(browser.cookies.get(COOKIE)))
        assert len(self.visitors) == n  # every browser was a new visitor
        return "\n".join(str(reply["text"]) for reply in response.json()["replies"])


@pytest.fixture
def limited(settings: Settings) -> Settings:
    otp = OtpRules(sends_per_client=PER_CLIENT)
    return settings.model_copy(
        update={"programme": settings.programme.model_copy(update={"otp": otp})}
    )


async def _assistant(settings: Settings) -> AsyncIterator[Assistant]:
    runtime = await open_runtime(settings)
    try:
        yield Assistant(runtime, create_app(settings, runtime), _sender(runtime))
    finally:
        await runtime.close()


@pytest.fixture
async def assistant(limited: Settings) -> AsyncIterator[Assistant]:
    async for running in _assistant(limited):
        yield running


@pytest.fixture
async def behind_proxy(limited: Settings) -> AsyncIterator[Assistant]:
    proxied = limited.model_copy(
        update={"webchat": WebchatSettings(trusted_proxies=["10.0.0.0/8"])}
    )
    async for running in _assistant(proxied):
        yield running


@pytest.fixture
async def behind_rfc7239_proxy(limited: Settings) -> AsyncIterator[Assistant]:
    webchat = WebchatSettings(trusted_proxies=["10.0.0.0/8"], client_header="forwarded")
    async for running in _assistant(limited.model_copy(update={"webchat": webchat})):
        yield running


async def test_fresh_web_chats_from_one_client_get_its_codes_only(assistant: Assistant) -> None:
    replies = [await assistant.register_up_to_code("203.0.113.7") for _ in range(PER_CLIENT + 2)]
    assert all(SENT in reply for reply in replies[:PER_CLIENT])
    assert all(REFUSED in reply and SENT not in reply for reply in replies[PER_CLIENT:])
    assert len(assistant.sender.sent) == PER_CLIENT
    other = await assistant.register_up_to_code("198.51.100.20")  # another client: served
    assert SENT in other and len(assistant.sender.sent) == PER_CLIENT + 1
    # the refusal says the same in English
    assert "wait 2 hours" in text("en", "registration.otp_blocked.say", hours=2, network="")


async def test_behind_a_trusted_proxy_the_forwarded_address_is_the_client(
    behind_proxy: Assistant,
) -> None:
    proxy, client = "10.0.0.2", "203.0.113.7"
    for n in range(PER_CLIENT):  # the browser's own X-Forwarded-For entries change nothing
        reply = await behind_proxy.register_up_to_code(proxy, f"192.0.2.{n}, {client}")
        assert SENT in reply
    refused = await behind_proxy.register_up_to_code(proxy, f"192.0.2.99, {client}")
    assert REFUSED in refused
    served = await behind_proxy.register_up_to_code(proxy, "198.51.100.20")
    assert SENT in served and len(behind_proxy.sender.sent) == PER_CLIENT + 1


async def test_a_header_from_an_untrusted_peer_names_no_other_client(
    behind_proxy: Assistant,
) -> None:
    replies = [
        await behind_proxy.register_up_to_code("198.51.100.30", f"203.0.113.{n}")
        for n in range(PER_CLIENT + 1)
    ]
    assert all(SENT in reply for reply in replies[:PER_CLIENT])
    assert REFUSED in replies[PER_CLIENT] and len(behind_proxy.sender.sent) == PER_CLIENT


async def test_behind_a_proxy_writing_rfc_7239_forwarded_its_for_names_the_client(
    behind_rfc7239_proxy: Assistant,
) -> None:
    proxy, client = "10.0.0.2", "203.0.113.7"
    for n in range(PER_CLIENT):  # X-Forwarded-For, which this proxy does not write, is ignored
        reply = await behind_rfc7239_proxy.register_up_to_code(
            proxy, forwarded_for=f"198.51.100.{n}", forwarded=f'for="{client}:4{n}";proto=https'
        )
        assert SENT in reply
    refused = await behind_rfc7239_proxy.register_up_to_code(proxy, forwarded=f"for={client}")
    assert REFUSED in refused
    served = await behind_rfc7239_proxy.register_up_to_code(proxy, forwarded="for=198.51.100.20")
    assert SENT in served and len(behind_rfc7239_proxy.sender.sent) == PER_CLIENT + 1
