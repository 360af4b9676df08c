"""CRM console sessions end server-side: a copied cookie is worthless after signing out (on
every worker), after a new password and after a deactivation (regression: the session was only
a signed cookie, valid 12 hours, whatever happened)."""

from __future__ import annotations

import asyncio
import re
from dataclasses import replace

import httpx
import pytest
from typer.testing import CliRunner

from bot.app import create_app
from bot.cli import app as cli
from bot.runtime import Runtime, open_runtime
from bot.settings import Settings
from crm.auth import COOKIE as STAFF
from flows import Inbound
from tests.bot.test_crm_console import ON_DUTY
from tests.support.crm import csrf_of, login, sign_in


def _signed_in(response: httpx.Response) -> bool:
    return response.status_code == 200


async def _queued_handoff(runtime: Runtime, client: httpx.AsyncClient) -> str:
    visitor = runtime.visitors.visitor(None)
    ask = Inbound("webchat", visitor.user_id, "m1", text="mau bicara dengan petugas")
    await runtime.engine.handle(replace(ask, timestamp=ON_DUTY))
    queue = await client.get("/crm")
    found: list[str] = re.findall(r'href="/crm/handoffs/(\d+)"', queue.text)
    return found[-1]


async def test_signing_out_ends_the_session_on_every_worker(
    client: httpx.AsyncClient, runtime: Runtime, settings: Settings
) -> None:
    await sign_in(client, "agent2")
    handoff = await _queued_handoff(runtime, client)
    copied = client.cookies.get(STAFF, path="/crm")
    assert copied
    csrf = csrf_of((await client.get(f"/crm/handoffs/{handoff}")).text)

    # A second worker (its own runtime on the same database) and a second browser of agent2.
    other = await open_runtime(settings)
    worker = httpx.AsyncClient(
        transport=httpx.ASGITransport(app=create_app(settings, other)), base_url="http://assistant"
    )
    laptop = httpx.AsyncClient(
        transport=httpx.ASGITransport(app=create_app(settings, runtime)),
        base_url="http://assistant",
    )
    try:
        worker.cookies.set(STAFF, copied, path="/crm")
        assert _signed_in(await worker.get("/crm"))  # a session is good on every worker
        await sign_in(laptop, "agent2")

        out = await client.post("/crm/logout", data={"csrf": csrf})
        assert out.status_code == 303 and out.headers["location"] == "/crm/login?notice=signed_out"

        # The old cookie and its form token, replayed on this worker and on the other one.
        for http in (client, worker):
            http.cookies.set(STAFF, copied, path="/crm")
            page = await http.get("/crm")
            assert page.status_code == 303 and page.headers["location"] == "/crm/login?expired=1"
            note = await http.post(
                f"/crm/handoffs/{handoff}/notes", data={"csrf": csrf, "note": "masih bisa?"}
            )
            assert note.status_code == 303
            assert (
                note.headers["location"]
                == f"/crm/login?next=%2Fcrm%2Fhandoffs%2F{handoff}&expired=1"
            )
        assert runtime.crm is not None
        assert await runtime.crm.console.notes(int(handoff)) == []  # nothing saved as agent2
        assert _signed_in(await laptop.get("/crm"))  # only that sign-in ended
    finally:
        await worker.aclose()
        await laptop.aclose()
        await other.close()


async def test_a_new_password_or_a_deactivation_signs_the_account_out(
    client: httpx.AsyncClient, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PRAKERJA_DATABASE_URL", settings.database_url)
    runner = CliRunner()

    async def staff(*args: str, typed: str = "") -> None:
        done = await asyncio.to_thread(runner.invoke, cli, ["staff", *args], input=typed)
        assert done.exit_code == 0, done.output

    await sign_in(client, "agent2")
    assert _signed_in(await client.get("/crm"))
    await staff("password", "agent2", typed="sandi-baru-yang-panjang\n" * 2)
    assert (await client.get("/crm")).status_code == 303  # the old password's session is over

    client.cookies.clear()
    assert (await login(client, "agent2", "sandi-baru-yang-panjang")).status_code == 303
    assert _signed_in(await client.get("/crm"))
    await staff("deactivate", "agent2")
    await staff("activate", "agent2")  # activated again: the old session does not come back
    assert (await client.get("/crm")).status_code == 303
