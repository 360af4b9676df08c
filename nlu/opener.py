"""A greeting before the question: "assalamualaikum min, mau nanya prakerja 2026 ada lg gak?"

Participants often open with a greeting, a form of address and "mau tanya" before what they
want. A greeting word is strong evidence for ``greet`` (it occurs nowhere else), so the whole
message could be read as a greeting and the question would be lost. The parser therefore also
reads what follows the opener on its own, and takes that reading when it is a confident request
(see ``nlu.pipeline``). Words are the normaliser's standard forms ("hai", "hallo" -> "halo";
"min" -> "admin"; "nanya" -> "tanya").
"""

from __future__ import annotations

from collections.abc import Sequence

GREET = "greet"

GREETINGS = frozenset(
    {"halo", "assalamualaikum", "selamat", "permisi", "misi", "salam", "pagi", "siang", "sore",
     "malam", "wr", "wb", "warahmatullah", "warahmatullahi", "wabarakatuh", "yo", "oi", "oy",
     "woy", "👋", "🙏"}
)  # fmt: skip
"""Words that open a message as a greeting (one of them must come first)."""

OPENER_WORDS = GREETINGS | frozenset(
    {"admin", "kak", "bapak", "ibu", "bot", "mau", "ingin", "tanya", "bertanya", "dong", "nih",
     "ya", "izin", "numpang", "maaf", "ganggu"}
)  # fmt: skip
"""What may follow the greeting before the request: forms of address, "mau tanya", "maaf
ganggu"."""

MIN_REST_WORDS = 3
"""Words the rest needs: "halo, ada orang?", "horas kak, mau nanya soal prakerja" and "hai
prakerja assistant" greet; "halo kak, insentif saya belum cair" asks."""

NOT_A_REQUEST = frozenset(
    {GREET, "affirm", "deny", "thanks", "goodbye", "out_of_scope", "help", "human_agent"}
)
"""Readings of the rest that do not replace the greeting: "halo kak, apa kabar" stays a
greeting, and so do "permisi, mau tanya sesuatu boleh" (an affirm-like rest) and "halo kak,
saya mau tanya tanya dulu nih" (help-like: the greeting's menu answers both; a person is one
tap away in it, so a first "halo, ada orang di sana?" is not handed to staff)."""


def after_opener(tokens: Sequence[str]) -> list[str] | None:
    """The tokens after a leading greeting and its opener words, when words follow."""
    if not tokens or tokens[0] not in GREETINGS:
        return None
    i = 1
    while i < len(tokens) and tokens[i] in OPENER_WORDS:
        i += 1
    rest = list(tokens[i:])
    return rest if sum(t[0].isalpha() for t in rest) >= MIN_REST_WORDS else None
