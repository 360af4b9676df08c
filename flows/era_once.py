"""A linked participant's "only once?" right after an answer on their incentive ("lho cm
sekali?", "cuma sekali ya?"): answered for their own era (DOMAIN.md "Eras": 2020-2022 paid
Rp600,000 × 4, 2023-2024 × 1), with how many of their payments went through, then the other
era's count. Before, "lho" made it no check at all ("which one do you mean?"), and the general
check (``flows.answer_checks``) tells the current rules only: "yes, once" to a participant of
2021 who was paid four times.

None: not linked, no era on record, not such a check, or no incentive answer just before."""

from __future__ import annotations

import re

from flows import incentive_all_paid
from flows.answer_checks import ONCE, asks
from flows.fallback import previous_intent
from flows.follow_up_answers import INCENTIVE_CHECKING, INCENTIVE_OVERDUE, INCENTIVE_TIMING
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.my_data import Answer, participant
from flows.queries import IncentivesQuery
from flows.runtime.machine import FlowTurn
from flows.turn import within_context_of
from flows.views import IncentiveView

MAX_WORDS = 7
_SURPRISE = re.compile(r"\b(?:lho|loh|lo|lah|lha|kok|hah|ha|eh|wah|waduh|lho kok|masa|masak)\b")
"""Surprise around the check ("lho cm sekali?"): no word of its own."""
_AFTER = frozenset(
    {"incentive_failed", INCENTIVE_OVERDUE, INCENTIVE_TIMING, INCENTIVE_CHECKING,
     incentive_all_paid.TOPIC}
)  # fmt: skip
"""Topics of answers on the participant's incentive (``flows.last_answer``)."""
_INTENTS = frozenset({"incentive_status", "benefits_info"})


def answer(turn: FlowTurn) -> Answer:
    """Their own era's count and payments, then the other era's; else None."""
    if turn.message.payload is not None or turn.session.participant_id is None:
        return None
    lowered = " ".join((turn.message.text or "").lower().split())
    if not lowered or len(lowered.split()) > MAX_WORDS or not _after_incentive(turn):
        return None
    if not asks(ONCE, " ".join(_SURPRISE.sub(" ", lowered).split())):
        return None
    person = yield from participant(turn)
    programme = turn.ctx.programme
    era = programme.eras.get(person.era or "") if person is not None else None
    if person is None or era is None:
        return None
    items: list[IncentiveView] = yield IncentivesQuery(person.id)
    facts = {**era.facts(), "waves": era.waves}
    key = "era_once.more" if era.incentive_times > 1 else "era_once.once"
    lines = [turn.say(key, **facts)]
    paid = sum(1 for item in items if item.status == "berhasil")
    if items:
        lines.append(turn.say("era_once.paid", paid=paid, **facts))
    lines += [
        turn.say("era_once.other", **other.facts(), waves=other.waves)
        for other in programme.eras.values()
        if other is not era
    ]
    remember(turn, incentive_all_paid.TOPIC if items and paid == len(items) else "era_once")
    return [Outbound(" ".join(lines), (turn.menu_button(),))]


def _after_incentive(turn: FlowTurn) -> bool:
    """An answer on the incentive came just before (its topic, or the question's reading)."""
    if just_said(turn) in _AFTER:
        return True
    recent = within_context_of(turn.session.last_activity, turn.message.at)
    return recent and previous_intent(turn) in _INTENTS


__all__ = ["answer"]
