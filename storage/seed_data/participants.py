"""Demo participants: how many of each stage, and the encrypted row of each, advanced to it.

Functions of the ``DemoGenerator``: they draw from its random stream, in the order
``storage.seed`` calls them."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING

from storage.models import Era, Participant, ParticipantStatus, Wave
from storage.repositories.participant_rows import NewParticipant, encrypted_participant
from storage.seed_data import identifiers, people
from storage.seed_data.programme import (
    NORMAL_WAVES,
    OPEN_WAVE_NUMBER,
    SEMI_BANSOS_WAVES,
    TRAINING_BALANCE,
    WIB,
    wib_at,
)

if TYPE_CHECKING:
    from storage.seed_data.generate import DemoGenerator

CONSENT_VERSION = "2024-10"

#: (stage, how many participants).
STAGES: tuple[tuple[str, int], ...] = (
    ("registered", 10),
    ("applied", 6),
    ("not_selected", 4),
    ("selected", 8),
    ("enrolled", 10),
    ("incentive_paid", 12),
    ("incentive_pending", 4),
    ("incentive_failed", 8),
    ("revoked", 2),
)
#: participant index -> index of the sibling whose family card (KK) they share.
SIBLINGS = {1: 0, 21: 20, 41: 40}


@dataclass(slots=True)
class Person:
    """A participant row with the stage it was advanced to and its wave (None: registered)."""

    row: Participant
    stage: str
    wave: Wave | None


def make_participants(gen: DemoGenerator, waves: Sequence[Wave]) -> list[Person]:
    """The participants of ``STAGES`` in order, with unique NIKs and phones; the (flushed)
    ``waves`` give each its wave and the dates around it."""
    rng = gen.rng
    by_number = {wave.number: wave for wave in waves}
    persons: list[Person] = []
    niks: set[str] = set()
    phones: set[str] = set()
    kks: list[tuple[str, str]] = []  # (kk, region) per participant
    for stage, count in STAGES:
        for _ in range(count):
            index = len(persons)
            wave = _wave_for(gen, stage, by_number, index)
            reference = wave.opens_at if wave is not None else gen.now
            female = rng.random() < 0.5
            first = rng.choice(people.FEMALE_NAMES if female else people.MALE_NAMES)
            family = rng.choice(people.FAMILY_NAMES)
            age_days = rng.randint(18 * 365 + 5, 42 * 365)
            born = reference.date() - timedelta(days=age_days)
            if index in SIBLINGS:
                kk, region = kks[SIBLINGS[index]]
            else:
                region = rng.choice(people.REGIONS)[0]
                kk = identifiers.make_kk(gen, region)
            kks.append((kk, region))
            nik = gen.unique(
                niks, functools.partial(identifiers.make_nik, gen, region, born, female)
            )
            phone = gen.unique(phones, functools.partial(identifiers.make_phone, gen))
            created = reference - timedelta(days=rng.randint(3, 90), minutes=rng.randint(0, 1439))
            new = NewParticipant(
                nik=nik,
                name=f"{first} {family}",
                date_of_birth=born,
                gender="F" if female else "M",
                kk=kk,
                phone=phone,
                email=f"{first}.{family}{rng.randint(1, 99)}@example.com".lower(),
                language="en" if rng.random() < 0.1 else "id",
                consent_version=CONSENT_VERSION,
                consent_at=created,
                notify_opt_in=rng.random() < 0.7,
            )
            row = encrypted_participant(gen.cipher, new, now=created)
            _apply_stage(gen, row, stage, wave)
            persons.append(Person(row, stage, wave))
    return persons


def _wave_for(
    gen: DemoGenerator, stage: str, by_number: dict[int, Wave], index: int
) -> Wave | None:
    """The wave a participant of ``stage`` applied to: none, the open one, the latest
    announced one, or a random earlier one (every other paid or failed one semi-bansos)."""
    rng = gen.rng
    if stage == "registered":
        return None
    if stage == "applied":
        return by_number[OPEN_WAVE_NUMBER]
    if stage == "selected":
        return by_number[NORMAL_WAVES[-1]]
    if stage in ("incentive_paid", "incentive_failed") and index % 2 == 0:
        return by_number[rng.choice(SEMI_BANSOS_WAVES)]
    return by_number[rng.choice(NORMAL_WAVES[:-1])]


def _apply_stage(gen: DemoGenerator, row: Participant, stage: str, wave: Wave | None) -> None:
    """Status, the wave applied to (and selected in), training balance and purchase deadline
    of ``stage``."""
    statuses = {
        "registered": ParticipantStatus.REGISTERED,
        "applied": ParticipantStatus.APPLIED,
        "not_selected": ParticipantStatus.NOT_SELECTED,
        "selected": ParticipantStatus.SELECTED,
        "enrolled": ParticipantStatus.ENROLLED,
        "revoked": ParticipantStatus.REVOKED,
    }
    row.status = statuses.get(stage, ParticipantStatus.COMPLETED).value
    if wave is None:
        return
    row.applied_wave_id = wave.id
    if stage in ("applied", "not_selected"):
        return
    row.selected_wave_id = wave.id
    era = Era(wave.era)
    row.balance = 0 if stage == "revoked" else TRAINING_BALANCE[era]
    if stage == "selected":
        days = gen.rng.randint(2, 14)
        row.purchase_deadline = wib_at(gen.now.astimezone(WIB).date() + timedelta(days), 23, 59)
    else:
        assert wave.announced_at is not None
        window = 30 if era is Era.SEMI_BANSOS else 15
        row.purchase_deadline = wave.announced_at + timedelta(days=window)
