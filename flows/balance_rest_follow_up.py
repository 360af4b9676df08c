"""A bare "kalo sisa?" / "kalo sisa saldonya gmn" right after an answer about the training
balance or the benefits (DOMAIN.md "Courses": after the first course is rated, the rest of the
balance buys other courses within the era's days, then it lapses). Before, "kalo sisa?" was read
as the eligibility check (0.86) and started its questions."""

from __future__ import annotations

import re

from flows.fallback import previous_intent
from flows.last_answer import just_said
from flows.messages import Outbound
from flows.money_help import BALANCE
from flows.runtime.machine import FlowTurn

MAX_WORDS = 6
_TOPICS = frozenset({BALANCE, "benefits_info", "training_balance"})
"""Answers after which "kalo sisa?" means the rest of the training balance."""
_REST = re.compile(
    r"^\W*(?:(?:kalo|kalau|klo|kl|terus|trus|trs|lalu|tapi|tp|trus kalo|terus kalo)\W+)*"
    r"(?:(?:yang|yg)\W+)?sisa(?:nya)?(?:\W+(?:saldo|saldonya|saldo\w*))?"
    r"(?:\W+(?:gmn|gimana|gmna|bagaimana|nya|dong|ya|kak|min|sih))*\W*$"
    r"|^\W*(?:and|what about|how about)\W+(?:the\W+)?(?:rest|remaining(?:\W+balance)?)\W*$"
)
"""The rest asked about in a few words ("kalo sisa?", "sisanya gimana", "what about the rest?")."""


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """The rest of the balance: when it may be used and that it lapses; else None."""
    text = " ".join((turn.message.text or "").lower().split())
    if turn.message.payload is not None or not text or len(text.split()) > MAX_WORDS:
        return None
    if not _REST.match(text) or turn.ctx.programme.era.rest_days <= 0:
        return None
    if just_said(turn) not in _TOPICS and previous_intent(turn) not in _TOPICS:
        return None
    search = turn.button("menu.courses", "flow:course_choice")
    facts = turn.ctx.programme.facts()
    return [turn.reply("kb.balance_rest", search, turn.menu_button(), **facts)]


__all__ = ["answer"]
