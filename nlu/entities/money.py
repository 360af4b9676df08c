"""``money``: integer rupiah from "Rp3.500.000", "Rp 3.500.000,-", "3,5 juta", "3.5jt", "600rb",
"600 ribu", "600k", "1,2 M", "sejuta", "3 juta 500 ribu", "750000 rupiah", and numbers grouped
in thousands ("600.000")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from nlu.entities.base import Context
from nlu.types import Entity

_NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?"
_UNITS = {"ribu": 1_000, "rb": 1_000, "rbu": 1_000, "k": 1_000, "juta": 1_000_000,
          "jt": 1_000_000, "jta": 1_000_000, "miliar": 1_000_000_000, "milyar": 1_000_000_000,
          "m": 1_000_000_000}  # fmt: skip
_UNIT = r"ribu|rbu|rb|k|juta|jta|jt|miliar|milyar|m"
_AMOUNT = re.compile(
    rf"(?<![\w.,])(?P<rp>(?:rp|idr)\.?\s*)?(?P<number>{_NUMBER})(?:\s*(?P<unit>{_UNIT})\b)?"
    rf"(?:\s*(?P<rest>\d{{1,3}})\s*(?P<rest_unit>ribu|rb|k)\b)?"
    rf"(?P<suffix>\s*(?:,-|,00|-|rupiah|idr))?",
    re.IGNORECASE,
)
_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_WORDS = re.compile(r"\b(?:(se)(juta|ribu|ratus ribu)|(setengah) juta)\b", re.IGNORECASE)
_WORD_VALUES = {"juta": 1_000_000, "ribu": 1_000, "ratus ribu": 100_000}


def parse_number(text: str) -> float:
    """'3.500.000' -> 3500000; '3,5' -> 3.5; '3.5' -> 3.5; '1,200,000' -> 1200000."""
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", text):
        return float(text.replace(".", "").replace(",", "."))
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", text):
        return float(text.replace(",", ""))
    return float(text.replace(",", "."))


class MoneyExtractor:
    numeric = True

    def extract(self, context: Context) -> Iterator[Entity]:
        for m in _AMOUNT.finditer(context.text):
            unit = (m.group("unit") or "").lower()
            suffix = (m.group("suffix") or "").strip().lower()
            has_rp = m.group("rp") is not None
            if unit == "m" and not has_rp:
                continue
            grouped = _THOUSANDS.fullmatch(m.group("number")) is not None
            if not (has_rp or unit or grouped or suffix in ("rupiah", "idr")):
                continue
            value = parse_number(m.group("number")) * _UNITS.get(unit, 1)
            if m.group("rest") and unit in ("juta", "jt", "jta"):
                value += int(m.group("rest")) * _UNITS[m.group("rest_unit").lower()]
                end = m.end("rest_unit")
            else:
                end = m.end("unit") if unit else m.end("number")
            if suffix in ("rupiah", "idr", ",-", "-", ",00"):
                end = m.end("suffix")
            if value >= 1:
                yield Entity("money", round(value), m.start(), end)
        for m in _WORDS.finditer(context.text):
            if m.group(3):
                yield Entity("money", 500_000, m.start(), m.end())
            else:
                yield Entity("money", _WORD_VALUES[m.group(2).lower()], m.start(), m.end())
