"""The terminal chat: numbered options, choosing by number, quitting."""

from __future__ import annotations

import io

from rich.console import Console

from bot.channels.console import ConsoleChannel, run_console
from bot.runtime import Runtime
from flows import Button, Outbound


def test_buttons_are_numbered_and_chosen_by_number() -> None:
    out = io.StringIO()
    channel = ConsoleChannel("tester", Console(file=out, width=80))
    channel.show(
        [Outbound("Pilih:", (Button("Cek syarat", "topic:eligibility"), Button("Menu", "menu")))]
    )
    assert "1. Cek syarat" in out.getvalue() and "2. Menu" in out.getvalue()
    assert channel.to_inbound("2").payload == "menu"
    assert channel.to_inbound("3").text == "3"  # not an option: plain text
    assert channel.to_inbound("gmn daftar").text == "gmn daftar"


async def test_a_whole_terminal_conversation(runtime: Runtime) -> None:
    out = io.StringIO()
    channel = ConsoleChannel("tester", Console(file=out, width=100))
    lines = iter(["3", "1", "/quit"])  # Cari pelatihan -> first category -> quit
    await run_console(channel, runtime.engine.handle, lambda: next(lines))
    text = out.getvalue()
    assert "Asisten Prakerja" in text and "Pilih kategori pelatihan" in text
    assert "halaman 1 dari" in text and "Sampai jumpa! · Bye!" in text
