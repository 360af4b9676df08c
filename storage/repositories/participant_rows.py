"""What a participant row is: validated identifiers, the records handed out (personal fields
left out of ``repr``, and so of logs) and the encrypted row written for a new participant.

NIK, KK, phone and email are stored only as AES-GCM ciphertexts plus keyed blind indexes
(``storage/crypto.py``). ``participants.ParticipantRepository`` reads and writes these rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

import phonenumbers
from stdnum.exceptions import ValidationError
from stdnum.id import nik as stdnum_nik

from storage.crypto import PersonalDataCipher, mask_nik, normalise_identifier
from storage.models import Gender, Participant, ParticipantStatus, utcnow


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
