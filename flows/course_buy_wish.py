"""A wish to buy the course on screen, typed instead of tapping its button: "beli", "beli ini",
"mau beli yg ini", "ambil yg ini aja", "lanjut beli", "I'll take this one"
(``flows.course_detail_typed``,
``flows.course_answers``). A wish is a buying verb with only pointing and polite words around
it: "beli nya dmn" (a question), "ga jadi beli" (a negation), "beli yg online" (a filter),
"beli 2" are none. Regular expressions and a word set only: read on messages typed in the
course search and browser."""

from __future__ import annotations

import re

_VERB = re.compile(
    r"(?:beli|membeli|dibeli|ambil|mengambil|diambil|pilih|memilih|milih|dipilih|buy|take|"
    r"purchase|checkout|enrol|enroll)(?:in|kan|nya|lah)?"
)
"""Buying, or choosing the course on screen ("beliin", "ambilnya")."""
_AROUND = frozenset(
    {"ini", "itu", "yg", "yang", "aja", "saja", "ya", "yuk", "dong", "deh", "kak", "min", "mau",
     "pengen", "pingin", "ingin", "aku", "saya", "sy", "gw", "gue", "jadi", "langsung",
     "sekarang", "skrg", "pelatihan", "pelatihannya", "kelas", "kelasnya", "kursus",
     "kursusnya", "nya", "ok", "oke", "okay", "sip", "boleh", "tolong", "please", "pls", "i",
     "i'll", "ill", "i'd", "will", "want", "wanna", "would", "like", "to", "this", "that", "it",
     "one", "the", "course", "training", "class", "now", "let", "me", "gas", "lanjut", "lanjutin",
     "lanjutkan"}
)  # fmt: skip
"""Pointing and polite words a wish to buy may have around its verb."""
_WORDS = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?|\d+")


def wants_to_buy(text: str) -> bool:
    """Whether the whole message is a wish to buy the course on screen ("mau beli yg ini")."""
    words = _WORDS.findall(text.casefold())
    if not words or len(words) > 8 or re.search(r"\d", text):
        return False
    verbs = [word for word in words if _VERB.fullmatch(word)]
    return bool(verbs) and all(_VERB.fullmatch(word) or word in _AROUND for word in words)


__all__ = ["wants_to_buy"]
