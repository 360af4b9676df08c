"""Question answers that depend on what was just said or where the chat stands
(``flows.questions``' handlers):

- the wave answer, remembered so that "kuotanya berapa?" next is about it
  (``flows.menu_topic_follow_ups``);
- "dari daftar sampe dapet duit berapa lama?" (read as the package's amounts): the stages from
  registering to the incentive (``flows.timeline``);
- a "how?" read as a wish for help inside a flow ("caranya gmn?" at the eligibility check's
  question): how to go on with it, not the list of what the assistant does (after an answer,
  "trs aku harus ngapain" is that answer's follow-up: ``flows.follow_ons``,
  ``flows.fallback.follow_up``)."""

from __future__ import annotations

import re
from collections.abc import Callable

from flows import balance_named, menu_topic_follow_ups, programme_answers, timeline
from flows.last_answer import remember
from flows.menu import main_menu
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.turn import Ask

Answer = Ask[list[Outbound] | None]
MAX_WORDS = 6
"""A "how?" about what was just said is short."""
_HOW = re.compile(r"\b(?:cara\w*|gimana|gmn|gmna|bagaimana|how|ngapain|gimn)\b")


def waves(turn: FlowTurn) -> Answer:
    """The wave answer; the open or next wave (no number named) is remembered."""
    replies = yield from programme_answers.waves(turn)
    if replies and not re.search(r"\d", turn.message.text or ""):
        menu_topic_follow_ups.note(turn, "waves")  # "kuotanya berapa?" next: that wave's quota
    elif replies:  # "gelombang 72 udh buka blm": "gmn cara gabungnya" next, how to join it
        remember(turn, menu_topic_follow_ups.WAVE_NAMED)
    return replies


def benefits(turn: FlowTurn) -> Answer:
    """The package; the whole way from registering to the incentive when that is asked."""
    if timeline.asks(turn.message.text):
        return timeline.answer(turn)
    own = yield from balance_named.own_balance(turn)  # "maksudnya saldo pelatihan": theirs
    if own is not None:
        return own
    return (yield from programme_answers.benefits(turn))


def programme(answer: Callable[[FlowTurn], Answer]) -> Callable[[FlowTurn], Answer]:
    """``answer`` (what the programme is), or the whole way when that is asked."""

    def answered(turn: FlowTurn) -> Answer:
        if timeline.asks(turn.message.text):
            return timeline.answer(turn)
        return (yield from answer(turn))

    return answered


def help_asked(turn: FlowTurn) -> Answer:
    """A short "how?" in a flow: how to go on; else what the assistant does."""
    text = (turn.message.text or "").lower()
    short = len(text.split()) <= MAX_WORDS
    if short and turn.session.flow is not None and _HOW.search(text):
        return [Outbound(turn.say("kb.help_in_flow"))]  # the flow's question follows
    return [Outbound(turn.say("kb.help")), main_menu(turn.lang, first=False)]
    yield


__all__ = ["benefits", "help_asked", "programme", "waves"]
