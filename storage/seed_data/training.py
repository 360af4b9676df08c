"""Course purchases of the trained participants (vouchers and redeem codes), and the incentive
payments of those who finished.

A function of the ``DemoGenerator``: it draws from its random stream, in the order
``storage.seed`` calls it."""

from __future__ import annotations

import string
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from storage.models import Course, Enrolment, EnrolmentStatus, Era, IncentivePayment
from storage.seed_data import incentives
from storage.seed_data.participants import Person

if TYPE_CHECKING:
    from storage.seed_data.generate import DemoGenerator

_RATED_AFTER = timedelta(days=1)
"""Rated the day after finishing (the certificate shows about 1 working day after the report)."""
_CODE_ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "0O1I")


def _code(gen: DemoGenerator, length: int) -> str:
    """A voucher or redeem code not handed out before (no 0/O or 1/I to misread)."""
    while True:
        code = "".join(gen.rng.choices(_CODE_ALPHABET, k=length))
        if code not in gen.used_codes:
            gen.used_codes.add(code)
            return code


def make_training(
    gen: DemoGenerator, persons: Sequence[Person], courses: Sequence[Course]
) -> tuple[list[Enrolment], list[IncentivePayment]]:
    """Enrolments within each (flushed) participant's balance (up to two in the normal era),
    and the payments of those whose training is done."""
    rng = gen.rng
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
                    voucher_code=_code(gen, 12),
                    redeem_code=_code(gen, 8),
                    status=status.value,
                    price_paid=course.price,
                    purchased_at=bought,
                    completed_at=finished,
                    rating=rng.randint(3, 5) if done else None,
                    rated_at=finished + _RATED_AFTER if finished else None,
                )
            )
        if done and completed is not None:
            payments += incentives.make_payments(gen, person, era, completed)
    return enrolments, payments
