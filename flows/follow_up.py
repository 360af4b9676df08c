"""A short follow-up that names no topic ("gimana cara benerinnya?", "terus aku harus apa?")
right after an answer about a problem: it is about that problem, so the next steps are offered
(a complaint about it, a person) instead of "I did not understand"."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from flows.messages import Outbound
from flows.runtime import controls
from flows.runtime.machine import FlowTurn
from flows.turn import within_context

PROBLEM_TOPICS = frozenset(
    {"certificate", "incentive_status", "redeem_code", "account_access", "training_balance",
     "registration_status", "payment_account", "complaint_status"}
)  # fmt: skip
"""Answers after which "what now?" means "it is not solved"."""
_MARKERS = re.compile(
    r"\b(?:gimana|gmn|gmna|bagaimana|caranya|solusi\w*|terus|trus|lalu|ngapain|harus apa|"
    r"\w{3,}(?:inya|innya)|how|what now|now what|what should i do|then what)\b"
)
MAX_WORDS = 6


def follow_up(turn: FlowTurn) -> list[Outbound] | None:
    """The next steps for the topic answered just before, if this message only asks "and
    now?"."""
    text = (turn.message.text or "").lower()
    if len(text.split()) > MAX_WORDS or not _MARKERS.search(text):
        return None
    topic = _previous_intent(turn)
    if topic not in PROBLEM_TOPICS or not _recent(turn):
        return None
    report = turn.button("complaints.file", "flow:complaints")
    person = turn.button("common.talk_to_person", controls.HUMAN)
    what = turn.say(f"intents.{topic}").lower()
    return [turn.reply("fallback.follow_up", report, person, turn.menu_button(), topic=what)]


def _previous_intent(turn: FlowTurn) -> str | None:
    """The intent of the message before this one (the trail ends with this one's, if any)."""
    trail: list[str] = turn.session.profile.get("trail") or []
    before = trail[:-1] if turn.message.intent else trail
    return before[-1] if before else None


def _recent(turn: FlowTurn) -> bool:
    last = turn.session.last_activity
    return last > 0 and within_context(datetime.fromtimestamp(last, UTC), turn.message.at)
