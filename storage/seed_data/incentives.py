"""Incentive payments of a participant who finished training: four in the semi-bansos era,
one in the normal era, the last one pending or failed for those stages.

A function of the ``DemoGenerator``: it draws from its random stream, in the order
``storage.seed`` calls it (through ``training.make_training``)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from storage.models import Era, IncentivePayment, IncentiveStatus
from storage.seed_data import people
from storage.seed_data.participants import Person
from storage.seed_data.programme import INCENTIVE_AMOUNT, INCENTIVE_PAYMENTS, wib_at

if TYPE_CHECKING:
    from storage.seed_data.generate import DemoGenerator


def make_payments(
    gen: DemoGenerator, person: Person, era: Era, completed: datetime
) -> list[IncentivePayment]:
    """Monthly payments from a few days after ``completed``, all through one payout channel
    that existed by then."""
    rng = gen.rng
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
            reason = rng.choice(people.failure_reasons(channel))
        elif last and person.stage == "incentive_pending":
            status = rng.choice(pending)
        paid_at = (
            wib_at(scheduled + timedelta(days=rng.randint(3, 5)), 10)
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
