"""The deterministic demo programme: minimums, stages, determinism, idempotency, speed."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
import sqlalchemy as sa
from argon2 import PasswordHasher
from stdnum.id import nik as stdnum_nik

from storage.crypto import PersonalDataCipher
from storage.models import (
    ComplaintTicket,
    Course,
    Enrolment,
    IncentivePayment,
    Participant,
    StaffUser,
    Wave,
)
from storage.repositories.participants import ParticipantRepository
from storage.repositories.waves import WaveRepository
from storage.seed import DEMO_STAFF, count_rows, is_empty, seed_demo
from storage.seed_data.people import FAILURE_REASONS, failure_reasons
from tests.storage.conftest import (
    NOW,
    SECRET,
    Factory,
    SeededDatabase,
    SeededDatabases,
    fingerprint,
)
from tests.support.services import require_postgres


def test_counts_meet_the_minimums(seeded: SeededDatabase) -> None:
    counts = seeded.summary
    assert counts.seeded
    assert counts.platforms >= 8
    assert counts.providers >= 40
    assert counts.courses >= 300
    assert counts.categories >= 12
    assert counts.participants >= 50
    assert counts.staff_users >= 3
    assert counts.complaint_tickets >= 10
    assert counts.waves == 72


def test_seeding_sqlite_takes_less_than_five_seconds(seeded_databases: SeededDatabases) -> None:
    assert seeded_databases.get("sqlite").seconds < 5


async def test_catalogue_covers_every_mode_within_the_programme_rules(
    seeded_factory: Factory,
) -> None:
    async with seeded_factory() as session:
        courses = (await session.scalars(sa.select(Course))).all()
    assert {c.mode for c in courses} == {"webinar", "self_paced", "offline", "hybrid"}
    for course in courses:
        assert 100_000 <= course.price <= 1_500_000
        assert course.hours >= 15
        assert course.rating is not None and 3.5 <= course.rating <= 5.0
        assert (course.city is not None) == (course.mode in ("offline", "hybrid"))


async def test_waves_of_both_eras_and_one_open_now(seeded_factory: Factory) -> None:
    async with seeded_factory() as session:
        waves = (await session.scalars(sa.select(Wave).order_by(Wave.number))).all()
    by_era = {
        era: [w for w in waves if w.era == era and w.number != 72]
        for era in ("semi_bansos", "normal")
    }
    assert [w.number for w in by_era["semi_bansos"]] == list(range(1, 48))
    assert {w.opens_at.year for w in by_era["semi_bansos"]} == {2020, 2021, 2022}
    assert [w.number for w in by_era["normal"]] == list(range(48, 72))
    assert {w.opens_at.year for w in by_era["normal"]} == {2023, 2024}
    open_wave = await WaveRepository(seeded_factory).open_wave(NOW)
    assert open_wave is not None and open_wave.number == 72 and open_wave.era == "normal"
    assert open_wave.opens_at <= NOW < open_wave.closes_at


async def test_participants_at_every_stage(seeded_factory: Factory) -> None:
    async with seeded_factory() as session:
        participants = (await session.scalars(sa.select(Participant))).all()
        enrolments = (await session.scalars(sa.select(Enrolment))).all()
        payments = (await session.scalars(sa.select(IncentivePayment))).all()
    statuses = {p.status for p in participants}
    assert {"registered", "selected", "enrolled", "completed"} <= statuses
    selected = [p for p in participants if p.status == "selected"]
    assert selected and all(p.balance == 3_500_000 for p in selected)
    assert all(p.purchase_deadline is not None and p.purchase_deadline > NOW for p in selected)
    enrolled_ids = {p.id for p in participants if p.status == "enrolled"}
    assert enrolled_ids <= {e.participant_id for e in enrolments}
    assert all(e.voucher_code and e.redeem_code for e in enrolments)
    assert {p.status for p in payments} == {
        "berhasil",
        "gagal",
        "menunggu_diproses",
        "sedang_diproses",
        "dalam_pengecekan",
        "belum_diproses",
    } or {"berhasil", "gagal"} <= {p.status for p in payments}
    failed = [p for p in payments if p.status == "gagal"]
    assert failed and all(p.failure_reason in FAILURE_REASONS for p in failed)
    for payment in failed:  # a bank account has no e-wallet upgrade nor an e-wallet's number
        assert payment.failure_reason in failure_reasons(payment.payout_channel or ""), payment
    assert failure_reasons("BNI") != FAILURE_REASONS
    assert all(p.failure_reason is None for p in payments if p.status != "gagal")


async def test_sample_niks_are_structurally_valid(seeded_factory: Factory) -> None:
    repository = ParticipantRepository(seeded_factory, PersonalDataCipher(SECRET))
    async with seeded_factory() as session:
        ids = (await session.scalars(sa.select(Participant.id))).all()
    family_cards: dict[str, int] = {}
    for participant_id in ids:
        record = await repository.get(participant_id)
        assert record is not None and record.nik is not None and record.kk is not None
        assert stdnum_nik.is_valid(record.nik), record.masked_nik
        assert record.nik[-4:] != "0000"
        born = record.date_of_birth
        assert born is not None
        day, month, year = int(record.nik[6:8]), int(record.nik[8:10]), int(record.nik[10:12])
        assert (day % 40, month, year) == (born.day, born.month, born.year % 100)
        assert (day > 40) == (record.gender == "F")
        assert record.region_code == record.nik[:4]
        assert record.phone is not None and re.fullmatch(r"\+628\d{9,11}", record.phone)
        family_cards[record.kk] = family_cards.get(record.kk, 0) + 1
    assert max(family_cards.values()) == 2  # some siblings share a KK, never more than two


async def test_staff_have_argon2_hashes_of_the_demo_passwords(seeded_factory: Factory) -> None:
    async with seeded_factory() as session:
        staff = {s.username: s for s in (await session.scalars(sa.select(StaffUser))).all()}
    assert set(staff) == {username for username, _, _ in DEMO_STAFF}
    assert all(user.password_hash.startswith("$argon2id$") for user in staff.values())
    assert len({user.password_hash for user in staff.values()}) == len(staff)
    assert PasswordHasher().verify(staff["agent1"].password_hash, "demo-agent1")


async def test_complaint_tickets_have_quotable_references(seeded_factory: Factory) -> None:
    async with seeded_factory() as session:
        references = (await session.scalars(sa.select(ComplaintTicket.reference))).all()
    assert references and all(re.fullmatch(r"PRK-\d{8}", r) for r in references)


async def test_seeding_is_deterministic_and_idempotent(
    db_factory: Factory, seeded_databases: SeededDatabases, backend: str
) -> None:
    cipher = PersonalDataCipher(SECRET)
    assert await is_empty(db_factory)

    first = await seed_demo(db_factory, cipher, seed=2020, now=NOW)
    assert await fingerprint(db_factory, cipher) == seeded_databases.get(backend).fingerprint

    again = await seed_demo(db_factory, cipher, now=datetime(2026, 1, 1, tzinfo=UTC))
    assert not await is_empty(db_factory)
    assert first.seeded and not again.seeded
    assert first.as_dict() == again.as_dict() == (await count_rows(db_factory)).as_dict()
    assert await fingerprint(db_factory, cipher) == seeded_databases.get(backend).fingerprint


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
async def test_another_seed_gives_other_data(
    db_factory: Factory, seeded_databases: SeededDatabases
) -> None:
    cipher = PersonalDataCipher(SECRET)
    other = await seed_demo(db_factory, cipher, seed=7, now=NOW)
    assert other.courses >= 300 and other.participants >= 50
    assert await fingerprint(db_factory, cipher) != seeded_databases.get("sqlite").fingerprint


def test_both_backends_hold_the_same_demo_data(seeded_databases: SeededDatabases) -> None:
    require_postgres()
    sqlite = seeded_databases.get("sqlite")
    postgres = seeded_databases.get("postgres")
    assert sqlite.summary == postgres.summary
    assert sqlite.fingerprint == postgres.fingerprint
