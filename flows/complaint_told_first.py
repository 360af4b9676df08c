"""What an answer offering a complaint notes for the complaint that may come a few messages
later: the first fraud story ("ada yg chat wa ngaku admin prakerja ... bayar biaya admin 50rb"),
kept whole (``complaint_first_told`` puts it first in that story), and the conversation's
first topic ("ga bisa sambungin gopay"): a complaint made after a side step answered ("bisa
ganti no hp di prakerja ga") is about that first topic, not the side step (before: "Lupa
email/sandi, ganti HP" after talking about linking GoPay)."""

from __future__ import annotations

from flows.runtime.machine import FlowTurn
from flows.turn import within_context_of

FIRST = "_fraud_first_told"
"""``session.profile`` key: {"story", "at" (epoch seconds), "turn"} of the first fraud told."""
CATEGORY = "fraud"
STORY_WORDS, LONG_STORY_WORDS = 8, 15
"""As ``complaint_story.story_like`` (which imports this module's importer): a story, not a
question about fraud in general."""
MAX_TURNS = 8
"""A fraud told more turns ago than this belongs to another conversation."""


def recent(turn: FlowTurn, key: str = FIRST) -> dict[str, object] | None:
    kept = turn.session.profile.get(key)
    if not isinstance(kept, dict):
        return None
    at, told_in = kept.get("at"), kept.get("turn")
    if not isinstance(at, float) or not within_context_of(at, turn.message.at):
        return None
    if not isinstance(told_in, int) or turn.session.turns - told_in > MAX_TURNS:
        return None
    return kept


THREAD = "_thread_topic"
"""``session.profile`` key: {"category", "at", "turn"}: the first topic offered a complaint."""
SIDE_STEPS = {
    "payout_link": frozenset({"account_recovery"}),
    "incentive": frozenset({"payout_link", "account_recovery"}),
}
"""The topics answered on the way to fixing another: changing the phone number to link an
e-wallet, linking an e-wallet again to be paid an incentive that failed."""


def keep(turn: FlowTurn, category: str | None, story: str | None) -> None:
    """The topic of an answer offering a complaint: the first of the conversation is kept; a
    fraud's story too, unless an earlier one still is."""
    if category is not None and recent(turn, THREAD) is None:
        at, told_in = turn.message.at.timestamp(), turn.session.turns
        turn.session.profile[THREAD] = {"category": category, "at": at, "turn": told_in}
    if category != CATEGORY or not story or recent(turn) is not None:
        return
    words = len(story.split())
    if words < LONG_STORY_WORDS and (words < STORY_WORDS or "?" in story):
        return  # "ada joki prakerja biar lolos, aman ga?": asks, tells no scam
    at, told_in = turn.message.at.timestamp(), turn.session.turns
    turn.session.profile[FIRST] = {"story": story, "at": at, "turn": told_in}


def thread_topic(turn: FlowTurn, answered: str) -> str | None:
    """The conversation's first topic when the one ``answered`` last was a side step of it;
    the first topic is forgotten (a complaint starts now)."""
    kept = recent(turn, THREAD)
    turn.session.profile.pop(THREAD, None)
    first = str(kept.get("category")) if kept else None
    return first if first and answered in SIDE_STEPS.get(first, ()) else None


__all__ = ["CATEGORY", "FIRST", "keep", "recent", "thread_topic"]
