"""The demo programme's payout accounts and applicants' waves: most participants past selection
have an account, consistent with where their incentives went; applicants wait for the open
wave they applied to."""

from __future__ import annotations

import sqlalchemy as sa

from storage.crypto import PersonalDataCipher
from storage.models import IncentivePayment, Participant, PayoutAccount, PayoutProvider, Wave
from storage.seed_data.people import FAILURE_REASONS
from storage.seed_data.programme import OPEN_WAVE_NUMBER
from tests.storage.conftest import SECRET, Factory, SeededDatabase

PAST_SELECTION = ("selected", "enrolled", "completed")


async def test_most_participants_past_selection_have_a_payout_account(
    seeded_factory: Factory, seeded: SeededDatabase
) -> None:
    async with seeded_factory() as session:
        participants = (await session.scalars(sa.select(Participant))).all()
        accounts = {a.participant_id: a for a in (await session.scalars(sa.select(PayoutAccount)))}
    past = [p for p in participants if p.status in PAST_SELECTION]
    assert len(accounts) >= 0.75 * len(past) and seeded.summary.payout_accounts == len(accounts)
    assert {participant.status for participant in participants if participant.id in accounts} <= {
        *PAST_SELECTION
    }
    assert {a.verification for a in accounts.values()} == {"verified", "pending", "failed"}
    cipher = PersonalDataCipher(SECRET)
    for account in accounts.values():
        number = cipher.decrypt(account.account_number_ciphertext, context="account_number")
        assert account.account_masked.endswith(
            number[-4:] if account.kind == "bank" else number[-2:]
        )
        assert number not in account.account_masked


async def test_accounts_match_where_the_incentives_went(seeded_factory: Factory) -> None:
    async with seeded_factory() as session:
        payments = (
            await session.scalars(sa.select(IncentivePayment).order_by(IncentivePayment.sequence))
        ).all()
        accounts = {a.participant_id: a for a in (await session.scalars(sa.select(PayoutAccount)))}
    last = {payment.participant_id: payment for payment in payments}
    assert last and set(last) <= set(accounts)
    for participant_id, payment in last.items():
        account = accounts[participant_id]
        assert PayoutProvider(account.provider).label == payment.payout_channel
        failed = payment.status == "gagal" and payment.failure_reason in FAILURE_REASONS
        assert (account.verification == "failed") == failed, payment
    failures = {a.failure_reason for a in accounts.values() if a.failure_reason}
    assert len(failures) >= 2


async def test_applicants_have_the_open_wave_they_applied_to(seeded_factory: Factory) -> None:
    async with seeded_factory() as session:
        rows = (
            await session.execute(
                sa.select(Participant.status, Wave.number).outerjoin(
                    Wave, Wave.id == Participant.applied_wave_id
                )
            )
        ).all()
    applied = {number for status, number in rows if status == "applied"}
    assert applied == {OPEN_WAVE_NUMBER}
    assert all(number is None for status, number in rows if status == "registered")
    assert all(number is not None for status, number in rows if status == "not_selected")
