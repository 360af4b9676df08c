"""An age written in words ("dua puluh tujuh thn", "tujuh belas", "tiga puluh satu", "twenty
seven"): only clear forms. "dua lima" (two numbers side by side: 25 to some, 2 and 5 to others)
is read as none; "empat puluhan", "kepala tiga", "30an" (in the forties, thirties) are no exact
age: the user is asked for it."""

from __future__ import annotations

import re

from flows.result import Invalid, Result, Valid

_ID_UNITS = {"satu": 1, "se": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6,
             "tujuh": 7, "delapan": 8, "lapan": 8, "sembilan": 9}  # fmt: skip
_EN_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
             "eight": 8, "nine": 9}  # fmt: skip
_EN_TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
             "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
             "nineteen": 19}  # fmt: skip
_EN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
            "eighty": 80, "ninety": 90}  # fmt: skip

_U = "satu|dua|tiga|empat|lima|enam|tujuh|delapan|lapan|sembilan"
_EU = "one|two|three|four|five|six|seven|eight|nine"
_NUMBER = re.compile(
    rf"\b(?:(?P<tens>{_U}|se)\s*(?:puluh|pulu|plh)(?P<approx>an)?(?:\s*(?P<ones>{_U})\b)?"
    rf"|(?P<teen>{_U}|se)\s*(?:belas|blas)|(?P<unit>{_U})"
    rf"|(?P<en_tens>{'|'.join(_EN_TENS)})(?:[\s-]*(?P<en_ones>{_EU})\b)?"
    rf"|(?P<en_teen>{'|'.join(_EN_TEENS)})|(?P<en_unit>{_EU}))\b"
)
_BIGGER = re.compile(r"^\s*(?:ratus|ribu|juta|hundred|thousand)\b")
_CUE = re.compile(
    r"\b(?:umur\w*|usia\w*|berumur|berusia|tahun|thn|th|taun|age|aged|years?|yo|y\.o)\b"
)
_FILLER = re.compile(
    r"\b(?:aku|saya|sy|gw|gue|gua|kak|ka|min|mas|mbak|bang|ya|yah|sih|dong|deh|kok|udah|udh|"
    r"sudah|baru|sekarang|skrg|jalan|i'm|im|i|am)\b"
)
_APPROX = re.compile(
    r"\bkepala\s+(?:dua|tiga|empat|lima|enam)\b|(?<!\d)\d0\s*-?\s*an\b"
    r"|\b(?:twenties|thirties|forties|fifties|sixties)\b"
)
"""In the thirties ("kepala tiga", "30an"): no exact age."""
_YOUNGEST = 5
"""Younger is no age a user of the chat has (as for ages in digits)."""


def _value(found: re.Match[str]) -> int:
    group = found.groupdict()
    if group["tens"]:
        return 10 * _ID_UNITS[group["tens"]] + (_ID_UNITS[group["ones"]] if group["ones"] else 0)
    if group["teen"]:
        return 10 + _ID_UNITS[group["teen"]]
    if group["unit"]:
        return _ID_UNITS[group["unit"]]
    if group["en_tens"]:
        ones = _EN_UNITS[group["en_ones"]] if group["en_ones"] else 0
        return _EN_TENS[group["en_tens"]] + ones
    if group["en_teen"]:
        return _EN_TEENS[group["en_teen"]]
    return _EN_UNITS[group["en_unit"]]


def number(text: str) -> int | None:
    """The one number from 1 to 99 written in words in ``text``; None for none, for two
    ("dua lima"), or for a bigger one ("dua ratus")."""
    lowered = text.lower()
    found = list(_NUMBER.finditer(lowered))
    if len(found) != 1 or _BIGGER.match(lowered[found[0].end() :]):
        return None
    return _value(found[0])


def age_in_words(text: str) -> Result:
    """An age in words, when the message is about an age ("umur", "thn") or is only the
    number; "empat puluhan", "kepala tiga", "30an" as ``Invalid("age_approx")`` (asked again,
    no miss)."""
    lowered = text.lower()
    found = list(_NUMBER.finditer(lowered))
    approx = _APPROX.search(lowered) or any(m.group("approx") for m in found)
    if approx:
        return Invalid("age_approx", miss=False)
    years = number(lowered)
    if years is None:
        return None
    rest = _FILLER.sub(" ", _NUMBER.sub(" ", lowered))
    if not _CUE.search(lowered) and re.sub(r"[^a-z]+", "", rest):
        return None  # "punya dua anak": no age
    return Valid(years) if years >= _YOUNGEST else Invalid("age", {"age": years})


MONEY = re.compile(
    r"(?:\brp\.?\s*)?\b\d+(?:[.,]\d+)*\s*(?:juta|jt|rb|ribu|k|rupiah|perak|miliar)\b"
    r"|\brp\.?\s*\d+(?:[.,]\d+)*"
)
"""An amount of money ("8 juta", "500rb", "Rp3.000.000"): never an age."""
INCOME = re.compile(
    r"\b(?:gaji\w*|penghasilan\w*|pendapatan\w*|income|salary|upah\w*|omzet\w*|omset\w*)\b"
)
"""Income, which is no rule of the programme."""
DROPPED = re.compile(
    r"\b(?:di-?\s*do|kena do|(?:sudah|udah|udh|dah|sdh|pernah)\s+do|drop ?out|dropout)\b"
    r"|\bdo\s+(?:dari|dr)\s+(?:kampus|kuliah|sekolah|univ\w*)\b"
    r"|\b(?:keluar|berhenti|dikeluarkan|mengundurkan diri)\s+(?:dari|dr)\s+"
    r"(?:kampus|kuliah|sekolah|univ\w*)\b"
)
"""Dropped out or left school or university ("udah DO dari kampus", "di-DO", "keluar dari
kampus"): no longer in formal education."""


__all__ = ["DROPPED", "INCOME", "MONEY", "age_in_words", "number"]
