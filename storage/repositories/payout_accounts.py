"""The payout account a participant linked for incentives (a bank account or an e-wallet), and
its verification.

The account number (or the e-wallet's phone) is written only as an AES-GCM ciphertext
(purpose ``account_number``, ``storage/crypto.py``); records carry the masked form
(``****7890`` for a bank account, ``0812****90`` for an e-wallet's phone), never the number.
Deleting a participant's data deletes the row (``deletion.DeletionRepository``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.crypto import PersonalDataCipher
from storage.db import NotFound
from storage.models import (
    PayoutAccount,
    PayoutFailure,
    PayoutKind,
    PayoutProvider,
    PayoutVerification,
    utcnow,
)
from storage.repositories._results import rowcount
from storage.repositories.participant_rows import normalise_phone

__all__ = [
    "PURPOSE",
    "PayoutAccountRecord",
    "PayoutAccountRepository",
    "mask_account",
    "sealed_account",
]

PURPOSE = "account_number"
"""The ciphertext's associated data (the column is ``account_number_ciphertext``)."""
_BANK_NUMBER = re.compile(r"\d{6,20}")


@dataclass(frozen=True, slots=True)
class PayoutAccountRecord:
    """What may be shown of a linked account: no number, only its masked form."""

    participant_id: int
    kind: str  # bank, ewallet
    provider: str  # bni, bca, ovo, gopay, dana, linkaja
    provider_label: str  # BNI, BCA, OVO, GoPay, DANA, LinkAja
    masked: str
    verification: str  # pending, verified, failed
    failure_reason: str | None  # name_mismatch, not_kyc, phone_mismatch, inactive
    linked_at: datetime
    updated_at: datetime


def mask_account(kind: PayoutKind, number: str) -> str:
    """``1234567890`` -> ``****7890`` (a bank account); ``+6281234567890`` -> ``0812****90``
    (an e-wallet's phone, as phones are shown elsewhere). Fixed widths: the length never shows."""
    if kind is PayoutKind.BANK:
        return "****" + number[-4:]
    local = "0" + number[3:] if number.startswith("+62") else number
    return f"{local[:4]}****{local[-2:]}"


def _number(kind: PayoutKind, number: str) -> str:
    """A bank account's digits, or an e-wallet's phone in E.164; ``ValueError`` otherwise."""
    if kind is PayoutKind.EWALLET:
        return normalise_phone(number)
    digits = re.sub(r"[\s.\-]+", "", number)
    if not _BANK_NUMBER.fullmatch(digits):
        raise ValueError("a bank account number has 6 to 20 digits")
    return digits


def _record(row: PayoutAccount) -> PayoutAccountRecord:
    return PayoutAccountRecord(
        participant_id=row.participant_id,
        kind=row.kind,
        provider=row.provider,
        provider_label=PayoutProvider(row.provider).label,
        masked=row.account_masked,
        verification=row.verification,
        failure_reason=row.failure_reason,
        linked_at=row.linked_at,
        updated_at=row.updated_at,
    )


def sealed_account(
    cipher: PersonalDataCipher,
    participant_id: int,
    provider: PayoutProvider,
    number: str,
    *,
    now: datetime,
) -> PayoutAccount:
    """A new, validated and encrypted row (pending verification), not yet added to a session."""
    kind = provider.kind
    plain = _number(kind, number)
    return PayoutAccount(
        participant_id=participant_id,
        kind=kind.value,
        provider=provider.value,
        account_number_ciphertext=cipher.encrypt(plain, context=PURPOSE),
        account_masked=mask_account(kind, plain),
        verification=PayoutVerification.PENDING.value,
        failure_reason=None,
        linked_at=now,
        updated_at=now,
    )


class PayoutAccountRepository:
    """Each public method is one unit of work (one transaction)."""

    def __init__(
        self, session_factory: async_sessionmaker[AsyncSession], cipher: PersonalDataCipher
    ) -> None:
        self._sessions = session_factory
        self._cipher = cipher

    async def of_participant(self, participant_id: int) -> PayoutAccountRecord | None:
        async with self._sessions() as session:
            row = await session.scalar(
                sa.select(PayoutAccount).where(PayoutAccount.participant_id == participant_id)
            )
        return None if row is None else _record(row)

    async def link(
        self,
        participant_id: int,
        provider: PayoutProvider,
        number: str,
        *,
        now: datetime | None = None,
    ) -> PayoutAccountRecord:
        """Link an account (replacing the one linked before), pending verification.
        ``ValueError`` for a number that is not one; ``NotFound`` without the participant."""
        row = sealed_account(self._cipher, participant_id, provider, number, now=now or utcnow())
        async with self._sessions() as session, session.begin():
            await session.execute(
                sa.delete(PayoutAccount).where(PayoutAccount.participant_id == participant_id)
            )
            session.add(row)
            try:
                await session.flush()
            except IntegrityError as exc:
                raise NotFound(f"participant {participant_id}") from exc
        return _record(row)

    async def set_verification(
        self,
        participant_id: int,
        verification: PayoutVerification,
        failure: PayoutFailure | None = None,
        *,
        now: datetime | None = None,
    ) -> None:
        """Record the check of the account: a failure needs its reason, a success none."""
        if (verification is PayoutVerification.FAILED) != (failure is not None):
            raise ValueError("a failed verification needs a reason, and only a failed one")
        async with self._sessions() as session, session.begin():
            result = await session.execute(
                sa.update(PayoutAccount)
                .where(PayoutAccount.participant_id == participant_id)
                .values(
                    verification=verification.value,
                    failure_reason=failure.value if failure is not None else None,
                    updated_at=now or utcnow(),
                )
            )
            if rowcount(result) == 0:
                raise NotFound(f"payout account of participant {participant_id}")

    async def number_of(self, participant_id: int) -> str | None:
        """The full number, decrypted (for the payout itself; never for a chat or a log)."""
        async with self._sessions() as session:
            sealed = await session.scalar(
                sa.select(PayoutAccount.account_number_ciphertext).where(
                    PayoutAccount.participant_id == participant_id
                )
            )
        return None if sealed is None else self._cipher.decrypt(sealed, context=PURPOSE)
