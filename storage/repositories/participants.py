"""Participants and channel identities, with their personal data encrypted.

NIK, KK, phone and email are written only as AES-GCM ciphertexts plus keyed blind indexes
(``storage/crypto.py``); lookups by NIK or KK compare indexes, never plaintext. Records handed
out are decrypted dataclasses whose personal fields are left out of ``repr`` (and so of logs).
Erasing a participant's data on request is ``deletion.DeletionRepository``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import phonenumbers
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from stdnum.exceptions import ValidationError
from stdnum.id import nik as stdnum_nik

from storage.crypto import PersonalDataCipher, mask_nik, normalise_identifier
from storage.db import AlreadyExists, NotFound
from storage.models import (
    AuditLog,
    ChannelIdentity,
    Conversation,
    Gender,
    Participant,
    ParticipantStatus,
    utcnow,
)
from storage.repositories._results import rowcount

__all__ = [
    "NewParticipant",
    "ParticipantRecord",
    "ParticipantRepository",
    "encrypted_participant",
    "normalise_phone",
    "validate_nik",
]

LINKED = "participant.linked"  # audit action: a chat identity linked to an existing account
LINK_FAILED = "link.failed"  # audit action: a failed link check, subject nik:<blind index>


def validate_nik(nik: str) -> str:
    """The NIK as 16 digits, or ``ValueError``: known region, real date, serial not 0000."""
    digits = normalise_identifier(nik)
    try:
        stdnum_nik.validate(digits)
    except ValidationError:
        raise ValueError("not a valid NIK") from None
    if digits.endswith("0000"):
        raise ValueError("not a valid NIK: serial 0000")
    return digits


def normalise_phone(phone: str) -> str:
    """An Indonesian (or international) phone number in E.164, or ``ValueError``."""
    try:
        parsed = phonenumbers.parse(phone, "ID")
    except phonenumbers.NumberParseException:
        raise ValueError("not a phone number") from None
    if not phonenumbers.is_valid_number(parsed):
        raise ValueError("not a valid phone number")
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


@dataclass(frozen=True, slots=True)
class NewParticipant:
    nik: str = field(repr=False)
    name: str = field(repr=False)
    date_of_birth: date = field(repr=False)
    gender: str
    kk: str | None = field(default=None, repr=False)
    phone: str | None = field(default=None, repr=False)
    email: str | None = field(default=None, repr=False)
    region_code: str | None = None  # defaults to the NIK's province + regency
    language: str = "id"
    consent_version: str | None = None
    consent_at: datetime | None = None
    notify_opt_in: bool = False


@dataclass(frozen=True, slots=True)
class ParticipantRecord:
    id: int
    status: str
    nik: str | None = field(repr=False)
    kk: str | None = field(repr=False)
    name: str | None = field(repr=False)
    date_of_birth: date | None = field(repr=False)
    gender: str | None
    phone: str | None = field(repr=False)
    email: str | None = field(repr=False)
    region_code: str | None
    language: str
    consent_at: datetime | None
    consent_version: str | None
    notify_opt_in: bool
    balance: int
    selected_wave_id: int | None
    purchase_deadline: datetime | None
    created_at: datetime
    deleted_at: datetime | None

    @property
    def masked_nik(self) -> str | None:
        return None if self.nik is None else mask_nik(self.nik)


def _seal(
    cipher: PersonalDataCipher, value: str | None, purpose: str
) -> tuple[bytes | None, str | None]:
    if value is None:
        return None, None
    return cipher.encrypt(value, context=purpose), cipher.blind_index(value, purpose)


def encrypted_participant(
    cipher: PersonalDataCipher, new: NewParticipant, *, now: datetime | None = None
) -> Participant:
    """A validated, encrypted ``Participant`` row, not yet added to a session."""
    nik = validate_nik(new.nik)
    kk = normalise_identifier(new.kk) if new.kk is not None else None
    if kk is not None and (len(kk) != 16 or not kk.isdigit()):
        raise ValueError("a KK number has 16 digits")
    phone = normalise_phone(new.phone) if new.phone is not None else None
    email = new.email.strip().lower() if new.email is not None else None
    Gender(new.gender)
    nik_ciphertext, nik_index = _seal(cipher, nik, "nik")
    kk_ciphertext, kk_index = _seal(cipher, kk, "kk")
    phone_ciphertext, phone_index = _seal(cipher, phone, "phone")
    email_ciphertext, email_index = _seal(cipher, email, "email")
    return Participant(
        nik_ciphertext=nik_ciphertext,
        nik_index=nik_index,
        kk_ciphertext=kk_ciphertext,
        kk_index=kk_index,
        name=new.name,
        date_of_birth=new.date_of_birth,
        gender=new.gender,
        phone_ciphertext=phone_ciphertext,
        phone_index=phone_index,
        email_ciphertext=email_ciphertext,
        email_index=email_index,
        region_code=new.region_code or nik[:4],
        language=new.language,
        consent_at=new.consent_at,
        consent_version=new.consent_version,
        notify_opt_in=new.notify_opt_in,
        status=ParticipantStatus.REGISTERED.value,
        balance=0,
        created_at=now or utcnow(),
    )


def _identity_insert(session: AsyncSession) -> Any:
    return postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert


async def _link(session: AsyncSession, participant_id: int, channel: str, user_id: str) -> None:
    """Inside the caller's unit: identity row upserted to the participant, conversation too."""
    if await session.get(Participant, participant_id) is None:
        raise NotFound(f"participant {participant_id}")
    insert = _identity_insert(session)
    statement = insert(ChannelIdentity).values(
        channel=channel,
        user_id=user_id,
        participant_id=participant_id,
        reachable=True,
        created_at=utcnow(),
    )
    await session.execute(
        statement.on_conflict_do_update(
            index_elements=[ChannelIdentity.channel, ChannelIdentity.user_id],
            set_={"participant_id": participant_id},
        )
    )
    await session.execute(
        sa.update(Conversation)
        .where(Conversation.channel == channel, Conversation.user_id == user_id)
        .values(participant_id=participant_id)
    )


class ParticipantRepository:
    """Each public method is one unit of work (one transaction)."""

    def __init__(
        self, session_factory: async_sessionmaker[AsyncSession], cipher: PersonalDataCipher
    ) -> None:
        self._sessions = session_factory
        self._cipher = cipher

    # -- encryption helpers ------------------------------------------------------------------

    def _open(self, value: bytes | None, purpose: str) -> str | None:
        return None if value is None else self._cipher.decrypt(value, context=purpose)

    def _record(self, row: Participant) -> ParticipantRecord:
        return ParticipantRecord(
            id=row.id,
            status=row.status,
            nik=self._open(row.nik_ciphertext, "nik"),
            kk=self._open(row.kk_ciphertext, "kk"),
            name=row.name,
            date_of_birth=row.date_of_birth,
            gender=row.gender,
            phone=self._open(row.phone_ciphertext, "phone"),
            email=self._open(row.email_ciphertext, "email"),
            region_code=row.region_code,
            language=row.language,
            consent_at=row.consent_at,
            consent_version=row.consent_version,
            notify_opt_in=row.notify_opt_in,
            balance=row.balance,
            selected_wave_id=row.selected_wave_id,
            purchase_deadline=row.purchase_deadline,
            created_at=row.created_at,
            deleted_at=row.deleted_at,
        )

    # -- reads ------------------------------------------------------------------------------

    async def _one(self, query: sa.Select[Any]) -> ParticipantRecord | None:
        async with self._sessions() as session:
            row = (await session.scalars(query.limit(1))).first()
        return None if row is None else self._record(row)

    async def get(self, participant_id: int) -> ParticipantRecord | None:
        return await self._one(sa.select(Participant).where(Participant.id == participant_id))

    async def find_by_nik(self, nik: str) -> ParticipantRecord | None:
        index = self._cipher.blind_index(nik, "nik")
        return await self._one(sa.select(Participant).where(Participant.nik_index == index))

    async def find_by_identity(self, channel: str, user_id: str) -> ParticipantRecord | None:
        return await self._one(
            sa.select(Participant)
            .join(ChannelIdentity, ChannelIdentity.participant_id == Participant.id)
            .where(ChannelIdentity.channel == channel, ChannelIdentity.user_id == user_id)
        )

    async def count_in_kk(self, kk: str) -> int:
        """Participants (not anonymised) registered with this family card (the 2-per-KK rule)."""
        index = self._cipher.blind_index(kk, "kk")
        async with self._sessions() as session:
            count = await session.scalar(
                sa.select(sa.func.count(Participant.id)).where(Participant.kk_index == index)
            )
        return int(count or 0)

    # -- writes -----------------------------------------------------------------------------

    async def create(
        self, new: NewParticipant, *, now: datetime | None = None
    ) -> ParticipantRecord:
        """Register a participant; ``AlreadyExists`` if the NIK is already registered."""
        row = encrypted_participant(self._cipher, new, now=now)
        try:
            async with self._sessions() as session, session.begin():
                session.add(row)
                await session.flush()
                session.add(
                    AuditLog(
                        actor="assistant",
                        action="participant.created",
                        subject=f"participant:{row.id}",
                        detail=None,
                        at=row.created_at,
                    )
                )
        except IntegrityError as exc:
            raise AlreadyExists("a participant with this NIK is already registered") from exc
        return self._record(row)

    async def record_consent(
        self, participant_id: int, version: str, *, at: datetime | None = None
    ) -> None:
        async with self._sessions() as session, session.begin():
            result = await session.execute(
                sa.update(Participant)
                .where(Participant.id == participant_id)
                .values(consent_at=at or utcnow(), consent_version=version)
            )
            if rowcount(result) == 0:
                raise NotFound(f"participant {participant_id}")

    async def link_identity(self, participant_id: int, channel: str, user_id: str) -> None:
        """Attach a channel identity (and its conversation, if any) to a participant."""
        async with self._sessions() as session, session.begin():
            await _link(session, participant_id, channel, user_id)

    async def link_verified(
        self, participant_id: int, channel: str, user_id: str, *, now: datetime | None = None
    ) -> None:
        """Link an identity that proved it owns the account (NIK, date of birth, phone OTP), and
        audit-log the link in the same transaction."""
        async with self._sessions() as session, session.begin():
            await _link(session, participant_id, channel, user_id)
            session.add(
                AuditLog(
                    actor=f"{channel}:user",
                    action=LINKED,
                    subject=f"participant:{participant_id}",
                    detail={"channel": channel, "verified_by": "nik+dob+sms_otp"},
                    at=now or utcnow(),
                )
            )

    def _attempt_subject(self, nik: str) -> str:
        return f"nik:{self._cipher.blind_index(nik, 'nik')}"

    async def link_failures(self, nik: str, since: datetime) -> int:
        """Failed link checks against this NIK (registered or not) since ``since``."""
        async with self._sessions() as session:
            count = await session.scalar(
                sa.select(sa.func.count(AuditLog.id)).where(
                    AuditLog.subject == self._attempt_subject(nik),
                    AuditLog.action == LINK_FAILED,
                    AuditLog.at >= since,
                )
            )
        return int(count or 0)

    async def record_link_failure(
        self, nik: str, channel: str, step: str, *, now: datetime | None = None
    ) -> None:
        """Audit-log a failed link check (``step``: data, otp) against the NIK's blind index,
        whether or not such a participant exists (so a count reveals nothing)."""
        async with self._sessions() as session, session.begin():
            session.add(
                AuditLog(
                    actor=f"{channel}:user",
                    action=LINK_FAILED,
                    subject=self._attempt_subject(nik),
                    detail={"channel": channel, "step": step},
                    at=now or utcnow(),
                )
            )

    async def set_language_of_identity(self, channel: str, user_id: str, language: str) -> bool:
        """Save ``language`` on the participant linked to this identity; False if none is."""
        async with self._sessions() as session, session.begin():
            linked = (
                sa.select(ChannelIdentity.participant_id)
                .where(ChannelIdentity.channel == channel, ChannelIdentity.user_id == user_id)
                .scalar_subquery()
            )
            result = await session.execute(
                sa.update(Participant)
                .where(Participant.id == linked, Participant.deleted_at.is_(None))
                .values(language=language)
            )
        return rowcount(result) > 0

    async def _upsert_identity(self, channel: str, user_id: str, values: dict[str, Any]) -> None:
        async with self._sessions() as session, session.begin():
            insert = _identity_insert(session)
            statement = insert(ChannelIdentity).values(
                channel=channel, user_id=user_id, created_at=utcnow(), **values
            )
            await session.execute(
                statement.on_conflict_do_update(
                    index_elements=[ChannelIdentity.channel, ChannelIdentity.user_id], set_=values
                )
            )

    async def set_reachable(self, channel: str, user_id: str, reachable: bool) -> None:
        """Mark whether messages can be delivered to this identity (blocked bot, no number)."""
        await self._upsert_identity(channel, user_id, {"reachable": reachable})

    async def record_inbound(self, channel: str, user_id: str, at: datetime) -> None:
        """The identity wrote to us at ``at`` (opens WhatsApp's 24-hour reply window)."""
        await self._upsert_identity(channel, user_id, {"reachable": True, "last_inbound_at": at})
