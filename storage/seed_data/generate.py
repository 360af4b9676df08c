"""Generation of the demo programme (pure: rows in, rows out, no database access)."""

from __future__ import annotations

import functools
import random
import string
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone

from storage.crypto import PersonalDataCipher
from storage.models import (
    ChannelIdentity,
    ComplaintEvent,
    ComplaintStatus,
    ComplaintTicket,
    Course,
    CourseMode,
    Enrolment,
    EnrolmentStatus,
    Era,
    IncentivePayment,
    IncentiveStatus,
    Participant,
    ParticipantStatus,
    Platform,
    Provider,
    Wave,
    WaveStatus,
)
from storage.repositories.participant_rows import NewParticipant, encrypted_participant
from storage.seed_data import catalogue, complaints, people

__all__ = ["OPEN_WAVE_NUMBER", "WIB", "DemoGenerator", "Person"]

WIB = timezone(timedelta(hours=7), "WIB")
CONSENT_VERSION = "2024-10"
TRAINING_BALANCE = {Era.SEMI_BANSOS: 1_000_000, Era.NORMAL: 3_500_000}
INCENTIVE_PAYMENTS = {Era.SEMI_BANSOS: 4, Era.NORMAL: 1}
INCENTIVE_AMOUNT = 600_000
SEMI_BANSOS_WAVES = range(1, 48)
NORMAL_WAVES = range(48, 72)
OPEN_WAVE_NUMBER = 72
_CODE_ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "0O1I")

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


def _wib(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), WIB).astimezone(UTC)


@dataclass(slots=True)
class Person:
    row: Participant
    stage: str
    wave: Wave | None


class DemoGenerator:
    """Builds the demo rows from one ``random.Random``; no I/O. Methods must be called in the
    order ``storage.seed`` uses (each draws from the same random stream), and rows that refer
    to others need those flushed first (their ids)."""

    def __init__(self, rng: random.Random, cipher: PersonalDataCipher, now: datetime) -> None:
        self.rng = rng
        self.cipher = cipher
        self.now = now
        self.used_codes: set[str] = set()

    def platforms(self) -> list[Platform]:
        return [Platform(name=name, active=active) for name, active in catalogue.PLATFORMS]

    def providers(self) -> list[Provider]:
        return [
            Provider(name=name, kind=kind, city=city) for name, kind, city in catalogue.PROVIDERS
        ]

    # -- catalogue ----------------------------------------------------------------------------

    def courses(self, providers: Sequence[Provider], platforms: Sequence[Platform]) -> list[Course]:
        rng = self.rng
        modes = list(CourseMode)
        courses: list[Course] = []
        for category, topics in catalogue.TOPICS.items():
            for topic in topics:
                variants = rng.sample(catalogue.VARIANTS, 3)
                offered_by = rng.sample(list(providers), 3)
                for variant, provider in zip(variants, offered_by, strict=True):
                    index = len(courses)
                    mode = (
                        modes[index]
                        if index < len(modes)
                        else rng.choices(modes, weights=(35, 35, 15, 15))[0]
                    )
                    in_person = mode in (CourseMode.OFFLINE, CourseMode.HYBRID)
                    city = (provider.city or rng.choice(catalogue.CITIES)) if in_person else None
                    hours = rng.randint(20, 60) if in_person else rng.randint(15, 40)
                    price = rng.randrange(12 if in_person else 4, 61) * 25_000
                    where = f" di {city}" if city else ""
                    courses.append(
                        Course(
                            title=f"{topic}{variant}",
                            category=category,
                            mode=mode.value,
                            city=city,
                            price=price,
                            hours=hours,
                            rating=round(rng.uniform(3.5, 5.0), 1),
                            provider_id=provider.id,
                            platform_id=rng.choice(platforms).id,
                            description=(
                                f"Pelatihan {catalogue.MODE_LABELS[mode]} selama {hours} jam "
                                f"oleh {provider.name}{where}. Materi praktis bidang "
                                f"{category.lower()} untuk pencari kerja dan pelaku usaha; "
                                "sertifikat diberikan setelah semua sesi dan tes akhir selesai."
                            ),
                            active=True,
                        )
                    )
        return courses

    def waves(self) -> list[Wave]:
        rng = self.rng
        waves: list[Wave] = []
        for era, numbers, first, last, quota in (
            (Era.SEMI_BANSOS, SEMI_BANSOS_WAVES, date(2020, 4, 11), date(2022, 11, 25), 800),
            (Era.NORMAL, NORMAL_WAVES, date(2023, 2, 20), date(2024, 11, 25), 400),
        ):
            step = (last - first) / (len(numbers) - 1)
            for position, number in enumerate(numbers):
                inner = 0 < position < len(numbers) - 1
                jitter = timedelta(days=rng.randint(-2, 2) if inner else 0)
                opens = first + step * position + jitter
                closes_at = _wib(opens + timedelta(days=3), 23, 59)
                waves.append(
                    Wave(
                        number=number,
                        era=era.value,
                        opens_at=_wib(opens, 12),
                        closes_at=closes_at,
                        quota=rng.randint(40, quota) * 1_000,
                        status=WaveStatus.ANNOUNCED.value,
                        announced_at=closes_at + timedelta(days=3, hours=18),
                    )
                )
        today = self.now.astimezone(WIB).date()
        waves.append(
            Wave(
                number=OPEN_WAVE_NUMBER,
                era=Era.NORMAL.value,
                opens_at=_wib(today - timedelta(days=1), 12),
                closes_at=_wib(today + timedelta(days=2), 23, 59),
                quota=rng.randint(100, 400) * 1_000,
                status=WaveStatus.OPEN.value,
                announced_at=None,
            )
        )
        return waves

    # -- participants ---------------------------------------------------------------------------

    def participants(self, waves: Sequence[Wave]) -> list[Person]:
        rng = self.rng
        by_number = {wave.number: wave for wave in waves}
        persons: list[Person] = []
        niks: set[str] = set()
        phones: set[str] = set()
        kks: list[tuple[str, str]] = []  # (kk, region) per participant
        for stage, count in STAGES:
            for _ in range(count):
                index = len(persons)
                wave = self._wave_for(stage, by_number, index)
                reference = wave.opens_at if wave is not None else self.now
                female = rng.random() < 0.5
                first = rng.choice(people.FEMALE_NAMES if female else people.MALE_NAMES)
                family = rng.choice(people.FAMILY_NAMES)
                age_days = rng.randint(18 * 365 + 5, 42 * 365)
                born = reference.date() - timedelta(days=age_days)
                if index in SIBLINGS:
                    kk, region = kks[SIBLINGS[index]]
                else:
                    region = rng.choice(people.REGIONS)[0]
                    kk = self._kk(region)
                kks.append((kk, region))
                nik = self.unique(niks, functools.partial(self._nik, region, born, female))
                phone = self.unique(phones, self._phone)
                created = reference - timedelta(
                    days=rng.randint(3, 90), minutes=rng.randint(0, 1439)
                )
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
                row = encrypted_participant(self.cipher, new, now=created)
                self._apply_stage(row, stage, wave)
                persons.append(Person(row, stage, wave))
        return persons

    def _wave_for(self, stage: str, by_number: dict[int, Wave], index: int) -> Wave | None:
        rng = self.rng
        if stage == "registered":
            return None
        if stage == "applied":
            return by_number[OPEN_WAVE_NUMBER]
        if stage == "selected":
            return by_number[NORMAL_WAVES[-1]]
        if stage in ("incentive_paid", "incentive_failed") and index % 2 == 0:
            return by_number[rng.choice(SEMI_BANSOS_WAVES)]
        return by_number[rng.choice(NORMAL_WAVES[:-1])]

    def _apply_stage(self, row: Participant, stage: str, wave: Wave | None) -> None:
        statuses = {
            "registered": ParticipantStatus.REGISTERED,
            "applied": ParticipantStatus.APPLIED,
            "not_selected": ParticipantStatus.NOT_SELECTED,
            "selected": ParticipantStatus.SELECTED,
            "enrolled": ParticipantStatus.ENROLLED,
            "revoked": ParticipantStatus.REVOKED,
        }
        row.status = statuses.get(stage, ParticipantStatus.COMPLETED).value
        if wave is None or stage in ("applied", "not_selected"):
            return
        row.selected_wave_id = wave.id
        era = Era(wave.era)
        row.balance = 0 if stage == "revoked" else TRAINING_BALANCE[era]
        if stage == "selected":
            days = self.rng.randint(2, 14)
            row.purchase_deadline = _wib(self.now.astimezone(WIB).date() + timedelta(days), 23, 59)
        else:
            assert wave.announced_at is not None
            window = 30 if era is Era.SEMI_BANSOS else 15
            row.purchase_deadline = wave.announced_at + timedelta(days=window)

    def unique(self, used: set[str], make: Callable[[], str]) -> str:
        while True:
            value = str(make())
            if value not in used:
                used.add(value)
                return value

    def _nik(self, region: str, born: date, female: bool) -> str:
        district = self.rng.randint(1, 20)
        day = born.day + (40 if female else 0)
        serial = self.rng.randint(1, 2999)
        return f"{region}{district:02d}{day:02d}{born.month:02d}{born.year % 100:02d}{serial:04d}"

    def _kk(self, region: str) -> str:
        issued = date(2005, 1, 1) + timedelta(days=self.rng.randint(0, 5400))
        district = self.rng.randint(1, 20)
        serial = self.rng.randint(1, 9999)
        return f"{region}{district:02d}{issued:%d%m%y}{serial:04d}"

    def _phone(self) -> str:
        prefix = self.rng.choice(people.MOBILE_PREFIXES)
        digits = "".join(self.rng.choices(string.digits, k=self.rng.choice((7, 8))))
        return f"+62{prefix}{digits}"

    def identities(self, persons: Sequence[Person]) -> list[ChannelIdentity]:
        rng = self.rng
        identities: list[ChannelIdentity] = []
        for person in persons:
            if rng.random() >= 0.6:
                continue
            channel = rng.choice(("telegram", "whatsapp", "webchat"))
            if channel == "telegram":
                user_id = str(rng.randint(10**8, 7 * 10**9))
            elif channel == "whatsapp":
                user_id = self.cipher.decrypt(person.row.phone_ciphertext or b"", context="phone")
                user_id = user_id.removeprefix("+")
            else:
                user_id = f"web-{rng.getrandbits(64):016x}"
            last_inbound = self.now - timedelta(minutes=rng.randint(5, 60 * 24 * 30))
            identities.append(
                ChannelIdentity(
                    channel=channel,
                    user_id=user_id,
                    participant_id=person.row.id,
                    reachable=rng.random() < 0.9,
                    last_inbound_at=last_inbound,
                    created_at=min(person.row.created_at + timedelta(days=1), last_inbound),
                )
            )
        return identities

    # -- training and incentives ----------------------------------------------------------------

    def _code(self, length: int) -> str:
        while True:
            code = "".join(self.rng.choices(_CODE_ALPHABET, k=length))
            if code not in self.used_codes:
                self.used_codes.add(code)
                return code

    def training(
        self, persons: Sequence[Person], courses: Sequence[Course]
    ) -> tuple[list[Enrolment], list[IncentivePayment]]:
        rng = self.rng
        enrolments: list[Enrolment] = []
        payments: list[IncentivePayment] = []
        trained = ("enrolled", "incentive_paid", "incentive_pending", "incentive_failed")
        for person in persons:
            if person.stage not in trained or person.wave is None:
                continue
            assert person.wave.announced_at is not None
            era = Era(person.wave.era)
            done = person.stage != "enrolled"
            affordable = [c for c in courses if c.price <= person.row.balance]
            purchased = person.wave.announced_at + timedelta(
                days=rng.randint(1, 12), minutes=rng.randint(0, 600)
            )
            completed: datetime | None = None
            for number in range(rng.randint(1, 2) if era is Era.NORMAL else 1):
                picks = [c for c in affordable if c.price <= person.row.balance]
                if not picks:
                    break
                course = rng.choice(picks)
                person.row.balance -= course.price
                bought = purchased + timedelta(days=number * rng.randint(2, 10))
                finished = bought + timedelta(days=rng.randint(3, 20)) if done else None
                completed = completed or finished
                status = (
                    EnrolmentStatus.RATED
                    if done
                    else rng.choice((EnrolmentStatus.PURCHASED, EnrolmentStatus.REDEEMED))
                )
                enrolments.append(
                    Enrolment(
                        participant_id=person.row.id,
                        course_id=course.id,
                        voucher_code=self._code(12),
                        redeem_code=self._code(8),
                        status=status.value,
                        price_paid=course.price,
                        purchased_at=bought,
                        completed_at=finished,
                        rating=rng.randint(3, 5) if done else None,
                    )
                )
            if done and completed is not None:
                payments += self._payments(person, era, completed)
        return enrolments, payments

    def _payments(self, person: Person, era: Era, completed: datetime) -> list[IncentivePayment]:
        rng = self.rng
        count = INCENTIVE_PAYMENTS[era]
        first = (completed + timedelta(days=rng.randint(5, 10))).date()
        channels = [name for name, since in people.PAYOUT_CHANNELS if since <= first.year]
        channel = rng.choice(channels)
        pending = (
            IncentiveStatus.WAITING,
            IncentiveStatus.PROCESSING,
            IncentiveStatus.CHECKING,
            IncentiveStatus.NOT_PROCESSED,
        )
        payments: list[IncentivePayment] = []
        for sequence in range(1, count + 1):
            scheduled = first + timedelta(days=30 * (sequence - 1))
            last = sequence == count
            status = IncentiveStatus.PAID
            reason = None
            if last and person.stage == "incentive_failed":
                status = IncentiveStatus.FAILED
                reason = rng.choice(people.FAILURE_REASONS)
            elif last and person.stage == "incentive_pending":
                status = rng.choice(pending)
            paid_at = (
                _wib(scheduled + timedelta(days=rng.randint(3, 5)), 10)
                if status is IncentiveStatus.PAID
                else None
            )
            payments.append(
                IncentivePayment(
                    participant_id=person.row.id,
                    sequence=sequence,
                    scheduled_date=scheduled,
                    amount=INCENTIVE_AMOUNT,
                    status=status.value,
                    payout_channel=channel,
                    failure_reason=reason,
                    paid_at=paid_at,
                )
            )
        return payments

    # -- complaints (storage/seed_data/complaints.py) ---------------------------------------------

    def complaint_tickets(
        self, persons: Sequence[Person], identities: Sequence[ChannelIdentity]
    ) -> list[tuple[ComplaintTicket, ComplaintStatus]]:
        return complaints.make_tickets(self, persons, identities)

    def complaint_events(
        self, tickets: Sequence[tuple[ComplaintTicket, ComplaintStatus]], agents: Sequence[str]
    ) -> list[ComplaintEvent]:
        return complaints.make_events(self, tickets, agents)
