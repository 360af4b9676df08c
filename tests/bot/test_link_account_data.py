"""The data layer's answers for linking an account, on the seeded demo database."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import sqlalchemy as sa

from bot.data import DataAnswers
from bot.otp import DevelopmentOtpSender, mask_phone
from bot.runtime import Runtime
from flows import queries as q
from flows import views
from storage.db import create_session_factory
from storage.models import AuditLog, Participant
from storage.repositories.participants import ParticipantRecord, ParticipantRepository

UNKNOWN_NIK = "3273014505010003"


async def _selected(runtime: Runtime) -> ParticipantRecord:
    factory = create_session_factory(runtime.database)
    async with factory() as session:
        first = await session.scalar(
            sa.select(Participant.id).where(Participant.status == "selected").limit(1)
        )
    record = await ParticipantRepository(factory, runtime.cipher).get(int(first or 0))
    assert record is not None and record.nik and record.date_of_birth and record.phone
    return record


def _answers(runtime: Runtime) -> DataAnswers:
    answers = runtime.engine._answer
    assert isinstance(answers, DataAnswers)
    return answers


async def _failures(runtime: Runtime) -> int:
    factory = create_session_factory(runtime.database)
    async with factory() as session:
        count = await session.scalar(
            sa.select(sa.func.count(AuditLog.id)).where(AuditLog.action == "link.failed")
        )
    return int(count or 0)


def test_the_phone_is_shown_as_its_first_four_and_last_two_digits() -> None:
    assert mask_phone("+6281234567890") == "0812****90"
    assert mask_phone("+628123456789") == "0812****89"  # the length does not show
    assert mask_phone("+447911123456") == "+447****56"
    assert mask_phone("+62812") == "****"


async def test_an_unknown_nik_and_a_wrong_date_of_birth_are_answered_alike(
    runtime: Runtime,
) -> None:
    answers, person = _answers(runtime), await _selected(runtime)
    assert person.nik is not None and person.date_of_birth is not None
    wrong_dob = await answers(
        q.FindAccount("webchat", "a", person.nik, person.date_of_birth - timedelta(days=1))
    )
    unknown = await answers(q.FindAccount("webchat", "a", UNKNOWN_NIK, date(2001, 5, 5)))
    assert wrong_dob == unknown == views.AccountMatch("mismatch")
    assert await _failures(runtime) == 2
    right = await answers(q.FindAccount("webchat", "a", person.nik, person.date_of_birth))
    assert right == views.AccountMatch("matched", person.id)


async def test_failures_lock_the_chat_that_made_them_never_the_nik(runtime: Runtime) -> None:
    # Regression: failures were counted per NIK across chats, so whoever knew a NIK could
    # lock its owner out from a few chats.
    answers, person = _answers(runtime), await _selected(runtime)
    assert person.nik is not None and person.date_of_birth is not None
    right = person.date_of_birth
    wrong = right.replace(year=right.year - 1)
    for _ in range(3):  # one chat guessing the date of birth
        found = await answers(q.FindAccount("webchat", "a", person.nik, wrong))
        assert found.outcome == "mismatch"
    assert await answers(q.FindAccount("webchat", "a", person.nik, right)) == views.AccountMatch(
        "locked"
    )
    for n in range(3):  # one chat trying many NIKs
        nik = f"32730145050100{n + 10}"
        assert (await answers(q.FindAccount("webchat", "b", nik, date(2001, 5, 5)))).outcome == (
            "mismatch"
        )
    assert (await answers(q.FindAccount("webchat", "b", person.nik, right))).outcome == "locked"
    for chat in "cdefghij":  # many chats failing on the owner's NIK
        await answers(q.FindAccount("webchat", chat, person.nik, wrong))
    owner = await answers(q.FindAccount("telegram", "owner", person.nik, right))
    assert owner == views.AccountMatch("matched", person.id)
    async with create_session_factory(runtime.database)() as session, session.begin():
        await session.execute(
            sa.update(AuditLog)
            .where(AuditLog.action == "link.failed")
            .values(at=datetime.now(UTC) - timedelta(hours=3))
        )
    found = await answers(q.FindAccount("webchat", "a", person.nik, right))
    assert found.outcome == "matched"  # the failures are older than the 2-hour window


async def test_erasing_a_chats_data_keeps_its_recent_failures_and_drops_the_rest(
    runtime: Runtime,
) -> None:
    answers = _answers(runtime)
    for _ in range(3):
        await answers(q.FindAccount("webchat", "eraser", UNKNOWN_NIK, date(2001, 5, 5)))
    await answers(q.RecordDeletion("webchat", "eraser"))
    found = await answers(q.FindAccount("webchat", "eraser", UNKNOWN_NIK, date(2001, 5, 5)))
    assert found.outcome == "locked"  # erasing is no way around the lock-out
    assert await _failures(runtime) == 3
    async with create_session_factory(runtime.database)() as session, session.begin():
        await session.execute(
            sa.update(AuditLog)
            .where(AuditLog.action == "link.failed")
            .values(at=datetime.now(UTC) - timedelta(hours=3))
        )
    await answers(q.RecordDeletion("webchat", "eraser"))
    assert await _failures(runtime) == 0


async def test_the_code_goes_to_the_phone_on_record_and_only_a_hint_comes_back(
    runtime: Runtime,
) -> None:
    answers, person = _answers(runtime), await _selected(runtime)
    sender = DevelopmentOtpSender(echo=False)
    answers.otp_sender = sender
    sent = await answers(q.SendAccountOtp(person.id))
    assert isinstance(sent, views.AccountOtp) and sent.ticket is not None
    assert person.phone is not None and list(sender.last_codes) == [person.phone]
    assert sent.phone_hint == mask_phone(person.phone) and person.phone not in repr(sent)
    nobody = await answers(q.SendAccountOtp(999_999))
    assert nobody == views.AccountOtp(None, "")


async def test_linking_and_the_saved_language_come_back_with_the_participant(
    runtime: Runtime,
) -> None:
    answers, person = _answers(runtime), await _selected(runtime)
    assert await answers(q.SetLanguage("webchat", "w-9", "en")) is False  # not linked yet
    await answers(q.LinkAccount("webchat", "w-9", person.id))
    assert await answers(q.SetLanguage("webchat", "w-9", "en")) is True
    view = await answers(q.ParticipantQuery("webchat", "w-9"))
    assert isinstance(view, views.ParticipantView) and (view.id, view.language) == (
        person.id, "en"
    )  # fmt: skip
