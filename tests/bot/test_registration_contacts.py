"""One account per phone number and per email, also when two chats register at once."""

from __future__ import annotations

from bot.runtime import Runtime
from flows.responses import text
from tests.bot.test_link_account_abuse import Chat, _sender


async def _to_summary(chat: Chat, nik: str, codes: list[tuple[str, str]]) -> str:
    await chat.send(text="daftar")
    await chat.send(payload="opt:yes")
    await chat.send(text="Siti Rahmawati")
    await chat.send(text=nik)
    await chat.send(text="3273010101150001")
    await chat.send(text="5 mei 2001")
    await chat.send(text="0812-9876-5401")
    await chat.send(text=codes[-1][1])
    await chat.send(text="siti.sama@example.com")
    return await chat.send(payload="opt:yes")  # the region is right: the summary


async def test_the_second_of_two_chats_with_one_number_is_asked_for_another(
    runtime: Runtime,
) -> None:
    sender = _sender(runtime)
    first, second = Chat(runtime, "reg-a"), Chat(runtime, "reg-b")
    assert "Sudah benar?" in await _to_summary(first, "3273014505010041", sender.sent)
    assert "Sudah benar?" in await _to_summary(second, "3273014505010042", sender.sent)
    assert "Selamat" in await first.send(payload="opt:confirm")
    taken = await second.send(payload="opt:confirm")
    assert text("id", "registration.phone_taken") in taken and "Selamat" not in taken
    assert "Nomor HP aktifmu?" in taken
