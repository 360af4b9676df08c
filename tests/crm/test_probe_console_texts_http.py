"""Found by a browser probe of the console: an empty chat note was "Balasan kosong tidak
dikirim."; paths naming nothing under /crm got the server's English "Not Found"; a ticket
update from a form without the page's status said "Pilih status dan prioritas dari daftar."
instead of the real reason; pages asked for /favicon.ico; and numbers were formatted in
English ("4.0 dari 5", "0.87")."""

from __future__ import annotations

import httpx

from bot.runtime import Runtime
from crm import numbers
from tests.bot.conftest import client, runtime, seeded_db, settings
from tests.bot.test_crm_console import _taken_by
from tests.crm.test_ticket_desk_http import _post, _web_chat_ticket
from tests.support.crm import sign_in

__all__ = ["client", "runtime", "seeded_db", "settings"]  # the assistant fixtures, used here


async def test_an_empty_note_says_it_was_not_saved(
    client: httpx.AsyncClient, runtime: Runtime
) -> None:
    _, handoff, csrf = await _taken_by(client, runtime)
    done = await client.post(f"/crm/handoffs/{handoff}/notes", data={"csrf": csrf, "note": " "})
    page = (await client.get(done.headers["location"])).text
    assert "Catatan kosong tidak disimpan." in page and "Balasan kosong" not in page


async def test_paths_naming_nothing_get_the_console_s_own_pages(
    client: httpx.AsyncClient, runtime: Runtime
) -> None:
    await sign_in(client, "agent1")
    for path in ("/crm/nope", "/crm/handoffs/abc", "/crm/handoffs/999999"):
        missing = await client.get(path)
        assert missing.status_code == 404, path
        assert "Tidak ditemukan" in missing.text and "CRM Prakerja" in missing.text, path
    wrong = await client.get("/crm/handoffs/1/take")  # a form's address, opened
    assert wrong.status_code == 405 and "Tidak diizinkan" in wrong.text
    assert wrong.headers["allow"] == "POST"
    slashed = await client.get("/crm/tickets/?status=open")  # a page's address with a "/" after
    assert slashed.status_code == 307 and slashed.headers["location"] == "/crm/tickets?status=open"
    client.cookies.clear()
    signed_out = await client.get("/crm/nope")
    assert signed_out.status_code == 303  # to the sign-in, as every console page


async def test_the_icon_browsers_ask_for_is_no_error(
    client: httpx.AsyncClient, runtime: Runtime
) -> None:
    icon = await client.get("/favicon.ico")
    assert icon.status_code == 204 and not icon.content
    assert 'rel="icon"' not in (await client.get("/crm/login")).text  # the CSP would refuse it


async def test_an_update_from_another_staff_member_says_the_real_reason(
    client: httpx.AsyncClient, runtime: Runtime
) -> None:
    """The probe's form: no ``seen`` (the page's status), from someone who holds nothing."""
    ticket_id, _, _ = await _web_chat_ticket(runtime)
    await sign_in(client, "agent1")
    update = f"/crm/tickets/{ticket_id}/update"
    said = await _post(client, update, status="closed", priority="low", message="x", seen="")
    assert said == "not_held"


def test_numbers_are_formatted_in_indonesian() -> None:
    assert numbers.percent(1.0) == "100,0%" and numbers.percent(None) == "-"
    assert numbers.rating(5.0) == "5,0 dari 5"
    assert numbers.decimal(0.8712, 2) == "0,87"
