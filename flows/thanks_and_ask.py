"""A thank-you followed by a question in the same message ("ok thx, trus kalo udh pulang ke
indo gmn"): the NLU reads the whole as thanks, and the question was swallowed by "Sama-sama!
😊". The question is routed on its own (as if typed alone, right after the answer thanked
for: its follow-ups still apply), with the thanks acknowledged in front."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from flows.runtime.machine import FlowTurn
from flows.turn import Step

_THANKS = re.compile(
    r"^\W*(?:(?:ok\w*|oke\w*|okay|sip|siap|baik|noted|wah|oh|oo+h?|ya+|iya+)[\s,.!]+)*"
    r"(?:makasih\w*|makasi|maacih|terima ?kasih|trima ?kasih|thanks|thank you|thx|tq|tengkyu|"
    r"trims|nuhun|suwun)"
    r"(?:\s+(?:ya+|kak|kk|min|gan|banyak|bgt|banget|atas|infonya|info|jawabannya|penjelasannya|"
    r"sebelumnya|for|the|info|a lot|so much))*[\s,.!🙏😊👍]*"
    r"(?:(?:trus|terus|trs|ters|tapi|tp|lalu|oh iya|oh ya|btw|eh|and|but|then|satu lagi|mau "
    r"tanya lagi)\b[\s,]*)?"
)
"""The thank-you in front, and the word that joins the question to it ("trus", "btw")."""
_ASKS = re.compile(
    r"\?|\b(?:gmn|gimana|bagaimana|gmana|apa(?:kah)?|kapan|kpn|brp|berapa|kalo|kalau|klo|bisa|"
    r"boleh|kok|kenapa|knp|mana|dimana|dmn|how|what|when|where|why|can|could|is|are|do|does)\b"
)
MIN_WORDS = 3
"""A question has a few words of its own ("trus gmn" alone is a follow-up the thanks reading
does not swallow in practice, and "makasih ya kak" has none)."""


def rest(turn: FlowTurn) -> str | None:
    """The question after the thanks, when a thanks reading would swallow it; else None."""
    message = turn.message
    if message.payload is not None or message.intent != "thanks" or not message.text:
        return None
    text = " ".join(message.text.split())
    found = _THANKS.match(text.lower())
    if found is None or found.end() == 0:
        return None
    after = text[found.end() :].strip()
    if len(after.split()) < MIN_WORDS or not _ASKS.search(after.lower()):
        return None
    return after


def answered(turn: FlowTurn, question: str, route: Callable[[FlowTurn], Step]) -> Step:
    """``question`` routed as if typed alone (no reading of its own: the follow-ups, the
    answer just given and the fallbacks decide), the thanks acknowledged in front."""
    alone = replace(turn.message, text=question, intent=None, confidence=0.0, ranking=(),
                    ambiguous=False, parts=(), entities=())  # fmt: skip
    replies = yield from route(FlowTurn(turn.session, alone, turn.ctx))
    if not replies:
        return replies
    first = replace(replies[0], text=turn.say("kb.thanks") + "\n" + replies[0].text)
    return [first, *replies[1:]]


__all__ = ["answered", "rest"]
