"""A registration put off and a side question in one message, at one of its questions ("no kk
aku lupa, nanti dulu deh. btw dapet duit brp?" at the KK number): the side question answered,
then the pause kept (the answers so far stay, the question waits) and the question shown again.
Before, the forgotten KK got what a KK is and the benefits question was lost."""

from __future__ import annotations

import re

from flows.digression import digress
from flows.messages import Outbound
from flows.runtime.machine import Flow, FlowTurn, State
from flows.runtime.prompts import prompt
from flows.turn import Ask

_LATER = re.compile(
    r"\b(?:nanti|ntar|entar|nnti|besok|lain kali)\s+(?:\w+\s+)?(?:dulu|aja|saja|lagi|lg|deh|"
    r"ya|dilanjut\w*|lanjut\w*|aku cari\w*|dicari)\b"
    r"|\b(?:skip|lewati|lewatin)\s+(?:dulu|aja)\b|\b(?:continue|finish) (?:it )?later\b"
)
"""The pause ("nanti dulu deh", "ntar aja", "nanti aku cari")."""
_THEN = re.compile(
    r"(?:[.,;!]\s*|\s)(?:btw|by the way|oh ya|oh iya|o iya|eh|trus|terus|tapi|tp|sama|oiya|"
    r"mau tanya|aku mau tanya|sekalian|anyway)\b"
)
"""Where the side question starts ("..., btw dapet duit brp?")."""
_ASKS = re.compile(
    r"\?|\b(?:brp|berapa|apa|apakah|gimana|gmn|bagaimana|kapan|kenapa|knp|dimana|di mana|"
    r"bisa|boleh|how|what|when|why)\b"
)


def split(text: str) -> str | None:
    """The side question after a pause in ``text``, or None."""
    lowered = " ".join(text.lower().split())
    paused = _LATER.search(lowered)
    if paused is None:
        return None
    after = _THEN.search(lowered, paused.end())
    rest = lowered[after.end() :] if after is not None else lowered[paused.end() :]
    rest = rest.strip(" .,;!")
    return rest if len(rest.split()) >= 2 and _ASKS.search(rest) else None


def answer(flow: Flow, state: State, turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """The side question's answer, the pause kept, the question again; else None."""
    if turn.message.payload is not None or split(turn.message.text or "") is None:
        return None
    if turn.message.intent in (None, "inform", "affirm", "deny", "cancel", "goodbye"):
        return None  # no side question read: the form's own answers
    answered = yield from digress(turn)
    if not answered:
        return None
    kept = Outbound(turn.say("registration.aside.later"))
    return [*answered, kept, prompt(flow, state, turn)]


__all__ = ["answer", "split"]
