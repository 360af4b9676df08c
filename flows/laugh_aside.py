"""Laughter alone at one of a flow's questions ("wkwkwk", "hahaha kak"): no answer, and no
question beyond the programme either; a light "Hehe 😄", then the question again. Before, the
NLU's off-topic reading got "Maaf, soal itu aku tidak bisa bantu 🙏" (probe p25c d f07)."""

from __future__ import annotations

import re

_LAUGH = re.compile(
    r"(?:w?k(?:wk)+w?|(?:ha){2,}h?|(?:he){2,}h?|(?:hi){2,}h?|(?:xi){2,}|awok\w*|lol|lmao|rofl)"
)
_FILLER = frozenset({"kak", "min", "bang", "sis", "gan", "deh", "sih", "aja", "ya", "dong"})


def laughs_only(text: str) -> bool:
    """The whole message is a laugh ("wkwkwk", "hahaha", "wkwk kak"), with nothing asked."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    laughs = [word for word in words if _LAUGH.fullmatch(word)]
    return bool(laughs) and "?" not in text and all(w in _FILLER for w in words if w not in laughs)
