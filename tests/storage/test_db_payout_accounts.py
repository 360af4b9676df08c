"""Payout accounts (number encrypted, masked for display, verification with its reason), the
wave an applicant applied to, both as the chat reads them, and their erasure with the
participant's data; on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from bot.data import DataAnswers
from flows import queries as q
from storage.crypto import PersonalDataCipher
from storage.db import NotFound, create_engine
from storage.migrate import upgrade
from storage.models import (
    AuditLog,
    PayoutAccount,
    PayoutFailure,
    PayoutProvider,
    PayoutVerification,
    Wave,
)
from storage.repositories.deletion import DeletionRepository
from storage.repositories.participants import ParticipantRepository
from storage.repositories.payout_accounts import PURPOSE, PayoutAccountRepository
from tests.storage.conftest import Factory
from tests.storage.test_db_participants import NOW, _new

BANK_NUMBER = "0123456789"


async def _wave(factory: Factory, number: int, opens_days: int, closes_days: int) -> int:
    async with factory() as session, session.begin():
        wave = Wave(
            number=number,
            era="normal",
            opens_at=NOW + timedelta(days=opens_days),
            closes_at=NOW + timedelta(days=closes_days),
            quota=1000,
            status="open",
        )
        session.add(wave)
        await session.flush()
        return wave.id


async def test_a_linked_account_is_stored_encrypted_and_shown_masked(
    db_factory: Factory, cipher: PersonalDataCipher
) -> None:
    participant = await ParticipantRepository(db_factory, cipher).create(_new(), now=NOW)
    accounts = PayoutAccountRepository(db_factory, cipher)
    assert await accounts.of_participant(participant.id) is None

    linked = await accounts.link(participant.id, PayoutProvider.BNI, "012-345-6789", now=NOW)

    assert (linked.kind, linked.provider_label, linked.masked) == ("bank", "BNI", "****6789")
    assert linked.verification == "pending" and linked.failure_reason is None
    assert BANK_NUMBER not in repr(linked)
    async with db_factory() as session:
        row = (await session.scalars(sa.select(PayoutAccount))).one()
    assert BANK_NUMBER.encode() not in row.account_number_ciphertext
    assert cipher.decrypt(row.account_number_ciphertext, context=PURPOSE) == BANK_NUMBER
    assert await accounts.number_of(participant.id) == BANK_NUMBER


async def test_an_e_wallet_keeps_its_phone_and_linking_again_replaces_the_account(
    db_factory: Factory, cipher: PersonalDataCipher
) -> None:
    participant = await ParticipantRepository(db_factory, cipher).create(_new(), now=NOW)
    accounts = PayoutAccountRepository(db_factory, cipher)
    await accounts.link(participant.id, PayoutProvider.BCA, BANK_NUMBER, now=NOW)

    wallet = await accounts.link(participant.id, PayoutProvider.GOPAY, "0812-3456-7890", now=NOW)

    assert (wallet.kind, wallet.provider_label, wallet.masked) == ("ewallet", "GoPay", "0812****90")
    assert await accounts.number_of(participant.id) == "+6281234567890"
    async with db_factory() as session:
        assert await session.scalar(sa.select(sa.func.count(PayoutAccount.id))) == 1
    with pytest.raises(ValueError):
        await accounts.link(participant.id, PayoutProvider.BNI, "12ab", now=NOW)
    with pytest.raises(NotFound):
        await accounts.link(999, PayoutProvider.BNI, BANK_NUMBER, now=NOW)


async def test_a_failed_verification_keeps_its_reason(
    db_factory: Factory, cipher: PersonalDataCipher
) -> None:
    participant = await ParticipantRepository(db_factory, cipher).create(_new(), now=NOW)
    accounts = PayoutAccountRepository(db_factory, cipher)
    await accounts.link(participant.id, PayoutProvider.OVO, "081234567890", now=NOW)
    with pytest.raises(ValueError):
        await accounts.set_verification(participant.id, PayoutVerification.FAILED)

    later = NOW + timedelta(hours=3)
    failed = PayoutVerification.FAILED
    await accounts.set_verification(participant.id, failed, PayoutFailure.NOT_KYC, now=later)

    record = await accounts.of_participant(participant.id)
    assert record is not None and (record.verification, record.failure_reason) == (
        "failed",
        "not_kyc",
    )
    assert record.updated_at == later and record.linked_at == NOW
    with pytest.raises(NotFound):
        await accounts.set_verification(999, PayoutVerification.VERIFIED)


async def test_the_database_refuses_a_bank_kind_for_an_e_wallet(
    db_factory: Factory, cipher: PersonalDataCipher
) -> None:
    participant = await ParticipantRepository(db_factory, cipher).create(_new(), now=NOW)
    with pytest.raises(IntegrityError):
        async with db_factory() as session, session.begin():
            session.add(
                PayoutAccount(
                    participant_id=participant.id,
                    kind="bank",
                    provider="dana",
                    account_number_ciphertext=b"x",
                    account_masked="x",
                    verification="pending",
                    linked_at=NOW,
                    updated_at=NOW,
                )
            )


async def test_erasing_a_participant_deletes_their_payout_account(
    db_factory: Factory, cipher: PersonalDataCipher
) -> None:
    participant = await ParticipantRepository(db_factory, cipher).create(_new(), now=NOW)
    await PayoutAccountRepository(db_factory, cipher).link(
        participant.id, PayoutProvider.DANA, "081234567890", now=NOW
    )

    assert await DeletionRepository(db_factory).anonymise(participant.id, now=NOW)

    async with db_factory() as session:
        assert await session.scalar(sa.select(sa.func.count(PayoutAccount.id))) == 0
        detail = await session.scalar(
            sa.select(AuditLog.detail).where(AuditLog.action == "participant.anonymised")
        )
    assert detail is not None and detail["payout_accounts"] == 1


async def test_registering_while_a_wave_is_open_records_it_as_applied_to(
    db_factory: Factory, cipher: PersonalDataCipher
) -> None:
    participants = ParticipantRepository(db_factory, cipher)
    await _wave(db_factory, 71, -40, -30)
    open_id = await _wave(db_factory, 72, -2, 5)
    await _wave(db_factory, 73, 30, 40)

    during = await participants.create(_new(), now=NOW)
    after = await participants.create(_new("3273010508990004"), now=NOW + timedelta(days=10))

    assert await participants.applied_wave(during.id) == 72
    assert await participants.applied_wave(after.id) is None
    async with db_factory() as session:
        applied = await session.scalar(
            sa.select(sa.column("applied_wave_id"))
            .select_from(sa.table("participants"))
            .where(sa.column("id") == during.id)
        )
    assert applied == open_id


async def test_the_chat_reads_the_applied_wave_and_the_payout_account(
    db_factory: Factory, cipher: PersonalDataCipher
) -> None:
    await _wave(db_factory, 72, -2, 5)
    answers = DataAnswers(db_factory, cipher)
    participants = answers.participants
    applicant = await participants.create(_new(), now=NOW)
    await participants.link_identity(applicant.id, "telegram", "11")
    paid = await participants.create(_new("3273010508990004"), now=NOW)
    await participants.link_identity(paid.id, "telegram", "22")
    async with db_factory() as session, session.begin():
        await session.execute(
            sa.text("UPDATE participants SET status = 'completed' WHERE id = :id"), {"id": paid.id}
        )
    await participants.payout.link(paid.id, PayoutProvider.LINKAJA, "081234567890", now=NOW)

    applicant_view = await answers(q.ParticipantQuery("telegram", "11"))
    paid_view = await answers(q.ParticipantQuery("telegram", "22"))

    assert applicant_view.applied_wave == 72 and applicant_view.payout is None
    assert paid_view.payout is not None and paid_view.payout.provider_label == "LinkAja"
    assert paid_view.payout.masked == "0812****90"


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
async def test_upgrading_a_populated_sqlite_database_keeps_its_rows(db_url: str) -> None:
    """0014 adds ``applied_wave_id`` in place: a batch copy of ``participants`` would fail
    (payments RESTRICT its deletion) or unlink chats; the new key is enforced."""
    engine = create_engine(db_url)
    try:
        await upgrade(engine, "0013")
        async with engine.begin() as connection:
            for statement in (
                "INSERT INTO waves (id, number, era, opens_at, closes_at, quota, status) "
                "VALUES (1, 1, 'normal', '2024-01-01', '2024-01-05', 10, 'closed')",
                "INSERT INTO participants (id, language, notify_opt_in, status, balance, "
                "created_at, selected_wave_id) VALUES (1, 'id', 0, 'completed', 0, "
                "'2024-01-01', 1)",
                "INSERT INTO channel_identities (id, channel, user_id, participant_id, "
                "reachable, created_at) VALUES (1, 'telegram', '1', 1, 1, '2024-01-01')",
                "INSERT INTO incentive_payments (id, participant_id, sequence, scheduled_date, "
                "amount, status) VALUES (1, 1, 1, '2024-02-01', 600000, 'berhasil')",
            ):
                await connection.execute(sa.text(statement))

        await upgrade(engine)

        async with engine.connect() as connection:
            linked = await connection.scalar(
                sa.text("SELECT participant_id FROM channel_identities")
            )
            payments = await connection.scalar(sa.text("SELECT count(*) FROM incentive_payments"))
            checked = await connection.scalar(sa.text("PRAGMA integrity_check"))
        assert (linked, payments, checked) == (1, 1, "ok")
        with pytest.raises(IntegrityError):
            async with engine.begin() as connection:
                await connection.execute(sa.text("UPDATE participants SET applied_wave_id = 9"))
        async with engine.begin() as connection:
            await connection.execute(sa.text("UPDATE participants SET applied_wave_id = 1"))
            await connection.execute(sa.text("UPDATE participants SET selected_wave_id = NULL"))
            await connection.execute(sa.text("DELETE FROM waves"))
            applied = await connection.scalar(sa.text("SELECT applied_wave_id FROM participants"))
        assert applied is None  # ON DELETE SET NULL
    finally:
        await engine.dispose()
