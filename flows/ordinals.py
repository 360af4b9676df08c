"""The place in a numbered list a short message points at: "nomor 3", "no.3", "pilih 3", "yg
ke-3", "yang ketiga", "the third one", "pelatihan kedua". Read by the engine while a list's
buttons are the last offered (``bot.typed_choice``) and by the course results a few messages
later (``flows.course_results``), so both read the same words."""

from __future__ import annotations

import re

_ORDINAL_WORDS = {
    "pertama": 1, "kesatu": 1, "kedua": 2, "ketiga": 3, "keempat": 4, "kelima": 5, "keenam": 6,
    "ketujuh": 7, "kedelapan": 8, "kesembilan": 9, "kesepuluh": 10,
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10,
}  # fmt: skip
_NUMBER_WORDS = frozenset({"nomor", "nomer", "nmr", "no", "number", "num", "pilihan", "opsi",
                           "option", "ke", "urutan"})  # fmt: skip
"""Words that name a number as a place ("nomor 3", "ke 3")."""
_CHOOSE_WORDS = frozenset({"pilih", "choose"})
"""Verbs that name a number as a choice too ("pilih 3")."""
_PICK_WORDS = frozenset({"yang", "yg", "pilih", "pilihnya", "ambil", "the", "i", "choose", "take",
                         "want", "one", "itu", "aja", "saja", "dong", "kak", "min", "ya", "deh",
                         "mau", "aku", "saya", "sy", "please", "pls", "course",
                         "pelatihan"})  # fmt: skip
"""Words around the place that say nothing else ("yang ketiga aja kak")."""
_ENGLISH_ORDINAL = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)$")
_SEPARATORS = re.compile(r"[.\-#:!?,]")


def ordinal(text: str) -> int | None:
    """The place (1 or more) a short message picks, else None. A bare number is an answer, not
    a choice (the channels read "3" where they numbered the list), so a number needs a word
    naming it; any other word ("mau beli pelatihan kedua") makes it no pick."""
    spaced = re.sub(r"\bke(\d)", r"ke \1", _SEPARATORS.sub(" ", text.casefold()))
    words = spaced.split()
    named = any(word in _NUMBER_WORDS or word in _CHOOSE_WORDS for word in words)
    found: list[int] = []
    for word in words:
        english = _ENGLISH_ORDINAL.match(word)
        if word in _ORDINAL_WORDS:
            found.append(_ORDINAL_WORDS[word])
        elif english:
            found.append(int(english.group(1)))
        elif word.isdigit() and len(word) <= 2 and named:
            found.append(int(word))
        elif word not in _NUMBER_WORDS and word not in _PICK_WORDS:
            return None
    return found[0] if len(found) == 1 and found[0] > 0 else None


_COUNTED = {"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "one": 1, "two": 2,
            "three": 3, "four": 4, "five": 5}  # fmt: skip
_PLACE = re.compile(
    r"(?:\b(?:nomor|nomer|nmr|no|number|num|urutan|ke)\s*(\d{1,2}|satu|dua|tiga|empat|lima)"
    r"|\b(\d{1,2})(?:st|nd|rd|th)|#(\d{1,2})|\b(" + "|".join(_ORDINAL_WORDS) + r"))\b"
)
_BOTH = re.compile(r"\bkedua[\s-]*duanya\b")
""""Both" ("kedua-duanya"), no second one."""
LAST = -1
"""The place of the last one shown ("yg terakhir"), for the caller to resolve."""
_LAST = re.compile(
    r"\b(?:(?:yg|yang|nomor|no|urutan)\s+(?:paling\s+)?(?:terakhir|akhir|bawah)|"
    r"(?:the\s+)?last\s+one|the\s+last)\b"
)
_COMPARE = re.compile(r"\b(?:banding\w*|compare\w*|vs|versus|beda\w*|bagus\w* mana|mending)\b")
_PAIR = re.compile(
    r"(?<![\w.,])(\d{1,2})\s*(?:sama|sm|ama|dan|dn|dengan|dgn|&|vs|versus|and|atau|or|,)\s*"
    r"(?:(?:yg|yang)\s+)?(\d{1,2})(?![\w.,])"
)
"""Two bare numbers compared ("bandingin 1 sama 2"): places, the comparison naming them."""


def places(text: str) -> list[int]:
    """Every place a message names, in order and once each, whatever else it says ("bandingin
    no 1 sama no 2 dong" is [1, 2], "yg kedua detailnya dong" [2]); read only where a list is
    on screen, the callers' gate (``ordinal`` is the strict reading of a whole message). Two
    bare numbers count beside a comparison ("bandingin 1 sama 2"); the last one shown ("yg
    terakhir") is ``LAST``."""
    lowered = _BOTH.sub(" ", re.sub(r"\bke-(?=\w)", "ke ", text.casefold()))
    lowered = lowered.replace("no.", "no ")
    found: list[int] = []
    for match in _PLACE.finditer(lowered):
        named, english, hashed, word = match.groups()
        raw = named or english or hashed
        if word is not None:
            place = _ORDINAL_WORDS[word]
        elif raw is not None and raw.isdigit():
            place = int(raw)
        else:
            place = _COUNTED[str(raw)]
        if place > 0 and place not in found:
            found.append(place)
    paired = _PAIR.search(lowered) if not found and _COMPARE.search(lowered) else None
    if paired is not None:  # "bandingin 1 sama 2"
        first, second = int(paired.group(1)), int(paired.group(2))
        found = [place for place in dict.fromkeys((first, second)) if place > 0]
    if _LAST.search(lowered) and LAST not in found:  # "kalo yg terakhir?"
        found.append(LAST)
    return found


__all__ = ["LAST", "ordinal", "places"]
