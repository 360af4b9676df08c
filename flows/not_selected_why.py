"""A bare why right after a linked participant was told they were not selected ("kok gitu",
"kenapa", "why not"): the reasons the dashboard's Riwayat Gelombang may show, the quota among
them (``follow_up_answers.not_selected_reasons``); the not-selected topic stays recorded, so
"terus aku harus gimana" next is still the next wave (``asks_next``). Before, "kok gitu" read
as "what do you mean" and got "Maaf kalau jawabanku kurang jelas", and the topic was lost."""

from __future__ import annotations

import re

from flows.follow_up_answers import NOT_SELECTED, not_selected_reasons
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

_WHY = re.compile(
    r"\W*(?:(?:lho|loh|lah|eh|hah|tapi|tp|lah)\s+)?(?:kenapa|knp|napa|mengapa|kok|koq|why)"
    r"(?:\s+(?:gitu|gt|gtu|begitu|gini|bisa|ya|sih|kak|min|dong|emang|not|is that|so))*\W*"
)
"""Why, and nothing else: "kok gitu", "kenapa?", "why not"."""
_NEXT = re.compile(
    r"^\W*(?:(?:terus|trus|trs|lalu|jadi|jd|berarti|terusnya)\s+)?(?:aku|saya|sy|gw|gue)?\s*"
    r"(?:harus|hrs|mesti|musti|kudu)\s+(?:gimana|gmn|gmna|bagaimana|ngapain|apa)\b.{0,12}$"
    r"|\b(?:can|could) i (?:try|apply|join) again\b"
)
"""What now, the selection not named: "terus aku harus gimana", "can I try again"."""


def asks_next(turn: FlowTurn) -> bool:
    """What to do now, right after the not-selected answer (or its reasons)."""
    text = " ".join((turn.message.text or "").lower().split())
    return just_said(turn) == NOT_SELECTED and bool(_NEXT.search(text))


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """The reasons, right after the not-selected answer; else None."""
    text = " ".join((turn.message.text or "").lower().split())
    if turn.message.payload is not None or turn.session.flow is not None or not text:
        return None
    if just_said(turn) != NOT_SELECTED or not _WHY.fullmatch(text):
        return None
    remember(turn, NOT_SELECTED)  # "terus aku harus gimana" next: the next wave
    return not_selected_reasons(turn)


__all__ = ["answer", "asks_next"]
