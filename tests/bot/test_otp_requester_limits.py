"""Codes by SMS limited per asking chat and per phone separately: a stranger who knows someone's
NIK (or number) uses up only their own chat's allowance, never the owner's codes."""

from __future__ import annotations

import sqlalchemy as sa

from bot.data import DataAnswers
from bot.runtime import Runtime
from flows import queries as q
from flows import views
from flows.responses import text
from storage.db import create_session_factory
from storage.models import Participant
from storage.repositories.participants import ParticipantRecord, ParticipantRepository
from tests.bot.test_link_account_abuse import Chat, _sender, _up_to_code

RESEND = "opt:resend"


async def _selected_people(runtime: Runtime, count: int) -> list[ParticipantRecord]:
    factory = create_session_factory(runtime.database)
    async with factory() as session:
        ids = (
            await session.scalars(
                sa.select(Participant.id)
                .where(Participant.status == "selected")
                .order_by(Participant.id)
                .limit(count)
            )
        ).all()
    repository = ParticipantRepository(factory, runtime.cipher)
    people = [await repository.get(int(i)) for i in ids]
    assert len(people) == count
    return [p for p in people if p is not None and p.nik and p.date_of_birth and p.phone]


async def _register_up_to_code(chat: Chat, phone: str, n: int = 0) -> str:
    await chat.send(text="daftar")
    await chat.send(payload="opt:yes")
    await chat.send(text="Siti Rahmawati")
    await chat.send(text=f"32730145050190{n:02d}")
    await chat.send(text="3273010101150001")
    await chat.send(text="5 mei 2001")
    return await chat.send(text=phone)


async def test_a_stranger_using_up_their_chats_codes_leaves_the_owner_able_to_link(
    runtime: Runtime,
) -> None:
    # Regression: 5 codes asked from one stranger's chat used up the account's 5 codes for 2
    # hours, so the real owner could neither link nor get a code.
    (person,) = await _selected_people(runtime, 1)
    sender = _sender(runtime)
    stranger = Chat(runtime, "stranger")
    replies = [await _up_to_code(stranger, person)]
    replies += [await stranger.send(payload=RESEND) for _ in range(5)]
    assert len(sender.sent) == 5  # otp.sends_per_number (and the chat's otp.max_sends)
    assert text("id", "link_account.otp_blocked.say", hours=2, network="") in replies[5]
    assert (person.nik or "x") not in "".join(replies) and (person.phone or "x") not in replies[0]
    again = await _up_to_code(stranger, person)  # the next attempt of that chat: refused
    assert "****" not in again and len(sender.sent) == 5

    owner = Chat(runtime, "owner")
    assert "****" in await _up_to_code(owner, person)  # a code went to the phone on record
    assert len(sender.sent) == 6
    linked = await owner.send(text=sender.sent[-1][1])
    assert text("id", "link_account.linked.say") in linked


async def test_one_chat_may_ask_codes_for_three_accounts_a_day(runtime: Runtime) -> None:
    people = await _selected_people(runtime, 4)
    sender = _sender(runtime)
    chat = Chat(runtime, "collector")
    replies = [await _up_to_code(chat, person) for person in people]
    assert [phone for phone, _ in sender.sent] == [p.phone for p in people[:3]]
    many = text("id", "link_account.otp_many_numbers.say", hours=24)
    assert all("****" in reply for reply in replies[:3])
    assert many in replies[3] and "****" not in replies[3]
    again = await _up_to_code(chat, people[0])  # an account already asked for still may be
    assert "****" in again and len(sender.sent) == 4


async def test_a_stranger_typing_a_number_at_registration_leaves_its_owner_a_code(
    runtime: Runtime,
) -> None:
    sender = _sender(runtime)
    stranger = Chat(runtime, "typist")
    replies = [await _register_up_to_code(stranger, "0812-9876-5499")]
    replies += [await stranger.send(payload=RESEND) for _ in range(5)]
    assert [phone for phone, _ in sender.sent] == ["+6281298765499"] * 5
    assert text("id", "registration.otp_blocked.say", hours=2, network="") in replies[5]
    owner = Chat(runtime, "number-owner")
    assert "Kode OTP sudah aku kirim" in await _register_up_to_code(owner, "081298765499", 1)
    assert len(sender.sent) == 6


async def test_one_chat_may_ask_codes_for_three_typed_numbers_a_day(runtime: Runtime) -> None:
    sender = _sender(runtime)
    chat = Chat(runtime, "dialler")
    numbers = ["081298765401", "081298765402", "081298765403", "081298765404"]
    replies = []
    for n, number in enumerate(numbers):
        replies.append(await _register_up_to_code(chat, number, n))
        await chat.send(text="batal")  # a typo in the number: start again
        await chat.send(payload="ctl:yes")
    assert len(sender.sent) == 3
    assert text("id", "registration.otp_many_numbers.say", hours=24) in replies[3]


async def test_a_phone_gets_at_most_15_codes_from_all_chats_but_its_owner_still_gets_one(
    runtime: Runtime,
) -> None:
    from flows.otp_limits import Limit, OtpLimited

    (person,) = await _selected_people(runtime, 1)
    sender = _sender(runtime)
    for n in range(3):  # 3 chats, 5 codes each: the phone's 15 from all chats are used up
        chat = Chat(runtime, f"many-{n}")
        await _up_to_code(chat, person)
        for _ in range(4):
            await chat.send(payload=RESEND)
    assert len(sender.sent) == 15  # otp.number_max_sends
    refused = await _up_to_code(Chat(runtime, "many-3"), person)
    assert text("id", "link_account.otp_limited.say", hours=2) in refused

    answers = runtime.engine._answer
    assert isinstance(answers, DataAnswers)
    await answers.participants.link_identity(person.id, "telegram", "owner-linked")
    asked = q.SendLinkOtp(person.id, channel="telegram", user_id="owner-linked", max_sends=15,
                          per_chat=5, numbers=3)  # fmt: skip
    owned = await answers(asked)  # the owner's linked chat (erasing the account): not held
    assert isinstance(owned, views.AccountOtp) and owned.ticket is not None
    stranger = q.SendLinkOtp(person.id, channel="telegram", user_id="fresh", max_sends=15,
                             per_chat=5, numbers=3)  # fmt: skip
    assert await answers(stranger) == OtpLimited(Limit.NUMBER)
    assert person.phone is not None
    wa_id = person.phone.removeprefix("+")  # WhatsApp's id of a chat is its number
    on_whatsapp = q.SendLinkOtp(person.id, channel="whatsapp", user_id=wa_id, max_sends=15,
                                per_chat=5, numbers=3)  # fmt: skip
    whatsapp = await answers(on_whatsapp)  # a WhatsApp chat from the very number on record
    assert isinstance(whatsapp, views.AccountOtp) and whatsapp.ticket is not None


def test_the_refusals_are_said_in_indonesian_and_english() -> None:
    for key, hours in (
        ("link_account.otp_asked_often.say", 2),
        ("link_account.otp_many_numbers.say", 24),
        ("data_deletion.otp_asked_often.say", 2),
        ("data_deletion.otp_many_numbers.say", 24),
    ):
        said = text("id", key, hours=hours), text("en", key, hours=hours)
        assert said[0] != said[1] and all(str(hours) in s for s in said)
    assert "akun" in text("id", "link_account.otp_many_numbers.say", hours=24)
    assert "hours" in text("en", "link_account.otp_asked_often.say", hours=2)
