"""Short reactions typed at a form's question that answer nothing:

- "trs?", "oke trs?", "terus gimana?", "so?", "and then?": the user waits for what comes next,
  not knowing the question below is it; the question rephrased (as "maksudnya?" gets), before
  "belum menangkap jawabannya" with the same words;
- "ok brarti nunggu ya", "oke noted", "sip paham" after an aside's answer: that answer taken
  in; a short "okay" and the question again, no miss (the yes/no readers do not read them as a
  yes: ``flows.yes_no.off_topic``)."""

from __future__ import annotations

import re

from flows.turn import Message
from flows.yes_no import acknowledges_aside

_NEXT = re.compile(
    r"(?:(?:ok|oke|okay|okey|oh|ya|iya|nah|jadi|jd|yaudah|ya udah|sip)[\s,.!]+)*"
    r"(?:terus|trus|trs|truss|tros|terrus|lalu|trs\s+apa|terus\s+apa|trus\s+apa|"
    r"(?:terus|trus|trs|lalu|jadi|jd|trs)\s+(?:gimana|gmn|gmna|bagaimana|gimna|ngapain)|"
    r"selanjutnya|abis itu|habis itu|setelah itu|then|and then|so|what now|now what|"
    r"what next|what'?s next)"
    r"(?:\s+(?:kak|min|ya|dong|sih|nih|kk|gan|apa|lagi|lg))*[\s?!.]*"
)
"""What comes next, asked with no topic ("trs?", "oke trs?", "terus gimana kak?")."""

_LEAD = frozenset({"ok", "oke", "okay", "okey", "okeh", "sip", "siap", "noted", "baik", "oh",
                   "oalah", "owalah"})  # fmt: skip
_AROUND = frozenset({"kak", "min", "ya", "yaa", "yah", "deh", "dong", "sih", "aku", "saya",
                     "sy", "gan", "kk", "nih", "aja"})  # fmt: skip
MAX_WORDS = 6


def asks_next(message: Message) -> bool:
    """ "trs?", "oke trs?", "terus gimana?": what comes next, with no topic of its own."""
    text = " ".join((message.text or "").lower().split())
    return message.payload is None and bool(text) and bool(_NEXT.fullmatch(text))


def heard(message: Message) -> bool:
    """ "ok brarti nunggu ya", "oke noted", "oh gitu ya": the answer before taken in; no answer
    to the question (only when the question's reader found none)."""
    text = (message.text or "").lower()
    if message.payload is not None or "?" in text:
        return False
    words = [w for w in re.findall(r"[^\W\d_]+", text) if w not in _AROUND]
    if not words or len(words) > MAX_WORDS or words[0] not in _LEAD:
        return False
    return acknowledges_aside(words[1:], frozenset()) or all(w in _LEAD for w in words)


__all__ = ["asks_next", "heard"]
