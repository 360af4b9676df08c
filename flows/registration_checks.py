"""Validators of the registration questions (typed answers, NLU entities when present)."""

from __future__ import annotations

import hashlib
import hmac
import re
from datetime import date

from flows import nik_slips, otp_follow_ups
from flows import validators as check
from flows.date_answers import birth_date, short_birth_date
from flows.number_asked import forgotten_number
from flows.otp_follow_ups import ALONE
from flows.registration_consent_first import consent_first, typed_data
from flows.registration_given import GIVEN as GIVEN  # re-exported: the opening's answers
from flows.registration_given import given as given
from flows.registration_given import reads_as_register as reads_as_register
from flows.registration_given import registers_with_facts as registers_with_facts
from flows.registration_help import lacking
from flows.registration_names import name as name  # re-exported: the name question
from flows.responses import has
from flows.result import Invalid, Result, Valid
from flows.runtime import controls
from flows.runtime.machine import Slots
from flows.turn import FlowContext, Message
from flows.yes_no import asks_something, plain

OTP = "_otp"
REFUSED = "_refused"
"""Slot: the last refusal of the NIK, the KK or the birth date, ``{"field", "reason",
"params"}``, until that field is accepted: what "knp nik aku ditolak?" asks about
(``flows.registration_refusals``)."""


def _noted(field: str, slots: Slots, result: Result) -> Result:
    """Record a refusal of ``field`` (one ``registration.why_refused`` explains); forget it
    once the field is accepted."""
    if isinstance(result, Invalid) and has(f"registration.why_refused.{result.reason}"):
        slots[REFUSED] = {"field": field, "reason": result.reason, "params": dict(result.params)}
    elif isinstance(result, Valid):
        refused = slots.get(REFUSED)
        if isinstance(refused, dict) and refused.get("field") == field:
            slots.pop(REFUSED, None)
    return result


def yes_no(message: Message, _: Slots, __: FlowContext) -> Result:
    answer = controls.answer_yes_no(message)
    return None if answer is None else Valid("yes" if answer else "no")


_WHY = re.compile(
    r"\b(?:kenapa|knp|napa|mengapa|buat apa|untuk apa|utk apa|why|what for)\b|\bharus\b.*\?"
)


_NO_WORD = r"(?:ga|gak|gk|g|nggak|ngga|enggak|engga|tidak|tdk|ndak|nda|ogah)"
_IF_NOT = re.compile(
    rf"\b(?:kalo|kalau|klo|kl|jika|jikalau|bila|misal\w*|andai\w*)\s+(?:\w+\s+){{0,2}}?{_NO_WORD}"
    r"\s+(?:mau\s+)?(?:setuju|nyetujuin|menyetujui|mau|kasih)\b"
    r"|\bwhat (?:happens|if)\b.{0,20}\b(?:don'?t|do not|refuse|disagree|say no)\b"
    r"|\bif i (?:don'?t|do not) (?:agree|consent)\b"
)
"""A question about refusing ("gimana kalo ga setuju", "what if I don't agree"): answered with
what refusing means, the consent asked again; not itself a "no"."""
_DATA_USE = re.compile(
    r"\bwhat (?:will|do|would|are) you (?:going to )?do with\b|\bhow (?:will|do|would) you use\b"
    r"|\bwhat (?:is|are) (?:my|the) data (?:used|for)\b|\bdiapa(?:in|kan)\b"
    r"|\bdata\w*\s+(?:\w+\s+){0,2}?(?:buat|untuk|utk|dipake\w*|dipakai|digunakan)\s+(?:apa|siapa)\b"
)
"""What the data is for ("what will you do with my data?", "datanya buat apa", "data aku
diapain"): the purpose, the encryption and the erasure (``invalid.consent_why``)."""


def consent(message: Message, slots: Slots, ctx: FlowContext) -> Result:
    """Yes or no; "kenapa harus setuju?", "gimana kalo ga setuju" and "what will you do with my
    data?" are told why and what refusing means (nothing is recorded without it). Any
    other text ("piye carane daftar", "umurku 35 taun, kerjo serabutan") and a yes that asks
    something ("oke terus gmn cara daftarnya": consent must be explicit) is told what agreeing
    means and what comes next, then asked again (a side question the bot can answer is answered
    first: the miss lets the runner try it)."""
    lowered = " ".join((message.text or "").lower().split())
    if message.payload is None and (
        _WHY.search(lowered) or _IF_NOT.search(lowered) or _DATA_USE.search(lowered)
    ):
        return Invalid("consent_why", miss=False)
    if message.payload is None and asks_something(lowered) and not plain(lowered):
        return Invalid("consent_unclear")  # "oke terus gmn cara daftarnya": a question, no yes
    answer = yes_no(message, slots, ctx)
    if answer is None and typed_data(message):  # a name or a NIK: consent first, briefly
        return consent_first()
    if answer is None and (message.text or "").strip():
        return Invalid("consent_unclear")
    return answer


def nik(message: Message, slots: Slots, __: FlowContext) -> Result:
    """The NIK question (the registration form's and the linking's): where to find the NIK when
    not known ("aku lupa nik ku", "gatau", "idk"), how long a NIK is when the number is too short
    to be one ("nik ku 1234"), else the NIK's own checks."""
    forgotten = forgotten_number(message)
    if forgotten in ("nik", "nik_kk"):  # "aku lupa nik ku": where it is
        return Invalid(f"where_{forgotten}", miss=False)
    if forgotten is None and nik_slips.not_known(message, asked=True):  # "gatau", "idk"
        return Invalid("where_nik", miss=False)
    found = message.entity("nik")
    result = check.nik(str(found) if found else (message.text or ""))
    count = nik_slips.wrong_length(message, asked=True) if result is None else None
    if count is not None:  # "nik ku 1234": too short for the check's own count
        result = Invalid("nik_length", {"count": count})
    return _noted("nik", slots, _lettered("nik", message, result))


def kk(message: Message, slots: Slots, ctx: FlowContext) -> Result:
    return _noted("kk", slots, _kk(message, slots, ctx))


def _kk(message: Message, slots: Slots, ctx: FlowContext) -> Result:
    if forgotten_number(message) in ("kk", "nik_kk"):  # "kk sama nik beda ya?": how
        return Invalid(f"where_{forgotten_number(message)}", miss=False)
    found = message.entity("kk")
    result = check.kk(str(found) if found else (message.text or ""))
    if isinstance(result, Valid) and result.value == slots.get("nik"):
        return Invalid("kk_is_nik")
    if not isinstance(result, Valid) and _is_date(message):
        return _date_at_kk(message, slots, ctx)
    return _lettered("kk", message, result)


_SPACED_DATE = re.compile(r"^\s*(\d{1,2})\s+(\d{1,2})\s+(\d{2}|\d{4})\s*$")


def spaced_date(text: str) -> str:
    """ "12 08 1995" read as "12-08-1995" (day, month, year, as with dashes or slashes)."""
    found = _SPACED_DATE.match(text)
    return "-".join(found.groups()) if found else text


def _is_date(message: Message) -> bool:
    """ "5/5/01", "01-01-1990", "5 mei 2001": a date, not a (short) number."""
    text = spaced_date(message.text or "")
    return message.entity("date") is not None or isinstance(birth_date(text), Valid)


def _date_at_kk(message: Message, slots: Slots, ctx: FlowContext) -> Result:
    """A birth date typed at the KK question: said to be one, the KK asked again; a date that
    passes the birth-date question's checks is kept for it, which is then not asked."""
    kept = _dob(message, slots, ctx)
    if not isinstance(kept, Valid) or slots.get("dob"):
        return Invalid("kk_is_date", miss=False)
    slots["dob"] = kept.value
    born = date.fromisoformat(str(kept.value))
    return Invalid("kk_is_date_kept", {"date": f"{born:%d-%m-%Y}"}, miss=False)


_LOOKALIKE = "0-9OoIil|"
_LETTERED = re.compile(
    rf"(?<![A-Za-z0-9])[{_LOOKALIKE}][{_LOOKALIKE} .\-]{{12,24}}[{_LOOKALIKE}](?![A-Za-z0-9])"
)
"""A number typed with look-alike letters: O or o for zero, I, i, l or | for one."""


def _lettered(field: str, message: Message, result: Result) -> Result:
    """A 16-character number with letters in it ("3273O1450501OOO3": O for zero, l for one):
    said that it is 16 digits only, not read as digits silently."""
    if isinstance(result, Valid):
        return result
    for match in _LETTERED.finditer(message.text or ""):
        bare = check.digits_only(match.group(0))
        letters = sorted({ch for ch in bare if ch.isalpha()})
        digits = sum(ch.isdigit() for ch in bare)
        if len(bare) == 16 and letters and digits >= 10:
            return Invalid(f"{field}_letters", {"letters": ", ".join(letters)}, miss=False)
    return result


def dob(message: Message, slots: Slots, ctx: FlowContext) -> Result:
    return _noted("dob", slots, _dob(message, slots, ctx))


def _dob(message: Message, slots: Slots, __: FlowContext) -> Result:
    found = message.entity("date")
    result = birth_date(str(found) if found else spaced_date(message.text or ""))
    if result is None:  # "170801": the NIK's own day, month and year, without separators
        result = short_birth_date(message.text or "")
    if not isinstance(result, Valid) and message.entity("phone") is not None:
        # "081234567890" at the birth date; once the phone is answered, no "asked later"
        return result if "phone" in slots else Invalid("later_phone", miss=False)
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
    result = check.phone(str(found) if found else (message.text or ""))
    mailed = message.entity("email") is not None or "@" in (message.text or "")
    if mailed and not isinstance(result, Valid):
        return Invalid("phone_is_email", miss=False)  # the email is asked after the phone
    return result


SUGGESTED = "_email_suggested"
"""Slot: the address offered for a typo ("Maksudmu budi@gmail.com?"), which a "ya" accepts."""


def email(message: Message, slots: Slots, ctx: FlowContext) -> Result:
    offered = slots.pop(SUGGESTED, None)
    typed = message.entity("email") is not None or "@" in (message.text or "")
    if offered and not typed and yes_no(message, slots, ctx) == Valid("yes"):
        return Valid(str(offered))  # "ya" to "Maksudmu budi@gmail.com?"
    if lacking(message) == "email":  # "aku ga punya email": how to get one, then ask again
        return Invalid("no_email", miss=False)
    found = message.entity("email")
    suggestion = message.entity_extra("email").get("suggestion")
    if suggestion:  # "gmail.con": ask again rather than save an address that bounces
        slots[SUGGESTED] = str(suggestion)
        return Invalid("email_typo", {"suggestion": suggestion}, miss=False)
    result = check.email(str(found) if found else (message.text or ""))
    if result is None and (example := check.email_without_at(message.text or "")):
        return Invalid("email_format", {"example": example}, miss=False)  # "sinta gmail com"
    return result


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
        return otp_follow_ups.registration_next(message, slots.get(OTP))  # "trs gmn" when void
    sent = slots.get(OTP) or {}
    if not sent.get("digest"):
        return Invalid("otp_void", dict(ALONE), miss=False)
    if message.at.timestamp() > float(sent["expires_at"]):
        return Invalid("otp_expired", miss=False)
    if hmac.compare_digest(otp_digest(str(sent["salt"]), code), str(sent["digest"])):
        return Valid("verified")
    sent["tries"] = int(sent.get("tries", 0)) + 1
    left = rules.max_tries - sent["tries"]
    if left <= 0:
        sent["digest"] = ""
        return Invalid("otp_too_many", dict(ALONE), miss=False)
    return Invalid("otp_wrong", {"left": left}, miss=False)


def otp_digest(salt: str, code: str) -> str:
    return hashlib.sha256(f"{salt}:{code}".encode()).hexdigest()


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
