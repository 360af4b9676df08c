"""The user's own summary of a "not eligible" verdict that ruled out only them, with a relative
who may still join ("jadi saya ga bisa ya kak tapi adik saya bisa", after "once in a lifetime"
for a past recipient asking for a sibling on the same family card): right, and what the
relative needs (DOMAIN.md "Eligibility": once in a lifetime; at most 2 beneficiaries per KK,
the past recipient counted). Before, "Maksud kamu yang mana?". Asked by
``flows.eligibility_letdown``, which knows the verdict just given."""

from __future__ import annotations

import re

from flows.eligibility_relatives import KIN, kin_of
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

MAX_WORDS = 16
_RULES = ("previous", "too_old")
"""The verdicts about the user alone that a relative's own check does not share."""
_MAY = re.compile(r"\b(?:bisa|bs|boleh|blh|lolos|dapet|dapat|can|may|eligible)\b")
_NOT = re.compile(r"\b(?:ga|gak|gk|g|nggak|ngga|enggak|tidak|tdk|gabisa|gbisa|can'?t|cannot)\b")


def answer(turn: FlowTurn, failed: list[str], lowered: str) -> list[Outbound] | None:
    """Right, and the relative's chances; else None (not such a summary)."""
    rules = [rule for rule in failed if rule in _RULES]
    if not rules or len(lowered.split()) > MAX_WORDS or not _MAY.search(lowered):
        return None
    named = KIN.search(lowered)
    kin = kin_of(lowered)
    if named is None or kin is None or _NOT.search(lowered[named.start() :]):
        return None  # "adik saya juga ga bisa?": another question
    programme = turn.ctx.programme
    name = turn.say(f"eligibility.kin.{kin}")
    said = turn.say(
        f"eligibility.recap.{rules[0]}",
        kin=name[:1].upper() + name[1:],
        max_per_kk=programme.max_beneficiaries_per_kk,
        max_age=programme.max_age,
    )
    turn.session.misses = 0
    again = turn.button("eligibility.check_again", "flow:eligibility")
    return [Outbound(said, (again, turn.menu_button()))]


__all__ = ["answer"]
