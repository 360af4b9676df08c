"""The age in the eligibility check: a number or a date of birth; an impossible one said to be
so ("umur aku 200 thn", "lahir 30 februari 2000"); a question back about the limit at the age
question ("emang hrs brp?") answered with the limit; and an age the opening message gives that
meets the rule said to meet it before the other questions ("baru umur 18 kemarin, udh boleh
daftar?" is answered, not only followed by the next question)."""

from __future__ import annotations

import re
from datetime import date

from flows import eligibility_short_year as short_year
from flows.eligibility_facts import read_age, stated_age
from flows.eligibility_future_age import FUTURE
from flows.result import Invalid, Result, Valid
from flows.runtime.machine import FlowTurn, Slots
from flows.turn import FlowContext, Message

_LIMIT = re.compile(
    r"\b(?:hrs|harus|mesti|musti|wajib|minimal|minimum|maksimal|maks|max|paling|boleh|"
    r"muda|tua|must|have to|maximum)\b"
)
_HOW_MANY = re.compile(r"\b(?:brp|berapa|brapa|brpa|how old|what age|how many)\b")
_TOPIC = re.compile(r"\b(?:umur|usia|age|batas\w*|syarat\w*|limit)\b")


def limit_asked(text: str) -> bool:
    """A question back about the limit that only the age question makes clear ("emang hrs
    brp?", "minimal brp?"). One naming its topic ("umur berapa ya batasnya?") is a question of
    its own, answered as one (with the rules) by the digression."""
    lowered = text.lower()
    if re.search(r"\d", lowered) or _TOPIC.search(lowered):
        return False
    return bool(_LIMIT.search(lowered) and _HOW_MANY.search(lowered))


_BORN_IN = re.compile(
    r"\b(?:lahir|lhr|kelahiran|born)(?:\s+(?:di\s+)?(?:tahun|thn|th|taun|th\.|in))?\s+"
    r"((?:19|20)\d{2})\b|^\W*((?:19|20)\d{2})\W*$"
)
"""A year of birth ("lahir 2008", "kelahiran thn 1999", a bare "2008" at the age question)."""
_YEAR = re.compile(r"\b((?:19|20)\d{2})\b")
_AROUND_YEAR = frozenset(
    {"eh", "e", "ehh", "maaf", "mf", "sorry", "sori", "sory", "salah", "ralat", "koreksi", "typo",
     "ketik", "maksudnya", "maksud", "maksudku", "harusnya", "seharusnya", "yang", "yg", "benar",
     "bener", "betul", "tahun", "thn", "th", "taun", "aku", "saya", "sy", "gw", "ya", "kak", "min",
     "bukan", "tapi", "tp", "itu", "deh", "sih", "kok", "oh", "i", "mean", "meant"}
)  # fmt: skip
"""Words a year of birth may come with when put right ("eh maaf 1966 maksudnya"): nothing
else said, so the year is the answer (before: "aku belum menangkap jawabannya")."""
AGE_EITHER = "_age_either"
ASKED = "_age_asked"
"""Marker: the age question was answered with a question ("kalo aku 50?")."""
_ASKED = re.compile(
    r"\?|^\W*(?:kalo|kalau|klo|kl|gimana|gmn|bagaimana|what about|how about|if)\b"
    r"|\b(?:bisa|bs|boleh|blh|masih|msh)\W*(?:ga|gak|gk|nggak|ngga|enggak|tidak|kah|ya|ikut)?\W*$"
)
"""The two ages a year of birth gives, when both fail the same rule: the verdict says both."""


def _side(years: int, low: int, high: int) -> int:
    return -1 if years < low else 1 if years > high else 0


def born_in(text: str, slots: Slots, ctx: FlowContext, today: date | None = None) -> Result:
    """The age a year of birth gives: one of two, by the birthday. When the two fall on either
    side of a limit (17 or 18), the date of birth is asked for (no miss); else the older is
    taken, and both kept for the verdict to say ("10 atau 11 tahun")."""
    today = today or date.today()
    text = short_year.as_birth_year(text, today) or text  # "lahir 98": 1998
    found = _BORN_IN.search(text.lower()) or _lone_year(text.lower())
    if found is None:
        return None
    year, now = int(found.group(1) or found.group(2)), today.year
    older = now - year
    if older < 1 or older > 120:
        return None
    rules = ctx.programme
    sides = {_side(age, rules.min_age, rules.max_age) for age in (older - 1, older)}
    if len(sides) > 1:
        return Invalid("age_birth_year", {"year": year, "younger": older - 1, "older": older},
                       miss=False)  # fmt: skip
    slots[AGE_EITHER] = [older - 1, older]
    return Valid(older)


def _lone_year(lowered: str) -> re.Match[str] | None:
    """A year said with only the words of putting it right around it ("eh maaf 1966
    maksudnya", "1966 yg bener"); the match's first group is the year."""
    years = _YEAR.findall(lowered)
    words = re.findall(r"[^\W_]+", lowered)
    if len(years) != 1 or any(w not in _AROUND_YEAR and w != years[0] for w in words):
        return None
    return _YEAR.search(lowered)


def read(message: Message, slots: Slots, ctx: FlowContext) -> Result:
    """The age question's answer; the limit asked about is told (no miss), then asked again;
    a year of birth alone read as ``born_in`` says."""
    if message.payload is None and limit_asked(message.text or ""):
        rules = ctx.programme
        limits: dict[str, object] = {"min_age": rules.min_age, "max_age": rules.max_age}
        return Invalid("age_limit", limits, miss=False)
    short = _short_year(message, slots, ctx)
    if short is not None:  # "angkatan 98", "lahir taun 95": a year of birth, no age of 98
        return short
    found = read_age(message)
    if found is None and message.payload is None:
        found = born_in(message.text or "", slots, ctx)
    else:
        slots.pop(AGE_EITHER, None)
    if isinstance(found, Valid) and message.payload is None and _ASKED.search(message.text or ""):
        slots[ASKED] = True  # "kalo aku udah 50 th?": said to meet the rule, not only noted
    return found


def _short_year(message: Message, slots: Slots, ctx: FlowContext) -> Result:
    """A two-digit year of birth (``flows.eligibility_short_year``); a bare "89" asked about
    (age or year of birth?), and the reply to that question read."""
    if message.payload is not None:
        return None
    text, today = message.text or "", message.at.date()
    pending = slots.pop(short_year.PENDING, None)
    said = short_year.settled(text, pending, today) if isinstance(pending, int) else None
    if isinstance(said, int):
        return Valid(said)  # "umur" to "89: age or year of birth?"
    year = said or short_year.as_birth_year(text, today)
    if year is not None:
        return born_in(year, slots, ctx, today=today)
    number = short_year.ambiguous(text, ctx.programme.max_age)
    if number is None:
        return None
    slots[short_year.PENDING] = number
    year_of = short_year.full_year(number, today)
    return Invalid("age_or_year", {"number": number, "year": year_of}, miss=False)


def opening_note(turn: FlowTurn, *, failed: bool) -> list[str]:
    """What the check's opening message says of the age: an impossible one is said to be (the
    age question follows); one that meets the rule is said to, when the check goes on (not
    ``failed``). A button that started the check says nothing."""
    if turn.message.payload is not None:
        return []
    stated = stated_age(turn.message)
    if isinstance(stated, Invalid):
        return [turn.say(f"invalid.{stated.reason}", **stated.params)]
    rules = turn.ctx.programme
    if failed or not isinstance(stated, Valid) or turn.slots.get("age") != stated.value:
        return []
    if not rules.min_age <= int(stated.value) <= rules.max_age:
        return []
    limits = {"min_age": rules.min_age, "max_age": rules.max_age}
    said = [turn.say("eligibility.note.age_ok", age=stated.value, **limits)]
    if int(stated.value) == rules.max_age and _turning_over(turn, rules.max_age + 1):
        said.append(turn.say("eligibility.note.turning_old", max_age=rules.max_age))
    return said


def _turning_over(turn: FlowTurn, older: int) -> bool:
    """ "saya 64 tahun, bulan depan 65": the age over the limit reached soon (when the age is
    counted is not known: ``eligibility.note.turning_old`` says so)."""
    lowered = (turn.message.text or "").lower()
    return bool(FUTURE.search(lowered) and re.search(rf"(?<!\d){older}(?!\d)", lowered))


__all__ = ["AGE_EITHER", "ASKED", "born_in", "limit_asked", "opening_note", "read"]
