"""The bank account or e-wallet a participant linked for their incentives (DOMAIN.md: BNI or
BCA, or OVO, GoPay, DANA, LinkAja; in the participant's own name, an e-wallet upgraded (KYC) and
on the registered phone), and whether the programme could verify it."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from storage.models.base import Base, BigIntId, UTCDateTime, one_of, utcnow

__all__ = [
    "BANK_PROVIDERS",
    "PayoutAccount",
    "PayoutFailure",
    "PayoutKind",
    "PayoutProvider",
    "PayoutVerification",
]


class PayoutKind(StrEnum):
    BANK = "bank"
    EWALLET = "ewallet"


class PayoutProvider(StrEnum):
    """The providers; ``label`` is the name ``incentive_payments.payout_channel`` uses."""

    BNI = "bni"
    BCA = "bca"
    OVO = "ovo"
    GOPAY = "gopay"
    DANA = "dana"
    LINKAJA = "linkaja"

    @property
    def label(self) -> str:
        return _LABELS[self]

    @property
    def kind(self) -> PayoutKind:
        return PayoutKind.BANK if self in BANK_PROVIDERS else PayoutKind.EWALLET

    @classmethod
    def from_label(cls, label: str) -> PayoutProvider:
        """``"GoPay"`` (a ``payout_channel``) -> ``GOPAY``; ``ValueError`` if unknown."""
        return cls(label.strip().lower().replace(" ", ""))


_LABELS = {
    PayoutProvider.BNI: "BNI",
    PayoutProvider.BCA: "BCA",
    PayoutProvider.OVO: "OVO",
    PayoutProvider.GOPAY: "GoPay",
    PayoutProvider.DANA: "DANA",
    PayoutProvider.LINKAJA: "LinkAja",
}
BANK_PROVIDERS = frozenset({PayoutProvider.BNI, PayoutProvider.BCA})


class PayoutVerification(StrEnum):
    PENDING = "pending"  # linked, the holder's name and NIK not checked yet
    VERIFIED = "verified"
    FAILED = "failed"  # ``failure_reason`` says why


class PayoutFailure(StrEnum):
    NAME_MISMATCH = "name_mismatch"  # the holder's name or NIK is not the participant's
    NOT_KYC = "not_kyc"  # e-wallet not upgraded (KYC / premium)
    PHONE_MISMATCH = "phone_mismatch"  # e-wallet on another phone than the registered one
    INACTIVE = "inactive"  # account closed or dormant


_BANKS = ", ".join(f"'{provider.value}'" for provider in sorted(BANK_PROVIDERS))


class PayoutAccount(Base):
    """One linked account per participant (linking another replaces it). The account number
    (a bank account, or the e-wallet's phone in E.164) is stored only encrypted
    (``account_number_ciphertext``, purpose ``account_number``); ``account_masked`` is the form
    shown (``****7890``, ``0812****90``)."""

    __tablename__ = "payout_accounts"
    __table_args__ = (
        sa.CheckConstraint(one_of("kind", PayoutKind), name="kind"),
        sa.CheckConstraint(one_of("provider", PayoutProvider), name="provider"),
        sa.CheckConstraint(f"(kind = 'bank') = (provider IN ({_BANKS}))", name="kind_of_provider"),
        sa.CheckConstraint(one_of("verification", PayoutVerification), name="verification"),
        sa.CheckConstraint(
            f"failure_reason IS NULL OR {one_of('failure_reason', PayoutFailure)}",
            name="failure_reason",
        ),
        sa.CheckConstraint(
            "(verification = 'failed') = (failure_reason IS NOT NULL)",
            name="failure_reason_when_failed",
        ),
    )

    id: Mapped[int] = mapped_column(BigIntId, primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        BigIntId, sa.ForeignKey("participants.id", ondelete="CASCADE"), unique=True
    )
    kind: Mapped[str] = mapped_column(sa.String(10))
    provider: Mapped[str] = mapped_column(sa.String(10))
    account_number_ciphertext: Mapped[bytes] = mapped_column(sa.LargeBinary)
    account_masked: Mapped[str] = mapped_column(sa.String(20))
    verification: Mapped[str] = mapped_column(
        sa.String(10), default=PayoutVerification.PENDING.value
    )
    failure_reason: Mapped[str | None] = mapped_column(sa.String(20))
    linked_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
