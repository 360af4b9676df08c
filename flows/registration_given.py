"""What a registration request gives in its opening message ("mau daftar, nama Siti Rahma,
NIK 3273…, KK 3273…, lahir 5 mei 2001, hp 0812…"): the name, NIK, KK number, birth date, phone
and email read from it (valid ones only; a KK equal to the NIK, or a birth date the NIK does not
encode, is left to its own question), held aside, unused, until consent. Then they become
answers, their questions are not asked, and the user is told what was noted (masked), to be
checked again in the summary. The phone given is still verified by its code.

Before, such a message started the eligibility check (its birth date read as "am I old
enough?"), and only the NIK and the name were kept."""

from __future__ import annotations

import re
from datetime import date

from flows import validators as check
from flows.date_answers import birth_date
from flows.formatting import long_date, mask_nik, mask_phone
from flows.messages import Outbound
from flows.registration_help import wants_to_register
from flows.registration_names import not_a_name
from flows.result import Valid
from flows.runtime.machine import FlowTurn, Slots
from flows.turn import Ask, FlowContext, Message

GIVEN = "_given"
"""Answers the opening message gave, held aside until consent (then ``use_given``)."""
ORDER = ("name", "nik", "kk", "dob", "phone", "email")
_NAMED = re.compile(
    r"\b(?:nama(?:\s+lengkap)?(?:\s*(?:saya|aku|ku|sy|gue|gw))?(?:\s+adalah)?|my (?:full )?name"
    r" is|name)\b(?!\s+(?:di|sesuai|pada|yang|yg|nya|dan|and|on)\b)\s*[:=,\-]?\s*"
    r"([A-Za-z][A-Za-z.'\- ]*?)\s*(?=[,;]|\b(?:nik|kk|ktp|no|nomor|nomer|hp|email|tgl|tanggal"
    r"|lahir|dan|and|umur|usia|tapi|tp|yang|yg|mau|sudah|udah|salah|dong|deh|sih|nih|kak|min|ya)\b|$)",
    re.IGNORECASE,
)
"""A name given in passing ("nama Siti Aminah", "nama saya Budi, nik ...")."""


def given(message: Message, _: FlowContext) -> Slots:
    """The prefill: what the opening message gave, held aside until consent."""
    facts = facts_in(message)
    return {GIVEN: facts} if facts else {}


def facts_in(message: Message) -> dict[str, str]:
    """The answers a registration request gives, valid ones only."""
    facts: dict[str, str] = {}
    named = _NAMED.search(message.text or "")
    if named and not not_a_name(named.group(1)):
        said = check.name(named.group(1))
        if isinstance(said, Valid):
            facts["name"] = str(said.value)
    for field, read in (("nik", check.nik), ("kk", check.kk), ("phone", check.phone)):
        found = message.entity(field)
        value = read(str(found)) if found else None
        if isinstance(value, Valid):
            facts[field] = str(value.value)
    if facts.get("kk") == facts.get("nik"):
        facts.pop("kk", None)
    email = message.entity("email")
    address = check.email(str(email)) if email else None
    if isinstance(address, Valid) and not message.entity_extra("email").get("suggestion"):
        facts["email"] = str(address.value)
    born = _birth_date(message, facts.get("nik", ""))
    if born:
        facts["dob"] = born
    return facts


def _birth_date(message: Message, nik: str) -> str | None:
    """The birth date given, when the NIK given (if any) encodes it."""
    found = message.entity("date")
    result = birth_date(str(found)) if found else None
    if not isinstance(result, Valid):
        return None
    born = result.value
    encoded = check.nik_birth_date(nik) if nik else None
    if encoded is not None and (encoded[0].day, encoded[0].month, encoded[0].year % 100) != (
        born.day,
        born.month,
        born.year % 100,
    ):
        return None
    return str(born.isoformat())


def registers_with_facts(message: Message) -> bool:
    """A wish to register that gives answers (the NLU reads such a message as ``inform``)."""
    return wants_to_register(message) and bool(facts_in(message))


def use_given(turn: FlowTurn) -> Ask[list[Outbound]]:
    """Consent given: what the opening message gave becomes answers, said back masked."""
    kept = dict(turn.slots.pop(GIVEN, None) or {})
    for field, value in kept.items():
        turn.slots.setdefault(field, value)
    if not kept:
        return []
    noted = ", ".join(_shown(turn, field, kept[field]) for field in ORDER if field in kept)
    return [Outbound(turn.say("registration.given_noted", facts=noted))]
    yield


def _shown(turn: FlowTurn, field: str, value: str) -> str:
    """ "NIK 3273********0003": the field's name and its value as the summary shows it."""
    if field in ("nik", "kk"):
        value = mask_nik(value)
    elif field == "phone":
        value = mask_phone(value)
    elif field == "dob":
        value = long_date(date.fromisoformat(value), turn.lang)
    return f"{turn.say(f'slots.{field}')} {value}"


def reads_as_register(message: Message, unsure: bool) -> bool:
    """Registration meant, however the NLU read it: facts typed with a wish to register ("mau
    daftar, nik 3273... nama Siti", read as ``inform`` or unsure), or a wish to register read
    as asking for help ("Saya ingin mendaftar melalui layanan ini. Mohon dibantu.")."""
    if message.intent == "help" and wants_to_register(message):
        return True
    return (message.intent == "inform" or unsure) and registers_with_facts(message)


__all__ = ["GIVEN", "facts_in", "given", "reads_as_register", "registers_with_facts", "use_given"]
