"""A story that ends in a blocked account (``flows.account_misread.blocked_story``): the blocked
account's answer (``flows.account_help.blocked``), the story kept for the complaint it offers;
the training balance asked beside it ("saldo pelatihan aku aman ga?") is answered honestly:
DOMAIN.md says nothing of what a block does to the balance, so staff tell, on that complaint."""

from __future__ import annotations

import re
from dataclasses import replace

from flows.account_help import blocked
from flows.complaint_story import masked
from flows.complaint_topics import file_complaint
from flows.messages import MAX_TEXT_LENGTH, Outbound
from flows.runtime.machine import FlowTurn

_BALANCE = re.compile(r"\b(?:saldo\w*|balance|dana pelatihan|uang pelatihan)\b")


def answer(turn: FlowTurn) -> list[Outbound]:
    """The blocked answer, with the balance's note when it is asked."""
    replies = blocked(turn)
    told = masked(" ".join((turn.message.text or "").split()))[:MAX_TEXT_LENGTH]
    file_complaint(turn, topic="account_blocked", story=told)  # the complaint tells the story
    if not _BALANCE.search((turn.message.text or "").lower()):
        return replies
    *before, last = replies
    note = turn.say("account_blocked_story.balance")
    return [*before, replace(last, text=f"{last.text}\n\n{note}")]


__all__ = ["answer"]
