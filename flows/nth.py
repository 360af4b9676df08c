"""The number a message gives a payment or a survey next to its name: "insentif ke 2",
"insentif tahap 2", "survei ketiga", "my second incentive", "3rd survey payment"."""

from __future__ import annotations

import re

_NUMBER = (
    r"(?:(?:ke|tahap|termin)[- ]?(?P<digit>\d)|(?P<english>\d)(?:st|nd|rd|th)"
    r"|(?P<word>pertama|kesatu|kedua|ketiga|keempat|kelima|first|second|third|fourth|fifth)"
    r"|ke[- ](?P<counted>satu|dua|tiga|empat|lima))"
)
_WORDS = {"pertama": 1, "kesatu": 1, "kedua": 2, "ketiga": 3, "keempat": 4, "kelima": 5,
          "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
          "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5}  # fmt: skip


def patterns(name: str, words_between: int) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The number after ``name`` (a regex), up to ``words_between`` words apart ("insentif aku
    yg ke-2"), and before it, one word apart at most ("second survey payment")."""
    after = re.compile(rf"\b{name}\s+(?:\w+\s+){{0,{words_between}}}?{_NUMBER}\b")
    return after, re.compile(rf"\b{_NUMBER}\s+(?:\w+\s+)?{name}")


ALONE = re.compile(
    r"^\W*(?:(?:trs|terus|trus|tros|lalu|kalo|klo|kalau|kl|nah|lha|lho|loh|lah|oh|ok|oke|"
    r"and|then|what about|how about|so)\W+)*(?:(?:yg|yang|yng|the)\s+)?"
    rf"{_NUMBER}(?:nya)?\b(?:\W+\w+){{0,4}}\W*$"
)
"""A number said alone, as the rest of a short follow-up ("trs yg kedua kapan", "yang ke-3
gmn?", "what about the second one"): which thing it numbers is the answer just before's."""


def number_in(text: str, found_by: tuple[re.Pattern[str], ...]) -> int | None:
    """The first number ``found_by`` finds in ``text``, else None."""
    lowered = " ".join(text.lower().split())
    for pattern in found_by:
        for found in pattern.finditer(lowered):
            digits = found.group("digit") or found.group("english")
            if digits:
                return int(digits)
            word = found.group("word") or found.group("counted")
            if word in _WORDS:
                return _WORDS[word]
    return None


__all__ = ["ALONE", "number_in", "patterns"]
