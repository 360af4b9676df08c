"""The specific answer given just before ("survey", "otp_login", "change_phone",
"incentive_failed", "not_selected", "incentive_checking", "incentive_timing", "rating"): a
short follow-up right after it ("brp lama cairnya", "caranya gmn") is about that answer, not
about the broad intent the NLU reads it as (``flows.follow_ons``)."""

from __future__ import annotations

from flows.runtime.machine import FlowTurn
from flows.turn import within_context_of

SAID = "said"
"""``session.profile`` key: [topic, epoch seconds, ``Session.turns`` of the answer]."""


def remember(turn: FlowTurn, topic: str, key: str = SAID) -> None:
    """The topic of the answer given now, under ``key`` (a flow's own key keeps its topic
    when another answer is remembered under ``SAID``)."""
    turn.session.profile[key] = [topic, turn.message.at.timestamp(), turn.session.turns]


def just_said(turn: FlowTurn, key: str = SAID) -> str | None:
    """The topic of the answer to the message just before this one, if still recent."""
    said = turn.session.profile.get(key)
    if not isinstance(said, list) or len(said) != 3:
        return None
    topic, at, answered_in = said
    if answered_in != turn.session.turns - 1 or not within_context_of(float(at), turn.message.at):
        return None
    return str(topic)


def short_after(turn: FlowTurn, topic: str, max_words: int) -> str | None:
    """The typed message (lowercase, single spaces) when it is at most ``max_words`` long and
    comes right after the answer on ``topic``; else None (a tapped button, a longer message)."""
    text = " ".join((turn.message.text or "").lower().split())
    if turn.message.payload is not None or len(text.split()) > max_words:
        return None
    return text if just_said(turn) == topic else None


__all__ = ["SAID", "just_said", "remember", "short_after"]
