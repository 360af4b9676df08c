"""``nik`` and ``kk``: 16-digit identity numbers, checked structurally, never trusted blindly.

NIK = PP RR SS DDMMYY NNNN: region of first registration, birth date (day + 40 for women),
serial from 0001. An invalid candidate is still reported, with ``extra["valid"] = False`` and
``extra["reason"]`` one of ``length``, ``region``, ``date``, ``serial``, so that a flow can
tell the user what is wrong. KK numbers get the length, region and serial checks.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from nlu.entities.base import Context
from nlu.entities.regions import region_table
from nlu.types import Entity

_DIGIT_RUN = re.compile(r"(?<![\w+])\d{2,}(?:[ .\-]?\d{2,})*(?!\w)")
_GROUP = re.compile(r"\d+")
_KK_WORDS = {"kk", "nkk", "kartu", "keluarga"}
_NIK_WORDS = {"nik", "ktp", "ektp", "induk", "kependudukan"}
_CARD = "card"
"""English "card (number|no)": read like "kartu" (a card's number, or the family card's: no
NIK), unless it is the identity card's ("ID card number", "KTP card no")."""
_ID_CARD = {"id", "identity", "ktp", "ektp"}
_LENGTH = 16


def mask(digits: str) -> str:
    """``3273********0003``: never echo a full identity number."""
    return digits[:4] + "*" * (len(digits) - 8) + digits[-4:] if len(digits) > 8 else "*" * 8


def nik_birth_date(digits: str, today: date) -> date | None:
    """The birth date a NIK encodes (women: day - 40), or None if it is not a real date."""
    day, month, yy = int(digits[6:8]), int(digits[8:10]), int(digits[10:12])
    if day > 40:
        day -= 40
    centuries = (2000, 1900) if 2000 + yy <= today.year else (1900, 2000)
    for century in centuries:
        try:
            return date(century + yy, month, day)
        except ValueError:
            continue
    return None


def check_nik(digits: str, today: date) -> dict[str, object]:
    """``{"valid": True, ...facts}`` or ``{"valid": False, "reason": ...}``."""
    if len(digits) != _LENGTH:
        return {"valid": False, "reason": "length", "masked": mask(digits)}
    region = region_table().nik_region(digits[:4])
    if region is None:
        return {"valid": False, "reason": "region", "masked": mask(digits)}
    born = nik_birth_date(digits, today)
    if born is None or born > today:
        return {"valid": False, "reason": "date", "masked": mask(digits)}
    if digits[12:] == "0000":
        return {"valid": False, "reason": "serial", "masked": mask(digits)}
    return {
        "valid": True,
        "masked": mask(digits),
        "gender": "F" if int(digits[6:8]) > 40 else "M",
        "birth_date": born.isoformat(),
        "region_code": digits[:4],
        "region": region.name,
        "province": region.province,
    }


def check_kk(digits: str) -> dict[str, object]:
    if len(digits) != _LENGTH:
        return {"valid": False, "reason": "length", "masked": mask(digits)}
    region = region_table().nik_region(digits[:4])
    if region is None:
        return {"valid": False, "reason": "region", "masked": mask(digits)}
    if digits[12:] == "0000":
        return {"valid": False, "reason": "serial", "masked": mask(digits)}
    return {"valid": True, "masked": mask(digits), "region_code": digits[:4],
            "province": region.province}  # fmt: skip


class IdentityExtractor:
    numeric = True

    def extract(self, context: Context) -> Iterator[Entity]:
        previous_end = 0
        for match in _DIGIT_RUN.finditer(context.text):
            span = _sixteen(match)
            if span is None:
                continue
            start, end, digits = span
            labelled = self._label(context, previous_end, start)
            previous_end = end
            if len(digits) != _LENGTH and not _wrong_length_nik(digits, labelled):
                continue
            if labelled == "kk":
                yield Entity("kk", digits, start, end, check_kk(digits))
            else:
                yield Entity("nik", digits, start, end, check_nik(digits, context.today))

    @staticmethod
    def _label(context: Context, after: int, start: int) -> str | None:
        words = [w for w, s, _ in context.words if after <= s < start]
        for at in reversed(range(max(len(words) - 4, 0), len(words))):  # the last 4 words
            word = words[at]
            if word == _CARD:  # "my card number is ...": not a NIK; "ID card number": one
                return "nik" if at > 0 and words[at - 1] in _ID_CARD else "kk"
            if word in _KK_WORDS:
                return "kk"
            if word in _NIK_WORDS:
                return "nik"
        return None


def _wrong_length_nik(digits: str, labelled: str | None) -> bool:
    """A run of the wrong length is reported when it must have been meant as an identity
    number: labelled so, or 14-18 digits long (too long for a phone number)."""
    if digits.startswith(("08", "628")) and len(digits) <= 14:
        return False
    return labelled is not None or 14 <= len(digits) <= 18


def _sixteen(match: re.Match[str]) -> tuple[int, int, str] | None:
    """The part of a digit run that is a 16-digit number, else the whole run if 10-20 digits
    long (a candidate of the wrong length), else None."""
    groups = [(g.start() + match.start(), g.end() + match.start(), g.group(0))
              for g in _GROUP.finditer(match.group(0))]  # fmt: skip
    for first in range(len(groups)):
        total = 0
        for last in range(first, len(groups)):
            total += len(groups[last][2])
            if total == _LENGTH:
                digits = "".join(g[2] for g in groups[first : last + 1])
                return groups[first][0], groups[last][1], digits
            if total > _LENGTH:
                break
    digits = "".join(g[2] for g in groups)
    if 10 <= len(digits) <= 20 and len(groups) <= 5:
        return match.start(), match.end(), digits
    return None
