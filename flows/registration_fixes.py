"""An earlier registration answer given again at a later question, named with its new value:
"kk nya 3174…" or "eh nik nya salah, 3273…" typed at the date-of-birth question. The value is
checked as at its own question; a valid one replaces the old answer and the current question
is asked again (a new NIK is checked for an account again and forgets what it decided: the
region, a birth date that no longer matches it); an invalid one is explained, and the current
question asked again. Before, "kk nya 3174…" at the date of birth was not understood, and a
new NIK asked the KK again.

The email likewise ("ubah email jadi lina@gmail.com" at the region question or the summary:
checked for another account again). An answer named to be changed without a new value ("ubah
email", "ganti tanggal lahir", "edit kk nya") is forgotten (with what depends on it, as the
summary's "Ubah data") and its question asked; once answered, the flow goes on to the first
question still open (the one pending, or the summary). Before, "ubah email" there got the
account-problems list.

A new phone number at the OTP question ("eh salah nomor, 0812...", or the number alone): it
replaces the old one and a code is sent to it (the old code forgotten). Before, it was told
that the phone "is asked later".

Not the other answers at the OTP question (going on from the NIK would send another code), nor
at the summary's edit choice; a name with a new value has its own correction
(``flows.runtime.corrections``)."""

from __future__ import annotations

import re
from dataclasses import replace

from flows import validators as check
from flows.contact_centre_aside import pending
from flows.messages import Outbound
from flows.registration import forget
from flows.registration_checks import OTP
from flows.result import Invalid, Valid
from flows.runtime.hooks import Hooks
from flows.runtime.machine import Flow, FlowTurn
from flows.runtime.prompts import prompt
from flows.runtime.transitions import enter
from flows.turn import Ask

FLOW = "registration"
STEPS = frozenset({"nik", "kk", "dob", "phone", "otp", "email", "region", "region_fix", "summary"})
"""The questions at which an earlier answer may be given again or named to be changed."""
_OWN = r"(?:\s*(?:nya|ku|mu))?"
_NUMBER = r"\W*(?:[a-z]+\W+){0,4}?(?P<value>\d[\d .\-]{2,24}\d)(?!\d)"
_PHONE = r"(?P<value>(?:\+?62|0)[\s.\-]*8[\d .\-]{7,16}\d)(?!\d)"
_NAMED = {
    "nik": re.compile(rf"\b(?:nik|no\.? ?ktp|nomor ktp){_OWN}\b{_NUMBER}"),
    "kk": re.compile(rf"\b(?:kk|no\.? ?kk|nomor kk|kartu keluarga|family card){_OWN}\b{_NUMBER}"),
    "dob": re.compile(
        rf"\b(?:tgl lahir|tanggal lahir|ttl|lahir|birth ?date|date of birth|dob){_OWN}\b"
        r"\W*(?:(?:aku|saya|gw|tadi|salah|harusnya|seharusnya|yang bener|yg bener|is|should be"
        r"|jadi|menjadi|ke|to)"
        r"\W+){0,3}"
        r"(?P<value>\d.{3,20}?)\W*$"
    ),
    "email": re.compile(
        rf"\b(?:e-?mail|surel){_OWN}\b\W*(?:[a-z]+\W+){{0,4}}?(?P<value>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)"
    ),
    "phone": re.compile(
        rf"\b(?:hp|handphone|nomor|nomer|no|wa|whatsapp|phone|number){_OWN}\b\W*(?:[a-z]+\W+){{0,4}}?"
        + _PHONE
    ),
}
_PHONE_ALONE = re.compile(rf"^\W*(?:[a-z]+\W+){{0,4}}?{_PHONE}\W*$")
"""A phone number with a few words ("eh salah, 081298765432"): at the OTP question, a new one."""
_AT_OTP = "phone"
"""The only answer given again at the OTP question."""
_FIELDS = {
    "name": r"nama(?: lengkap)?|name",
    "nik": r"nik|no\.? ?ktp|nomor ktp",
    "kk": r"kk|no\.? ?kk|nomor kk|kartu keluarga|family card",
    "dob": r"tgl lahir|tanggal lahir|ttl|date of birth|birth ?date|dob",
    "phone": r"(?:no\.? |nomor |nomer )?(?:hp|handphone|telepon|telp|wa)|phone(?: number)?"
    r"|nomor|nomer|number",
    "email": r"e-?mail|surel|alamat email",
}
_CHANGE = re.compile(
    r"^(?:(?:eh|aku|saya|sy|gw|mau|mw|pengen|tolong|minta|boleh|bisa|kak|min|dong)\s+)*"
    r"(?:ubah|rubah|ganti|edit|perbaiki|betulin|benerin|koreksi|ralat|change|fix|update|correct)"
    r"\s+(?:(?:data|my)\s+)?(?P<field>"
    + "|".join(f"(?P<{field}>{words})" for field, words in _FIELDS.items())
    + r")(?:\s*(?:nya|ku|aku|saya|dong|ya|kak|min|please|pls|lagi|dulu|aja))*"
    r"(?:[\s,.;!-]+(?:(?:tadi|td|aku|saya|gw|ada(?:\s+yg|\s+yang)?)\s+)*"
    r"(?:salah(?:\s+(?:ketik|tulis|input|masukin|nomor|nomer))?|typo|keliru|wrong(?: number)?)"
    r"(?:\s*(?:nya|dong|kak|min|tadi))*)?[\s.!?]*$"
)
"""An answer named to be changed, with no new value ("ubah email", "ganti tanggal lahirnya",
"ganti nomor, salah ketik": a bare "nomor" is the phone number)."""
FORGETS = {"nik": ("nik_checked", "region", "region_code"), "phone": ("otp", OTP)}
"""What a new value makes stale (as ``registration.DEPENDENTS`` on an edit); a birth date
is kept if the new NIK still encodes it."""
GOES_ON_FROM = {"nik": "check_nik", "email": "check_email", "phone": "send_otp"}
"""Where the flow goes on from after a new value: the NIK's or the email's account check;
else the field's own question, answered, so the flow moves on to the first question still
open."""


def given_again(text: str, pending_field: str, answered: set[str]) -> tuple[str, str] | None:
    """(field, value) of an earlier answered field named with a new value, not the pending
    question's field (that is its answer); at the OTP question only a phone number."""
    lowered = " ".join(text.lower().split())
    for field, pattern in _NAMED.items():
        if (pending_field == "otp") != (field == _AT_OTP):
            continue  # a phone named later goes back to its question (``runtime.corrections``)
        found = pattern.search(lowered)
        if found and field != pending_field and field in answered:
            return field, found.group("value").strip()
    alone = _PHONE_ALONE.match(lowered) if pending_field == "otp" else None
    return (_AT_OTP, alone.group("value").strip()) if alone else None


def to_change(text: str) -> str | None:
    """The field an answer-less change names ("ubah email" -> ``email``), else None."""
    found = _CHANGE.match(" ".join(text.lower().split()))
    return next((field for field in _FIELDS if found and found.group(field)), None)


def correct(flow: Flow, turn: FlowTurn, hooks: Hooks) -> Ask[list[Outbound] | None]:
    """The earlier answer replaced and the current question asked again (or its value's
    problem explained), or its question asked again when no value is given; else None (the
    runner reads the message)."""
    state = pending(flow, turn) if flow.name == FLOW else None
    if state is None or state.name not in STEPS or state.slot is None:
        return None
    changed = to_change(turn.message.text or "")
    if state.name == "otp" and changed != _AT_OTP:
        changed = None  # going on from an earlier answer would send another code
    if changed is not None and changed != state.slot.name and changed in turn.slots:
        forget(turn.slots, changed)
        said = Outbound(turn.say("registration.change_field", what=turn.say(f"slots.{changed}")))
        return [said, *(yield from enter(flow, changed, turn, hooks))]
    found = given_again(turn.message.text or "", state.slot.name, set(turn.slots))
    if found is None:
        return None
    field, value = found
    own = flow.state(field).slot
    assert own is not None and own.validate is not None
    typed = replace(turn.message, text=value, entities=())
    result = own.validate(typed, turn.slots, turn.ctx)
    if isinstance(result, Invalid):
        explained = Outbound(turn.say(f"invalid.{result.reason}", **result.params))
        return [explained, prompt(flow, state, turn)]
    if not isinstance(result, Valid):
        return None
    if field == _AT_OTP and result.value == turn.slots.get(field):
        return None  # the same number again: no new code sent for it here
    _replace(turn, field, result.value)
    said = Outbound(turn.say("common.corrected", what=turn.say(f"slots.{field}")))
    return [said, *(yield from enter(flow, GOES_ON_FROM.get(field, field), turn, hooks))]


def _replace(turn: FlowTurn, field: str, value: object) -> None:
    slots = turn.slots
    slots[field] = value
    for stale in FORGETS.get(field, ()):
        slots.pop(stale, None)
    if field == "nik" and not _still_matches(str(value), str(slots.get("dob") or "")):
        slots.pop("dob", None)  # asked again: it must match the new NIK


def _still_matches(nik: str, dob: str) -> bool:
    encoded = check.nik_birth_date(nik)
    if encoded is None or not dob:
        return False
    born = encoded[0]
    return f"{born:%m-%d}" == dob[5:] and born.year % 100 == int(dob[2:4])


__all__ = ["STEPS", "correct", "given_again", "to_change"]
