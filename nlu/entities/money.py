"""``money``: integer rupiah from "Rp3.500.000", "Rp 3.500.000,-", "3,5 juta", "3.5jt", "600rb",
"600 ribu", "600k", "1,2 M", "sejuta", "3 juta 500 ribu", "750000 rupiah", numbers grouped in
thousands ("600.000", "600,000"), and English units ("1.5 million", "1,5 million", "2 million
rupiah", "500 thousand", "3.5 mio", "IDR 600,000", "Rp 1.5M").

Separators: dots grouping three digits are Indonesian thousands ("1.500.000"), commas grouping
three digits English ones ("1,200,000"); otherwise either is a decimal point ("3,5 juta", "1.5
million"). "M" after Rp is the Indonesian miliar ("Rp 1,2 M", "Rp 2M"), except after a decimal
point written as a dot, the English way ("Rp 1.5M": 1.5 million). An amount in another currency
("600k USD", "$600k") is no rupiah."""

from __future__ import annotations

import re
from collections.abc import Iterator

from nlu.entities.base import Context
from nlu.types import Entity

_NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?"
_THOUSAND, _MILLION, _BILLION = 1_000, 1_000_000, 1_000_000_000
_UNITS = {"ribu": _THOUSAND, "rb": _THOUSAND, "rbu": _THOUSAND, "k": _THOUSAND,
          "thousand": _THOUSAND, "thousands": _THOUSAND,
          "juta": _MILLION, "jt": _MILLION, "jta": _MILLION, "million": _MILLION,
          "millions": _MILLION, "mio": _MILLION, "mn": _MILLION,
          "miliar": _BILLION, "milyar": _BILLION, "billion": _BILLION, "billions": _BILLION,
          "bn": _BILLION, "m": _BILLION}  # fmt: skip
_UNIT = r"ribu|rbu|rb|k|thousands?|juta|jta|jt|millions?|mio|mn|miliar|milyar|billions?|bn|m"
_REST_UNIT = r"ribu|rb|k|thousands?"
"""The thousands after millions ("3 juta 500 ribu", "3 million 500 thousand")."""
_AMOUNT = re.compile(
    rf"(?<![\w.,])(?P<rp>(?:rp|idr)\.?\s*)?(?P<number>{_NUMBER})(?:\s*(?P<unit>{_UNIT})\b)?"
    rf"(?:\s*(?P<rest>\d{{1,3}})\s*(?P<rest_unit>{_REST_UNIT})\b)?"
    rf"(?P<suffix>\s*(?:,-|,00|-|rupiah|idr))?",
    re.IGNORECASE,
)
_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_DOT_DECIMAL = re.compile(r"\d+\.\d+")
_FOREIGN_BEFORE = re.compile(r"(?:[$€]|\b(?:usd|us\$|sgd|myr|eur))\s*$", re.IGNORECASE)
_FOREIGN_AFTER = re.compile(
    r"\s*(?:\$|(?:usd|us\$|dollars?|sgd|myr|ringgit|eur|euros?)\b)", re.IGNORECASE
)
_WORDS = re.compile(r"\b(?:(se)(juta|ribu|ratus ribu)|(setengah) juta)\b", re.IGNORECASE)
_WORD_VALUES = {"juta": _MILLION, "ribu": _THOUSAND, "ratus ribu": 100_000}


def parse_number(text: str) -> float:
    """'3.500.000' -> 3500000; '3,5' -> 3.5; '3.5' -> 3.5; '1,200,000' -> 1200000."""
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", text):
        return float(text.replace(".", "").replace(",", "."))
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", text):
        return float(text.replace(",", ""))
    return float(text.replace(",", "."))


def _unit_value(unit: str, number: str) -> int:
    """What one ``unit`` is worth; "M" after a dot decimal is the English million."""
    if unit == "m" and _DOT_DECIMAL.fullmatch(number) and not _THOUSANDS.fullmatch(number):
        return _MILLION
    return _UNITS.get(unit, 1)


def _foreign(text: str, start: int, end: int) -> bool:
    """ "$600k", "600 thousand dollars", "USD 600": another currency, not rupiah."""
    return bool(_FOREIGN_BEFORE.search(text[:start]) or _FOREIGN_AFTER.match(text, end))


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
            value = parse_number(m.group("number")) * _unit_value(unit, m.group("number"))
            if m.group("rest") and _UNITS.get(unit) == _MILLION:
                value += int(m.group("rest")) * _UNITS[m.group("rest_unit").lower()]
                end = m.end("rest_unit")
            else:
                end = m.end("unit") if unit else m.end("number")
            if suffix in ("rupiah", "idr", ",-", "-", ",00"):
                end = m.end("suffix")
            if not has_rp and _foreign(context.text, m.start(), end):
                continue
            if value >= 1:
                yield Entity("money", round(value), m.start(), end)
        for m in _WORDS.finditer(context.text):
            if m.group(3):
                yield Entity("money", 500_000, m.start(), m.end())
            else:
                yield Entity("money", _WORD_VALUES[m.group(2).lower()], m.start(), m.end())
