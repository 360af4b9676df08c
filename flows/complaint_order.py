"""Two problems told at the start of a complaint ("saya mau komplain 2 hal, sertifikat nama
salah sama insentif gagal"), the first filed now, the second kept (``complaint_second``):

- ``wanted_first``: "yg insentif dulu" names the kept one to go first: the two swap (the kept
  one is filed now with its own story, this one kept for after). Before, the message was
  answered aside (the incentive schedule) and the first complaint went on;
- ``kept_fact``: a fact about the kept problem told on the way ("rekening bni saya udh aktif lagi
  kok kemarin ke bank" while the certificate's complaint asks "did this help?") goes to the
  kept problem's story, not this one's (before: added to the certificate's story, and "BNI" set
  as its payout)."""

from __future__ import annotations

import re

from flows.complaint_story import masked, story_details
from flows.complaint_switch_story import named
from flows.complaint_topics import category_for
from flows.messages import MAX_TEXT_LENGTH, Outbound
from flows.runtime.machine import FlowTurn, Slots
from flows.turn import Message

SECOND = "second_complaint"
"""``complaint_second.SECOND`` (that module imports ``complaint_switch``, which imports this)."""
_FIRST = re.compile(r"\b(?:dulu|dlu|duluan|dluan|terlebih dahulu|first|before)\b")
MAX_FIRST_WORDS = 8
PAID = ("incentive", "payout_link")
"""Categories one money fact belongs to ("rekening bni udh aktif lagi")."""


def _kept(slots: Slots) -> dict[str, str] | None:
    kept = slots.get(SECOND)
    return kept if isinstance(kept, dict) and kept.get("category") else None


def wanted_first(message: Message, slots: Slots) -> bool:
    """ "yg insentif dulu": the kept problem named to go first."""
    kept, text = _kept(slots), " ".join((message.text or "").lower().split())
    if kept is None or message.payload or len(text.split()) > MAX_FIRST_WORDS:
        return False
    return bool(_FIRST.search(text)) and named(text) == kept["category"]


def swap(turn: FlowTurn) -> tuple[str, str] | None:
    """The kept problem made this one, this one kept: (its story, this one's category)."""
    kept = _kept(turn.slots)
    if kept is None:
        return None
    old = str(turn.slots.get("category"))
    story = str(turn.slots.get("description") or "")
    turn.slots[SECOND] = {"category": old, "story": story}  # none told: asked for then
    return (str(kept.get("story") or "") if story else ""), old  # its part told as a story


def kept_fact(turn: FlowTurn) -> Outbound | None:
    """A fact about the kept problem, added to its story and said so; else None."""
    kept, message = _kept(turn.slots), turn.message
    text = " ".join((message.text or "").split())
    if kept is None or message.payload or "?" in text or len(text.split()) < 3:
        return None
    if wanted_first(message, turn.slots):
        return None  # "yg insentif dulu": the two swap (``complaint_switch``)
    current, other = turn.slots.get("category"), kept["category"]
    found = category_for(text)
    money = other in PAID and current not in PAID and "payout" in story_details(message)
    if found == current or not (found == other or (money and found in (None, *PAID))):
        return None
    kept["story"] = f"{kept.get('story', '')}\n{masked(text)}".strip()[:MAX_TEXT_LENGTH]
    topic = turn.say(f"complaints.category.options.{other}")
    return Outbound(turn.say("complaints.second.fact_kept", topic=topic))


__all__ = ["kept_fact", "swap", "wanted_first"]
