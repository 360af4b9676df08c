"""A bare "what happens next?" ("what next", "trus abis itu apa?") right after the steps after
registering: the steps after joining a wave, not whatever the NLU reads it as (the benefits).
The steps' answer is ``flows.registration_step_questions``; which answer came just before is
``flows.last_answer``."""

from __future__ import annotations

import re

from flows.follow_up_answers import FollowUp, now
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

AFTER_REGISTERING = "after_registering"
"""Topic ``flows.last_answer`` records: the steps after registering were just given."""

NEXT = re.compile(
    r"\bwhat(?:'s| is| happens| comes)? next\b|\bwhat then\b|\bthen what\b|\bnext steps?\b"
    r"|\b(?:abis|habis|setelah|sesudah)\s+(?:itu|ini)\b|\bselanjutnya\b|\bberikutnya\b"
    r"|^\W*(?:terus|trus|trs|lalu)\W*(?:apa|gimana|gmn|ngapain)?\W*$"
)
"""Asks only for what comes next."""


def after_joining(turn: FlowTurn) -> list[Outbound]:
    """The steps after joining a wave (the announcement, induction, first course)."""
    waves = turn.button("menu.waves", "topic:waves")
    facts = turn.ctx.programme.facts()
    return [turn.reply("registration_steps.after_joining", waves, turn.menu_button(), **facts)]


def step_after(turn: FlowTurn, topic: str) -> str:
    """ "trus abis itu apa?" read as the steps after registering once more, right after them:
    the steps after joining."""
    again = topic == AFTER_REGISTERING and just_said(turn) == AFTER_REGISTERING
    text = (turn.message.text or "").lower()
    return "after_joining" if again and NEXT.search(text) else topic


def note(turn: FlowTurn, topic: str) -> None:
    """Record that the steps after registering were just answered."""
    if topic == AFTER_REGISTERING:
        remember(turn, AFTER_REGISTERING)


FOLLOW_UPS: dict[str, FollowUp] = {AFTER_REGISTERING: (NEXT, now(after_joining))}
"""Entries of ``flows.follow_ons.FOLLOW_UPS``."""


__all__ = ["AFTER_REGISTERING", "FOLLOW_UPS", "NEXT", "after_joining", "note", "step_after"]
