"""Web chat uploads over the real app: ``POST /api/webchat/files`` puts evidence onto the
visitor's open complaint ticket (``attachments.Evidence`` decides), or says why not."""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from bot.app import create_app
from bot.channels.visitors import COOKIE
from bot.runtime import Runtime
from bot.settings import AttachmentSettings, Settings
from tests.channels.evidence import files, kept_files, open_ticket
from tests.support.webchat import TRUSTED

FILES = "/api/webchat/files"
LIMIT = 64 * 1024
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 200
EXE = b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 200
ATTACHED = "Bukti sudah aku lampirkan ke tiket PRK-"
ALREADY = "File itu sudah ada di tiket"
NO_TICKET = "Aku belum menemukan pengaduan yang masih berjalan"
TOO_BIG = "File-nya terlalu besar (paling besar 64 KB)"
WRONG_TYPE = "Aku hanya bisa menyimpan gambar"


@pytest.fixture
def settings(settings: Settings) -> Settings:
    """The test settings with a small upload limit."""
    return settings.model_copy(update={"attachments": AttachmentSettings(max_bytes=LIMIT)})


@pytest.fixture
def visitor(runtime: Runtime) -> tuple[str, str]:
    """A web chat visitor: (user id, signed cookie)."""
    minted = runtime.visitors.visitor(None)
    assert minted.new_cookie is not None
    return minted.user_id, minted.new_cookie


@pytest.fixture
async def browser(client: httpx.AsyncClient, visitor: tuple[str, str]) -> httpx.AsyncClient:
    client.cookies.set(COOKIE, visitor[1])
    return client


async def _send(
    http: httpx.AsyncClient, data: Any, kind: str = "image/png", status: int = 200, **headers: str
) -> dict[str, Any]:
    response = await http.post(FILES, content=data, headers={"Content-Type": kind, **headers})
    assert response.status_code == status, response.text
    assert response.headers["cache-control"] == "no-store"
    [reply] = response.json()["replies"]
    assert isinstance(reply, dict)
    return reply


async def test_a_png_goes_onto_the_open_ticket_once(
    browser: httpx.AsyncClient, runtime: Runtime, visitor: tuple[str, str]
) -> None:
    ticket = await open_ticket(runtime, "webchat", visitor[0])
    first = await _send(browser, PNG)
    assert first["text"].startswith(ATTACHED) and ticket.reference in first["text"]
    again = await _send(browser, PNG)  # a double click
    assert again["text"].startswith(ALREADY) and ticket.reference in again["text"]
    [kept] = await kept_files(runtime, ticket)
    assert (kept.content_type, kept.size, kept.channel) == ("image/png", len(PNG), "webchat")
    opened = await files(runtime).file(ticket.id, kept.id)
    assert opened is not None and opened.data == PNG


async def test_a_trusted_server_names_its_user_in_a_header(
    client: httpx.AsyncClient, runtime: Runtime
) -> None:
    ticket = await open_ticket(runtime, "webchat", "partner-7")
    reply = await _send(client, PNG, **TRUSTED, **{"X-Prakerja-User": "partner-7"})
    assert reply["text"].startswith(ATTACHED)
    assert len(await kept_files(runtime, ticket)) == 1


async def test_without_an_open_ticket_the_visitor_is_told_to_file_one_unread(
    browser: httpx.AsyncClient,
) -> None:
    sent: list[bytes] = []

    async def body() -> AsyncIterator[bytes]:
        sent.append(PNG)
        yield PNG

    reply = await _send(browser, body())
    assert reply["text"].startswith(NO_TICKET)
    assert "flow:complaints" in [b["payload"] for b in reply["buttons"]]
    assert sent == []  # nothing was read


async def test_a_file_over_the_limit_is_refused_and_not_stored(
    browser: httpx.AsyncClient, runtime: Runtime, visitor: tuple[str, str]
) -> None:
    ticket = await open_ticket(runtime, "webchat", visitor[0])
    chunk = PNG + b"\x00" * (16 * 1024)
    read: list[int] = []

    async def body(chunks: int) -> AsyncIterator[bytes]:
        for n in range(chunks):
            read.append(n)
            yield chunk

    declared = str(len(chunk) * 100)  # Content-Length over the limit: nothing is read
    reply = await _send(browser, body(100), status=413, **{"Content-Length": declared})
    assert reply["text"].startswith(TOO_BIG) and read == []
    reply = await _send(browser, body(100), status=413)  # chunked: reading stops past the limit
    assert reply["text"].startswith(TOO_BIG) and len(read) < 10
    assert await kept_files(runtime, ticket) == []


async def test_an_exe_renamed_png_is_refused(
    browser: httpx.AsyncClient, runtime: Runtime, visitor: tuple[str, str]
) -> None:
    ticket = await open_ticket(runtime, "webchat", visitor[0])
    reply = await _send(browser, EXE, "image/png")
    assert reply["text"].startswith(WRONG_TYPE)
    assert await kept_files(runtime, ticket) == []


async def test_without_a_visitor_cookie_or_from_a_form_nothing_is_taken(
    client: httpx.AsyncClient, runtime: Runtime, visitor: tuple[str, str]
) -> None:
    ticket = await open_ticket(runtime, "webchat", visitor[0])
    for cookie in (None, "web-forged.signature"):
        client.cookies.clear()
        if cookie is not None:
            client.cookies.set(COOKIE, cookie)
        response = await client.post(FILES, content=PNG, headers={"Content-Type": "image/png"})
        assert response.status_code == 401 and "visitor" in response.json()["error"]
        assert "set-cookie" not in response.headers  # no visitor is minted here
    client.cookies.set(COOKIE, visitor[1])
    for kind in ("multipart/form-data; boundary=x", "text/plain", ""):  # what a form can send
        response = await client.post(FILES, content=PNG, headers={"Content-Type": kind})
        assert response.status_code == 415
    assert await kept_files(runtime, ticket) == []


async def test_the_page_is_told_whether_uploads_are_taken(
    client: httpx.AsyncClient, settings: Settings, runtime: Runtime, visitor: tuple[str, str]
) -> None:
    assert (await client.get(FILES)).json() == {"uploads": {"max_bytes": LIMIT}}
    off = settings.attachments.model_copy(update={"webchat": False})
    closed = dataclasses.replace(runtime, settings=settings.model_copy(update={"attachments": off}))
    transport = httpx.ASGITransport(app=create_app(closed.settings, closed))
    async with httpx.AsyncClient(transport=transport, base_url="http://assistant") as http:
        assert (await http.get(FILES)).json() == {"uploads": None}
        http.cookies.set(COOKIE, visitor[1])
        response = await http.post(FILES, content=PNG, headers={"Content-Type": "image/png"})
        assert response.status_code == 404
