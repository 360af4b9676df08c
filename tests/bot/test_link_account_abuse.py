"""Linking abused from many chats (a fresh chat costs nothing): the SMS sent to a participant's
phone are limited per participant, and one chat's failures do not lock the owner out."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import sqlalchemy as sa

from bot.data import DataAnswers
from bot.otp import OtpDeliveryFailed
from bot.runtime import Runtime
from flows import Inbound, Outbound, views
from flows import queries as q
from flows.responses import text
from storage.db import create_session_factory
from storage.models import Participant
from storage.repositories.participants import ParticipantRecord, ParticipantRepository


class CountingSender:
    """The development sender's job without the log: remembers every code, per phone."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, str]] = []

    async def send(self, phone: str, code: str) -> None:
        self.sent.append((phone, code))


class Chat:
    def __init__(self, runtime: Runtime, user: str) -> None:
        self.runtime, self.user, self.number = runtime, user, 0

    async def send(self, **message: str) -> str:
        self.number += 1
        inbound = Inbound("webchat", self.user, f"m{self.number}", **message)
        return _said(await self.runtime.engine.handle(inbound))


def _said(replies: list[Outbound]) -> str:
    return "\n".join([r.text for r in replies] + [b.title for r in replies for b in r.buttons])


async def _selected(runtime: Runtime, *, born_after: date = date(1900, 1, 1)) -> ParticipantRecord:
    factory = create_session_factory(runtime.database)
    async with factory() as session:
        first = await session.scalar(
            sa.select(Participant.id)
            .where(Participant.status == "selected", Participant.date_of_birth > born_after)
            .order_by(Participant.id)
            .limit(1)
        )
    record = await ParticipantRepository(factory, runtime.cipher).get(int(first or 0))
    assert record is not None and record.nik and record.date_of_birth and record.phone
    return record


def _sender(runtime: Runtime) -> CountingSender:
    answers = runtime.engine._answer
    assert isinstance(answers, DataAnswers)
    sender = CountingSender()
    answers.otp_sender = sender
    return sender


async def _up_to_code(chat: Chat, person: ParticipantRecord, dob: str = "") -> str:
    assert person.nik and person.date_of_birth
    await chat.send(payload="flow:link_account")
    await chat.send(text=person.nik)
    return await chat.send(text=dob or person.date_of_birth.strftime("%d-%m-%Y"))


async def test_seventeen_fresh_chats_get_15_codes_sent_to_one_phone(runtime: Runtime) -> None:
    person, sender = await _selected(runtime), _sender(runtime)
    replies = [await _up_to_code(Chat(runtime, f"spam-{n}"), person) for n in range(17)]
    assert [phone for phone, _ in sender.sent] == [person.phone] * 15  # otp.number_max_sends
    limited = text("id", "link_account.otp_limited.say", hours=2)
    assert all("****" in reply and limited not in reply for reply in replies[:15])
    assert all(limited in reply and "Hubungi petugas" in reply for reply in replies[15:])


async def test_the_owner_is_not_locked_out_by_another_chat_failing(runtime: Runtime) -> None:
    person, sender = await _selected(runtime), _sender(runtime)
    attacker = Chat(runtime, "attacker")
    for _ in range(3):
        await _up_to_code(attacker, person)
        for _ in range(5):
            ended = await attacker.send(text="000000")
    assert text("id", "link_account.locked.say", hours=2) in ended  # that chat is locked
    assert "2 jam" in await attacker.send(payload="flow:link_account")

    owner = Chat(runtime, "owner")
    assert "****" in await _up_to_code(owner, person)  # a code went to the phone on record
    linked = await owner.send(text=sender.sent[-1][1])
    assert text("id", "link_account.linked.say") in linked


async def test_many_chats_failing_on_a_nik_do_not_lock_its_owner_out(runtime: Runtime) -> None:
    # Regression: 10 failures on one NIK from all chats locked it for everybody for 2 hours.
    person = await _selected(runtime, born_after=date(1999, 12, 31))
    sender = _sender(runtime)
    assert person.date_of_birth is not None
    born = person.date_of_birth
    wrong = f"{born:%d-%m}-{born.year - 100}"  # what the NIK allows but the record does not
    for n in range(4):  # 12 failures: each chat is locked after its third
        chat = Chat(runtime, f"guess-{n}")
        for _ in range(3):
            guessed = await _up_to_code(chat, person, wrong)
        assert text("id", "link_account.locked.say", hours=2) in guessed
    assert not sender.sent
    owner = Chat(runtime, "owner")
    assert "****" in await _up_to_code(owner, person)  # a code went to the phone on record
    assert text("id", "link_account.linked.say") in await owner.send(text=sender.sent[-1][1])


class DownSender:
    async def send(self, phone: str, code: str) -> None:
        raise OtpDeliveryFailed("gateway down")


async def test_a_code_the_gateway_could_not_send_does_not_count(runtime: Runtime) -> None:
    person, answers = await _selected(runtime), runtime.engine._answer
    assert isinstance(answers, DataAnswers)
    answers.otp_sender = DownSender()
    for _ in range(6):
        failed = await answers(q.SendLinkOtp(person.id, channel="webchat", max_sends=5))
        assert isinstance(failed, views.AccountOtp) and failed.ticket is None
    since = datetime.now(UTC) - timedelta(hours=2)
    assert await answers.link_sends.sent_since(person.id, since) == 0
    answers.otp_sender = CountingSender()
    sent = await answers(q.SendLinkOtp(person.id, channel="webchat", max_sends=5))
    assert isinstance(sent, views.AccountOtp) and sent.ticket is not None
    assert await answers(q.SendLinkOtp(999_999, channel="webchat")) == views.AccountOtp(None, "")


async def test_seventeen_fresh_registrations_get_15_codes_sent_to_one_typed_number(
    runtime: Runtime,
) -> None:
    # A number typed at registration belongs to nobody yet: it is counted by its blind index,
    # so fresh chats cannot flood someone else's phone either.
    sender = _sender(runtime)
    replies = []
    for n in range(17):
        chat = Chat(runtime, f"flood-{n}")
        await chat.send(text="daftar")
        await chat.send(payload="opt:yes")
        await chat.send(text="Siti Rahmawati")
        await chat.send(text=f"32730145050190{n:02d}")
        await chat.send(text="3273010101150001")
        await chat.send(text="5 mei 2001")
        replies.append(await chat.send(text="0812-9876-5499"))
    assert [phone for phone, _ in sender.sent] == ["+6281298765499"] * 15  # number_max_sends
    blocked = text("id", "registration.otp_limited.say", hours=2)
    assert all("Kode OTP sudah aku kirim" in reply for reply in replies[:15])
    assert all(blocked in reply for reply in replies[15:])
