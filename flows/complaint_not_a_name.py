"""What is typed at the provider question that is no provider's name: a question ("how to
complain", "uang saldo saya kepotong, bisa balik ga") or a sentence about oneself ("saya udah
nunggu"). Such a message is answered aside where the bot knows it, and the question asked
again; it is never kept as the name (before, both became "Lembaga pelatihan: ...")."""

from __future__ import annotations

import re

_ASKS = re.compile(
    r"\b(?:gimana|gmn|gmna|bagaimana|gimna|kenapa|knp|napa|kok|apakah|apa|kapan|dimana|"
    r"di mana|berapa|brp|mana|how|what|why|where|when|who|which|can|could|should)\b"
    r"|\bbisa\b.*\b(?:ga|gak|gk|nggak|ngga|engga|enggak|tidak|kah|ya)$"
)
"""A question, with or without "?"."""
_SENTENCE = re.compile(
    r"\b(?:saya|aku|ak|gw|gue|gua|sy|ku|kamu|i|my|me|udah|udh|sudah|sdh|belum|blm|"
    r"ga|gak|gk|nggak|ngga|enggak|engga|tidak|tdk|mau|pengen|pgn|kepotong|terpotong|balik|"
    r"uang|saldo|insentif|dong|tolong)\b"
)
"""A word a name does not hold but a sentence about oneself or the money does."""


def asks(text: str) -> bool:
    """``text`` asks something, with or without "?" ("nanti deadline aku gimana")."""
    return "?" in text or bool(_ASKS.search(" ".join(text.lower().split()).strip(" .!")))


def not_a_name(text: str) -> bool:
    """``text`` asks something or tells about oneself: no provider's name."""
    lowered = " ".join(text.lower().split()).strip(" .!")
    return bool(_ASKS.search(lowered) or _SENTENCE.search(lowered))


_COMPLAINING = re.compile(
    r"\b(?:complain\w*|komplain\w*|lapor\w*|ngadu|mengadu|pengaduan|aduan|report)\b"
)


def about_complaining(text: str) -> bool:
    """ "how to complain": asks about the complaint being filled in now."""
    return bool(_COMPLAINING.search(text.lower()))


__all__ = ["about_complaining", "asks", "not_a_name"]
