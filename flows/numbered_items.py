"""An item of a numbered list of questions named by its number right after the answers ("yg no
4 kenapa gabisa", "nomor 2 maksudnya gimana", "the 3rd one?"): that item's question and its
answer again, named, instead of the NLU's reading of the few words left ("kenapa gabisa" as an
account problem). ``flows.several_questions`` keeps each item's answer (``keep``) when it
answers a numbered list ("1. syarat umur brp 2. gelombang skrg buka ga ... 4. bisa pake
shopeepay ga"). Course results' places ("yg kedua") are ``flows.ordinals``'."""

from __future__ import annotations

import re

from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

KEPT = "numbered_items"
"""``session.profile`` key: {"turn": the answers' turn, "items": [[question, answer], ...]}."""
WITHIN_TURNS = 3
"""The list is named by its numbers for a few messages after its answers."""
MAX_WORDS = 10
MAX_ANSWER = 1200
"""An item's answer is kept at most this long (the first part of a long one)."""

_NUMBER = re.compile(
    r"^\W*(?:(?:yg|yang|the)\s+)?(?:(?:no|nomor|nomer|nmr|number|poin|point|item)\.?\s*|#\s*)"
    r"(?P<n>[1-9])\b(?P<rest>.*)$"
)
"""An item named by its number: "yg no 4 kenapa gabisa", "nomor 2?", "no.3 maksudnya"."""
_PLACE = re.compile(
    r"^\W*(?:(?:yg|yang|the|pertanyaan|question)\s+)+(?:(?:tadi|td)\s+)?"
    r"(?P<n>pertama|kedua|ketiga|first|second|third)\b(?:\s+one\b)?(?P<rest>.*)$"
)
"""A question of an unnumbered message named by its place right after the answers ("yg
pertama tadi gmn", "the second one?"): before, the last answer was read again (p21 c23)."""
_PLACES = {"pertama": 1, "first": 1, "kedua": 2, "second": 2, "ketiga": 3, "third": 3}
LIST_WITHIN = 1
"""An unnumbered message's questions are named by their place only in the message after it."""


def keep(turn: FlowTurn, items: list[tuple[str, str]], *, numbered: bool = True) -> None:
    """Each item's question and its answer's text, for a later "yg no 4 ..." (a numbered list)
    or "yg pertama tadi gmn" (any several questions)."""
    turn.session.profile[KEPT] = {
        "turn": turn.session.turns,
        "numbered": numbered,
        "items": [[question, said[:MAX_ANSWER]] for question, said in items],
    }


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """The named item's question and answer again; None unless a kept list's item is named."""
    message = turn.message
    text = " ".join((message.text or "").lower().split())
    kept = turn.session.profile.get(KEPT)
    if message.payload is not None or turn.session.flow is not None or not isinstance(kept, dict):
        return None
    since = turn.session.turns - int(kept.get("turn", -99))
    found = _NUMBER.match(text) if kept.get("numbered", True) else None
    place = _PLACE.match(text) if since <= LIST_WITHIN else None
    if (found is None and place is None) or len(text.split()) > MAX_WORDS:
        return None
    if since > WITHIN_TURNS:
        return None
    items = kept.get("items") or []
    index = (int(found["n"]) if found is not None else _PLACES[place["n"]] if place else 1) - 1
    if index >= len(items):
        return [turn.reply("numbered_items.none", turn.menu_button(), count=len(items))]
    question, said = items[index]
    turn.session.misses = 0
    key = "numbered_items.item" if kept.get("numbered", True) else "numbered_items.place"
    head = turn.say(key, number=index + 1, question=question)
    return [Outbound(f"{head}\n{said}", (turn.menu_button(),))]


__all__ = ["KEPT", "answer", "keep"]
