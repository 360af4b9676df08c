"""One step told done and the next one asked about in one sentence: "sertifikat sdh keluar tp
insentif blm dijadwalkan", "pelatihan udah selesai tapi sertifikat belum muncul". What comes
after "tapi" is the concern; what comes before is the context. The NLU read the first topic
("certificate"), so the certificate was confirmed and the incentive left unanswered (p21 b14).
Now the topic after "tapi" is answered, as if asked alone (its answer reads the record: the
incentive schedule appears after the certificate and the mandatory rating and review, DOMAIN.md
"Courses")."""

from __future__ import annotations

import re

from flows.turn import Message

_DONE = re.compile(r"\b(?:sudah|sdh|udah|udh|uda|dah|telah|already|has|have)\b")
_BUT = re.compile(r"\s*,?\s*\b(?:tapi|tp|tpi|tetapi|namun|but|cuma|cuman|cm)\b\s*")
_NOT_YET = re.compile(
    r"\b(?:belum|blm|blom|blum|ga|gak|gk|nggak|ngga|tidak|tdk|not|never|yet|hasn'?t|haven'?t)\b"
)
TOPICS = (
    ("incentive_status", re.compile(r"\b(?:insentif\w*|incentives?|pencairan|cair)\b")),
    ("certificate", re.compile(r"\b(?:sertifikat\w*|sertif|certificates?)\b")),
)
"""The steps told apart, each with the intent that answers it (in the programme's order)."""


def concern(message: Message) -> str | None:
    """The intent of the step asked about after "tapi", when the NLU read the step told done
    before it; else None."""
    text = " ".join((message.text or "").lower().split())
    parts = _BUT.split(text, maxsplit=1)
    if message.payload is not None or len(parts) != 2:
        return None
    before, after = parts
    if not _DONE.search(before) or not _NOT_YET.search(after):
        return None
    asked = next((intent for intent, topic in TOPICS if topic.search(after)), None)
    told = next((intent for intent, topic in TOPICS if topic.search(before)), None)
    if asked is None or told is None or asked == told or message.intent != told:
        return None
    return asked


__all__ = ["TOPICS", "concern"]
