"""Javanese, Sundanese and Betawi "so what now?" and "I don't get it" said alone ("lha terus
piye", "njuk kudu piye", "kumaha atuh", "terus piye iki", "kagak ngarti aye"): read as their
Indonesian words ("terus gimana", "terus harus gimana", "gimana dong", "ga ngerti aku"), so that
they get what "trs gmn dong" or "ga ngerti" gets right after an answer (its next step, its
complaint, or what was unclear). Before, the NLU read them as help or out of scope and the
generic menu came, the answer just given forgotten.

Sundanese and Betawi money questions said alone ("sabaraha duitna prakerja teh", "iraha cairna",
"sabaraha lami cairna", "pangaosna iraha lebet", "duitnye berape", "kapan dapetnye") are read
the same way, as the Indonesian question they stand for ("berapa uangnya prakerja": the
benefits; "kapan cairnya", "kapan masuknya": the incentive's timing). Before, the first got the
programme brochure and the others were out of scope.

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
    "kudu": "harus", "kudune": "harusnya", "kedah": "harus", "teras": "terus",
    "atuh": "dong", "tho": "dong", "toh": "dong",
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

MONEY_WORDS: dict[str, str] = {
    "sabaraha": "berapa", "iraha": "kapan", "duitna": "uangnya", "artos": "uang",
    "artosna": "uangnya", "cairna": "cairnya", "lami": "lama", "lamina": "lamanya",
    "insentifna": "insentifnya", "meunang": "dapat", "teh": "", "mah": "",
    "pangaos": "uang", "pangaosna": "uangnya", "lebet": "masuk", "duitnye": "uangnya",
    "berape": "berapa", "dapetnye": "dapetnya", "cairnye": "cairnya",
}  # fmt: skip
"""Sundanese words of a money question (the "-na" suffix is "-nya"; "teh", "mah" only stress)."""
_MONEY_KEPT = frozenset(
    {"berapa", "brp", "kapan", "kpn", "lama", "uang", "duit", "insentif", "cair", "dapat",
     "dapet", "masuk", "prakerja", "kartu", "ya", "kak", "min", "sih", "nih", "dong", "atuh", "euy"}
)  # fmt: skip
"""Indonesian words such a question may hold besides the Sundanese ones."""
_PARTICLES = frozenset({"teh", "mah", "atuh", "euy"})
_PAID = r"\b(?:cair|masuk|dapet)"
_WHEN = re.compile(rf"\b(?:kapan|berapa lama)\b.*{_PAID}|{_PAID}\w*\b.*\b(?:kapan|berapa lama)\b")
_HOW_MUCH = re.compile(r"\bberapa\b(?! lama)")
_MONEY = re.compile(r"\b(?:uang\w*|duit\w*|dapat|dapet|insentif\w*)\b")


def standard(text: str) -> str | None:
    """The Indonesian reading of a short regional "what now?" / "I don't get it", else None."""
    words = re.findall(r"[a-z']+", text.lower())
    if not words or len(words) > MAX_WORDS or not any(w in REGIONAL for w in words):
        return None
    if not all(w in REGIONAL or w in _KEPT for w in words):
        return None
    read = " ".join(REGIONAL.get(w, w) for w in words)
    return read if _ASKS.search(read) else None


def money_question(text: str) -> tuple[str, str] | None:
    """The Indonesian reading of a short Sundanese money question and the intent it asks (when
    the incentive is paid, how much one gets), else None."""
    words = re.findall(r"[a-z']+", text.lower())
    if not words or len(words) > MAX_WORDS:
        return None
    if not any(w in MONEY_WORDS and w not in _PARTICLES for w in words):
        return None
    if not all(w in MONEY_WORDS or w in _MONEY_KEPT for w in words):
        return None
    read = " ".join(filter(None, (REGIONAL.get(w, MONEY_WORDS.get(w, w)) for w in words)))
    if _WHEN.search(read):
        return read, "incentive_status"
    if _HOW_MUCH.search(read) and _MONEY.search(read):
        return read, "benefits_info"
    return None


def reread(message: Message) -> Message:
    """The message as its Indonesian words, read as the NLU reads those (a request for help:
    the answer just given decides what it is about); else the message itself."""
    if message.payload is not None or not message.text:
        return message
    read, intent = standard(message.text), "help"
    if read is None:
        read, intent = money_question(message.text) or (None, intent)
    if read is None:
        return message
    ranking = ((intent, 1.0),)
    return replace(message, text=read, intent=intent, confidence=1.0, ranking=ranking,
                   ambiguous=False, parts=())  # fmt: skip


__all__ = ["MONEY_WORDS", "REGIONAL", "money_question", "reread", "standard"]
