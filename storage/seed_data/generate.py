"""Generation of the demo programme (pure: rows in, rows out, no database access).

``DemoGenerator`` is the entry point ``storage.seed`` uses; each kind of row is made by its own
module of this package (``courses``, ``waves``, ``participants``, ``identities``, ``training``,
``complaints``, ``payouts``), to which the generator's methods delegate.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from datetime import datetime

from storage.crypto import PersonalDataCipher
from storage.models import (
    ChannelIdentity,
    ComplaintEvent,
    ComplaintStatus,
    ComplaintTicket,
    Course,
    Enrolment,
    IncentivePayment,
    PayoutAccount,
    Platform,
    Provider,
    Wave,
)
from storage.seed_data import complaints
from storage.seed_data.courses import make_courses, make_platforms, make_providers
from storage.seed_data.identities import make_identities
from storage.seed_data.participants import Person, make_participants
from storage.seed_data.payouts import make_payout_accounts
from storage.seed_data.programme import OPEN_WAVE_NUMBER, WIB
from storage.seed_data.training import make_training
from storage.seed_data.waves import make_waves

__all__ = ["OPEN_WAVE_NUMBER", "WIB", "DemoGenerator", "Person"]


class DemoGenerator:
    """Builds the demo rows from one ``random.Random``; no I/O. Methods must be called in the
    order ``storage.seed`` uses (each draws from the same random stream), and rows that refer
    to others need those flushed first (their ids)."""

    def __init__(self, rng: random.Random, cipher: PersonalDataCipher, now: datetime) -> None:
        self.rng = rng
        self.cipher = cipher
        self.now = now
        self.used_codes: set[str] = set()

    def unique(self, used: set[str], make: Callable[[], str]) -> str:
        """``make()`` until it returns a value not in ``used``; records and returns it."""
        while True:
            value = str(make())
            if value not in used:
                used.add(value)
                return value

    # -- catalogue (storage/seed_data/courses.py, waves.py) ---------------------------------------

    def platforms(self) -> list[Platform]:
        return make_platforms()

    def providers(self) -> list[Provider]:
        return make_providers()

    def courses(self, providers: Sequence[Provider], platforms: Sequence[Platform]) -> list[Course]:
        return make_courses(self, providers, platforms)

    def waves(self) -> list[Wave]:
        return make_waves(self)

    # -- participants (storage/seed_data/participants.py, identities.py) --------------------------

    def participants(self, waves: Sequence[Wave]) -> list[Person]:
        return make_participants(self, waves)

    def identities(self, persons: Sequence[Person]) -> list[ChannelIdentity]:
        return make_identities(self, persons)

    # -- training and incentives (storage/seed_data/training.py, incentives.py) -------------------

    def training(
        self, persons: Sequence[Person], courses: Sequence[Course]
    ) -> tuple[list[Enrolment], list[IncentivePayment]]:
        return make_training(self, persons, courses)

    def payout_accounts(
        self, persons: Sequence[Person], payments: Sequence[IncentivePayment]
    ) -> list[PayoutAccount]:
        """Drawn last (after the complaints): storage/seed_data/payouts.py."""
        return make_payout_accounts(self, persons, payments)

    # -- complaints (storage/seed_data/complaints.py) ---------------------------------------------

    def complaint_tickets(
        self, persons: Sequence[Person], identities: Sequence[ChannelIdentity]
    ) -> list[tuple[ComplaintTicket, ComplaintStatus]]:
        return complaints.make_tickets(self, persons, identities)

    def complaint_events(
        self, tickets: Sequence[tuple[ComplaintTicket, ComplaintStatus]], agents: Sequence[str]
    ) -> list[ComplaintEvent]:
        return complaints.make_events(self, tickets, agents)
