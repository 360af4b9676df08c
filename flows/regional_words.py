"""Javanese, Sundanese and Betawi "so what now?" and "I don't get it" said alone ("lha terus
piye", "njuk kudu piye", "kumaha atuh", "terus piye iki", "kagak ngarti aye"): read as their
Indonesian words ("terus gimana", "terus harus gimana", "gimana dong", "ga ngerti aku"), so that
they get what "trs gmn dong" or "ga ngerti" gets right after an answer (its next step, its
complaint, or what was unclear). Before, the NLU read them as help or out of scope and the
generic menu came, the answer just given forgotten.

Only a short message made of nothing but such words is read again; one that names anything
else ("piye carane daftar") is left to the NLU."""

from __future__ import annotations

import re
from dataclasses import replace

from flows.turn import Message

MAX_WORDS = 6

REGIONAL: dict[str, str] = {
    "piye": "gimana", "kepiye": "gimana", "pripun": "gimana", "kumaha": "gimana",
    "kumahanya": "gimananya", "njuk": "terus", "nuli": "terus", "banjur": "terus",
    "kudu": "harus", "kudune": "harusnya", "atuh": "dong", "tho": "dong", "toh": "dong",
    "lha": "oh", "iki": "ini", "iku": "itu", "saiki": "sekarang", "ayeuna": "sekarang",
    "kagak": "ga", "ora": "ga", "teu": "ga", "ngarti": "ngerti", "aye": "aku", "abdi": "aku",
    "kulo": "aku", "mas": "kak", "mbak": "kak", "bang": "kak", "akang": "kak", "kang": "kak",
    "teteh": "kak", "euy": "ya",
}  # fmt: skip
"""Regional words and the Indonesian word each stands for here."""
_KEPT = frozenset(
    {"terus", "trus", "trs", "gimana", "gmn", "harus", "hrs", "dong", "ya", "kak", "min", "aku",
     "ini", "itu", "sekarang", "ga", "gak", "ngerti", "oh", "jadi", "sih", "nih", "deh", "lho"}
)  # fmt: skip
"""Indonesian words such a message may hold besides the regional ones."""
_ASKS = re.compile(r"\b(?:terus|gimana|harus)\b|\bga ngerti\b")
"""What the message asks once read: what now, or what was meant."""


def standard(text: str) -> str | None:
    """The Indonesian reading of a short regional "what now?" / "I don't get it", else None."""
    words = re.findall(r"[a-z']+", text.lower())
    if not words or len(words) > MAX_WORDS or not any(w in REGIONAL for w in words):
        return None
    if not all(w in REGIONAL or w in _KEPT for w in words):
        return None
    read = " ".join(REGIONAL.get(w, w) for w in words)
    return read if _ASKS.search(read) else None


def reread(message: Message) -> Message:
    """The message as its Indonesian words, read as the NLU reads those (a request for help:
    the answer just given decides what it is about); else the message itself."""
    if message.payload is not None or not message.text:
        return message
    read = standard(message.text)
    if read is None:
        return message
    ranking = (("help", 1.0),)
    return replace(message, text=read, intent="help", confidence=1.0, ranking=ranking,
                   ambiguous=False, parts=())  # fmt: skip


__all__ = ["REGIONAL", "reread", "standard"]
