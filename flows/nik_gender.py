"""A remark on the gender the NIK shows, at a registration question ("aku cewek kok, kenapa nik
nya gitu", "saya perempuan, kok di nik tanggalnya 05?"): digits 7-12 of a NIK are the birth
date, with 40 added to the day for women (DOMAIN.md "NIK"). The NIK given is read: a day of 31
or less reads as a man's, above 40 as a woman's. When it does not match what the user says,
either it was mistyped (the answer can be changed: "ubah NIK", ``flows.registration_fixes``) or
the NIK on the KTP itself is wrong, which only Dukcapil can correct (the NIK is checked against
its records). Only two digits of the NIK are named, never the number.

Before, "Hmm, aku belum menangkap jawabannya." and the question again."""

from __future__ import annotations

import re

from flows.runtime.machine import FlowTurn
from flows.validators import nik_birth_date

MAX_WORDS = 15
FEMALE_DAY_OFFSET = 40

_FEMALE_WORDS = r"cewek|cewe|cwek|cwe|perempuan|prempuan|wanita|female|woman|girl|ibu-ibu"
_MALE_WORDS = r"cowok|cowo|cwo|laki-laki|laki|lelaki|pria|male|man|boy"
_FEMALE = re.compile(rf"\b(?:{_FEMALE_WORDS})\b")
_MALE = re.compile(rf"\b(?:{_MALE_WORDS})\b")
_SELF = re.compile(
    r"\b(?:aku|aq|saya|sy|gue|gw|gua|i'?m|i am)\s+(?:(?:ini|tuh|kan|itu|seorang|a|an)\s+)?"
    rf"(?:({_FEMALE_WORDS})|({_MALE_WORDS}))\b"
)
"""The user's own gender said ("aku cewek", "saya perempuan", "I'm a woman"): it decides when
the message names the other one too ("aku cowok, kok nik ku kebaca perempuan")."""
_NUMBER = re.compile(r"\d{6,}")
_ABOUT_NIK = re.compile(r"\b(?:nik\w*|ktp|e-?ktp|jenis kelamin|kelamin|gender|sex)\b")


def stated(text: str) -> str | None:
    """The gender the user states ("F"/"M") with the NIK named, else None."""
    lowered = " ".join(text.lower().split())
    if not lowered or len(lowered.split()) > MAX_WORDS or not _ABOUT_NIK.search(lowered):
        return None
    if _NUMBER.search(lowered):
        return None  # "aku cewek, nik ku 3273...": an answer, for the question's own check
    own = _SELF.search(lowered)
    if own is not None:
        return "F" if own.group(1) else "M"
    female, male = bool(_FEMALE.search(lowered)), bool(_MALE.search(lowered))
    if female == male:
        return None  # neither, or both ("cowok atau cewek?"): no statement
    return "F" if female else "M"


def explain(turn: FlowTurn) -> str | None:
    """The date rule against the NIK given (or alone, no NIK given yet); None: no such remark."""
    if turn.message.payload is not None:
        return None
    gender = stated(turn.message.text or "")
    if gender is None:
        return None
    nik = turn.slots.get("nik")
    decoded = nik_birth_date(nik) if isinstance(nik, str) and len(nik) == 16 else None
    if decoded is None:
        return turn.say("nik_gender.rule")
    born, shows = decoded
    assert isinstance(nik, str)
    params = {
        "written": nik[6:8],
        "day": born.day,
        "female_day": born.day + FEMALE_DAY_OFFSET,
        "male_day": f"{born.day:02d}",
        "gender": turn.say(f"registration.gender.{gender}"),
    }
    if shows == gender:
        return turn.say("nik_gender.matches", **params)
    key = "nik_gender.reads_male" if gender == "F" else "nik_gender.reads_female"
    return turn.say(key, **params)


__all__ = ["explain", "stated"]
