"""Validators of the registration questions (typed answers, NLU entities when present)."""

from __future__ import annotations

import hashlib
import hmac
import re
from datetime import date

from flows import validators as check
from flows.date_answers import birth_date
from flows.registration_help import forgotten_number, lacking
from flows.result import Invalid, Result, Valid
from flows.runtime import controls
from flows.runtime.machine import Slots
from flows.turn import FlowContext, Message

OTP = "_otp"


def yes_no(message: Message, _: Slots, __: FlowContext) -> Result:
    answer = controls.answer_yes_no(message)
    return None if answer is None else Valid("yes" if answer else "no")


_WHY = re.compile(
    r"\b(?:kenapa|knp|napa|mengapa|buat apa|untuk apa|utk apa|why|what for)\b|\bharus\b.*\?"
)


def consent(message: Message, slots: Slots, ctx: FlowContext) -> Result:
    """Yes or no; "kenapa harus setuju?" is told why (nothing is recorded without it)."""
    if message.payload is None and _WHY.search((message.text or "").lower()):
        return Invalid("consent_why", miss=False)
    return yes_no(message, slots, ctx)


_NOT_NAMES = ("nik", "kk", "phone", "email")
"""Given at the name question, these are explained (they are asked later), not a miss."""


def name(message: Message, _: Slots, __: FlowContext) -> Result:
    given = next((kind for kind in _NOT_NAMES if message.entity(kind) is not None), None)
    if given is not None:
        return Invalid(f"name_is_{'nik' if given == 'kk' else given}", miss=False)
    return check.name(message.text or "")


def nik(message: Message, _: Slots, __: FlowContext) -> Result:
    if forgotten_number(message) == "nik":  # "aku lupa nik ku": where to find it, ask again
        return Invalid("where_nik", miss=False)
    found = message.entity("nik")
    return check.nik(str(found) if found else (message.text or ""))


def kk(message: Message, slots: Slots, __: FlowContext) -> Result:
    if forgotten_number(message) == "kk":
        return Invalid("where_kk", miss=False)
    found = message.entity("kk")
    result = check.kk(str(found) if found else (message.text or ""))
    if isinstance(result, Valid) and result.value == slots.get("nik"):
        return Invalid("kk_is_nik")
    return result


def dob(message: Message, slots: Slots, __: FlowContext) -> Result:
    found = message.entity("date")
    result = birth_date(str(found) if found else (message.text or ""))
    if not isinstance(result, Valid):
        return result
    encoded = check.nik_birth_date(str(slots.get("nik", "")))
    born: date = result.value
    if encoded is not None and (encoded[0].day, encoded[0].month, encoded[0].year % 100) != (
        born.day,
        born.month,
        born.year % 100,
    ):
        return Invalid("dob_mismatch")
    return Valid(born.isoformat())


def phone(message: Message, _: Slots, __: FlowContext) -> Result:
    if message.contact is not None:
        return check.phone(message.contact.phone)
    found = message.entity("phone")
    return check.phone(str(found) if found else (message.text or ""))


def email(message: Message, _: Slots, __: FlowContext) -> Result:
    if lacking(message) == "email":  # "aku ga punya email": how to get one, then ask again
        return Invalid("no_email", miss=False)
    found = message.entity("email")
    suggestion = message.entity_extra("email").get("suggestion")
    if suggestion:  # "gmail.con": ask again rather than save an address that bounces
        return Invalid("email_typo", {"suggestion": suggestion}, miss=False)
    return check.email(str(found) if found else (message.text or ""))


_NOT_ARRIVED = re.compile(
    r"\b(?:ga|gak|gk|nggak|ngga|tidak|tdk|belum|blm|kok|nda|ndak)\b.{0,20}\b(?:masuk|dapat|dapet|"
    r"dpt|nyampe|sampai|sampe|terima|ada)2?\b|\b(?:didn't|did not|haven't|not|never)\b.{0,20}"
    r"\b(?:get|got|received?|arrived?|come)\b"
)
"""The code did not arrive ("kok sms nya ga masuk2 kak"): what to check, and the resend."""


_RESEND = re.compile(
    r"^(?:(?:tolong|coba|minta|pls|please)\s+)?(?:ulang\w*|kirim\w* (?:\w+ )?(?:ulang|lagi)\w*|"
    r"resend|send (?:it )?again|(?:minta|request) (?:kode )?(?:baru|lagi|ulang)|kode baru)\b"
)
"""Asks for the code again ("ulang", "kirim ulang kodenya dong", "resend"): the resend button."""


def otp(message: Message, slots: Slots, ctx: FlowContext) -> Result:
    rules = ctx.programme.otp
    code = check.otp_code(message.text or "", rules.length)
    if code is None:
        lowered = " ".join((message.text or "").lower().split())
        if _RESEND.search(lowered):
            return Valid("resend")
        if _NOT_ARRIVED.search(lowered):
            return Invalid("otp_not_arrived", miss=False)
        return None
    sent = slots.get(OTP) or {}
    if not sent.get("digest"):
        return Invalid("otp_void", miss=False)
    if message.at.timestamp() > float(sent["expires_at"]):
        return Invalid("otp_expired", miss=False)
    if hmac.compare_digest(otp_digest(str(sent["salt"]), code), str(sent["digest"])):
        return Valid("verified")
    sent["tries"] = int(sent.get("tries", 0)) + 1
    left = rules.max_tries - sent["tries"]
    if left <= 0:
        sent["digest"] = ""
        return Invalid("otp_too_many", miss=False)
    return Invalid("otp_wrong", {"left": left}, miss=False)


def otp_digest(salt: str, code: str) -> str:
    return hashlib.sha256(f"{salt}:{code}".encode()).hexdigest()


def region_fix(message: Message, _: Slots, __: FlowContext) -> Result:
    code = check.region_code_for(message.text or "")
    return Valid(code) if code else (Invalid("region") if message.text else None)


_FIELD_WORDS = {
    "name": r"nama|name",
    "nik": r"nik|ktp",
    "kk": r"kk|kartu keluarga|family card",
    "dob": r"tgl|tanggal|lahir|ttl|birth|dob",
    "phone": r"hp|handphone|nomor hp|no hp|telepon|telp|wa|whatsapp|phone|nomor telepon",
    "email": r"e-?mail|surel|gmail",
}


def edit_field(message: Message, _: Slots, __: FlowContext) -> Result:
    """Which answer to change, typed ("hp", "no hp nya", "email"): the one field named."""
    lowered = (message.text or "").lower()
    named = [f for f, words in _FIELD_WORDS.items() if re.search(rf"\b(?:{words})\b", lowered)]
    return Valid(named[0]) if len(named) == 1 else None
