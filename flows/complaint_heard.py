"""A story told in anger at the story question ("POKOKNYA SAYA MAU UANG SAYA DIKEMBALIKAN!!!!
SUDAH 3 BULAN": shouted, "!!!", a swear word): heard in one calm line before the form goes on.
Before, the next question followed as if nothing had been said."""

from __future__ import annotations

import re

from flows.complaint_anger import SWEARING
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

MIN_LETTERS = 12
"""A message this long (in letters) can be shouted; "OK" or "BNI" in capitals is not."""
SHOUTED_SHARE = 0.7
"""This share of its letters in capitals: the message is shouted."""
_EXCLAIMED = re.compile(r"!{3,}|\b(?:pokoknya|pokok ?nya)\b.*!")


def shouted(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    upper = sum(1 for c in letters if c.isupper())
    return len(letters) >= MIN_LETTERS and upper >= SHOUTED_SHARE * len(letters)


def angry(text: str) -> bool:
    """The story shouted, exclaimed ("!!!!") or sworn in."""
    lowered = text.lower()
    return shouted(text) or bool(_EXCLAIMED.search(lowered) or SWEARING.search(lowered))


def heard(turn: FlowTurn) -> list[Outbound]:
    """The calm line for an angry story, none for any other."""
    text = turn.message.text or ""
    if turn.message.payload or not angry(text):
        return []
    return [Outbound(turn.say("complaints.story_heard"))]
