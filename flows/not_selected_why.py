"""A bare why right after a linked participant was told they were not selected ("kok gitu",
"kenapa", "why not"): the reasons the dashboard's Riwayat Gelombang may show, the quota among
them (``follow_up_answers.not_selected_reasons``); the not-selected topic stays recorded, so
"terus aku harus gimana" next is still the next wave (``asks_next``). Before, "kok gitu" read
as "what do you mean" and got "Maaf kalau jawabanku kurang jelas", and the topic was lost."""

from __future__ import annotations

import re

from flows import own_data_asks
from flows.complaint_topics import category_for
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
_REASON = re.compile(r"\b(?:alasan|penyebab|sebab|faktor|reasons?|causes?)\w*\b")
_LISTED = re.compile(
    r"\b(?:apa\s*(?:aja|saja|ajah|ja|2)|biasanya|umumnya|orang|org|macam\w*|what are|common)\b"
)
"""The reasons asked as a list, of anyone ("apa aja alasan orang ga lolos prakerja",
"biasanya penyebab tidak lolos apa saja?")."""


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


_NOT_SELECTED_EN = re.compile(
    r"(?:\bnot|n'?t|\bnever)\s+(?:get\s+|getting\s+|being\s+|be\s+)?(?:selected|accepted|chosen)\b"
    r"|\brejected\b"
)


def asked_in_general(turn: FlowTurn) -> bool:
    """Not being selected asked about ("knp gak lolos2?"), or its reasons listed in English
    ("what are the reasons people don't get selected?")."""
    text = " ".join((turn.message.text or "").lower().split())
    if category_for(text) == "not_selected":
        return True
    return bool(_REASON.search(text) and _LISTED.search(text) and _NOT_SELECTED_EN.search(text))


def general(turn: FlowTurn) -> list[Outbound]:
    """Why anyone is not selected, asked in a chat not linked: the reasons Riwayat Gelombang
    may show when they are asked as a list (DOMAIN.md "Eligibility"; before, "apa aja alasan
    orang ga lolos" got where to see one's own and none of them), else where to see them."""
    text = " ".join((turn.message.text or "").lower().split())
    remember(turn, NOT_SELECTED)  # "alasannya apa" next: the reasons shown
    if _REASON.search(text) and _LISTED.search(text):
        facts = turn.ctx.programme.facts()
        return own_data_asks.answered(turn, Outbound(turn.say("kb.not_selected_reasons", **facts)))
    return own_data_asks.answered(turn, Outbound(turn.say("complaints.fixes.not_selected")))


__all__ = ["answer", "asked_in_general", "asks_next", "general"]
