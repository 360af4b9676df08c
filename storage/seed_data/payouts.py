"""The payout accounts of most participants past selection: the bank or e-wallet their
incentives went to (verified; failed, for the reason their last payment failed, when it did),
and for those not paid yet one linked by most (a few still pending or failed verification; the
first selected and the first enrolled one have linked none yet).
Revoked participants have none.

A function of the ``DemoGenerator``: it draws from its random stream after every other kind of
row, so adding it changed none of theirs."""

from __future__ import annotations

import string
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from storage.models import (
    IncentivePayment,
    PayoutAccount,
    PayoutFailure,
    PayoutKind,
    PayoutProvider,
    PayoutVerification,
)
from storage.repositories.payout_accounts import sealed_account
from storage.seed_data import identifiers, people
from storage.seed_data.participants import Person

if TYPE_CHECKING:
    from storage.seed_data.generate import DemoGenerator

#: ``people.FAILURE_REASONS`` (a payment's) -> the account's verification failure.
FAILURES = dict(
    zip(
        people.FAILURE_REASONS,
        (
            PayoutFailure.NAME_MISMATCH,
            PayoutFailure.NOT_KYC,
            PayoutFailure.PHONE_MISMATCH,
            PayoutFailure.INACTIVE,
        ),
        strict=True,
    )
)
_UNPAID = ("selected", "enrolled")
_FAILED = PayoutVerification.FAILED
_LINKED_SHARE = 0.75
"""Of the selected and enrolled participants, how many linked an account already."""


def make_payout_accounts(
    gen: DemoGenerator, persons: Sequence[Person], payments: Sequence[IncentivePayment]
) -> list[PayoutAccount]:
    """An account per paid participant (the channel of their payments), and for about three in
    four of the selected and enrolled ones."""
    last_payment = {payment.participant_id: payment for payment in payments}  # in order
    accounts: list[PayoutAccount] = []
    unlinked: set[str] = set()  # the first selected and enrolled ones have none yet
    for person in persons:
        if person.wave is None or person.wave.announced_at is None:
            continue
        if person.stage in _UNPAID and person.stage not in unlinked:
            unlinked.add(person.stage)
            continue
        paid = last_payment.get(person.row.id)
        if paid is not None and paid.payout_channel:
            provider = PayoutProvider.from_label(paid.payout_channel)
            reason = FAILURES.get(paid.failure_reason or "")
            verification = _FAILED if reason is not None else PayoutVerification.VERIFIED
        elif person.stage in _UNPAID and gen.rng.random() < _LINKED_SHARE:
            provider = PayoutProvider.from_label(gen.rng.choice(_open_channels(gen.now)))
            verification, reason = _unpaid_check(gen, provider)
        else:
            continue
        linked = min(person.wave.announced_at + timedelta(days=gen.rng.randint(1, 4)), gen.now)
        account = sealed_account(
            gen.cipher,
            person.row.id,
            provider,
            _number(gen, person, provider, reason),
            now=linked,
        )
        account.verification = verification.value
        account.failure_reason = reason.value if reason is not None else None
        account.updated_at = min(linked + timedelta(hours=gen.rng.randint(1, 48)), gen.now)
        accounts.append(account)
    return accounts


def _open_channels(now: datetime) -> list[str]:
    return [name for name, since in people.PAYOUT_CHANNELS if since <= now.year]


def _unpaid_check(
    gen: DemoGenerator, provider: PayoutProvider
) -> tuple[PayoutVerification, PayoutFailure | None]:
    """Mostly verified; some pending; a few failed, for a reason that fits the provider."""
    draw = gen.rng.random()
    if draw < 0.6:
        return PayoutVerification.VERIFIED, None
    if draw < 0.8:
        return PayoutVerification.PENDING, None
    reasons = [FAILURES[text] for text in people.failure_reasons(provider.label)]
    return _FAILED, gen.rng.choice(reasons)


def _number(
    gen: DemoGenerator, person: Person, provider: PayoutProvider, reason: PayoutFailure | None
) -> str:
    """A bank account number, or the e-wallet's phone: the registered one, unless the
    failure is that it is another."""
    if provider.kind is PayoutKind.BANK:
        return "".join(gen.rng.choices(string.digits, k=10))
    if reason is PayoutFailure.PHONE_MISMATCH:
        return identifiers.make_phone(gen)
    return gen.cipher.decrypt(person.row.phone_ciphertext or b"", context="phone")
