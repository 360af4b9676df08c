"""The user's own chances beside a relative's, when both are asked about ("aku 35 th satpam
outsourcing, istri 33 th irt. dua2nya bisa daftar ga?"): before, only the relative was
answered and the user's own age and job were ignored."""

from __future__ import annotations

import re

from flows.eligibility_facts import about_self, job
from flows.eligibility_own_age import bare_age
from flows.runtime.machine import FlowTurn

_BOTH = re.compile(
    r"\b(?:dua2\w*|dua-dua\w*|duaduanya|keduanya|berdua|bertiga|kami|kita|semua\w*|both|"
    r"all of us|(?:aku|saya|sy|gw|gue)\s+(?:juga|jg|jga))\b"
)
"""The user counts themselves in ("dua2nya", "kami berdua", "aku juga")."""


def own_lines(turn: FlowTurn, lowered: str) -> str | None:
    """The user's own age and job against the rules, when they ask for themselves too and
    give their own age; else None."""
    own = about_self(lowered)
    years = bare_age(own)
    if years is None or not _BOTH.search(lowered):
        return None
    lines = [turn.say("eligibility_self_too.you", said=age_line(turn, years))]
    work = job(own)
    if work not in (None, "none"):
        lines.append(turn.say(f"eligibility.fail.occupation_{work}").lstrip("• "))
    elif turn.message.entity("occupation") is not None:
        lines.append(turn.say("eligibility.note.employed"))
    return " ".join(lines)


def age_band(turn: FlowTurn, years: int) -> str:
    """ "too_old", "too_young" or "age_ok": ``years`` against the programme's age limits."""
    rules = turn.ctx.programme
    if years > rules.max_age:
        return "too_old"
    return "too_young" if years < rules.min_age else "age_ok"


def age_line(turn: FlowTurn, years: int) -> str:
    """The user's own age against the limits."""
    rules = turn.ctx.programme
    key = f"eligibility.what_if.{age_band(turn, years)}"
    return turn.say(key, age=years, min_age=rules.min_age, max_age=rules.max_age)


def with_own_age(turn: FlowTurn, rest: str, said: str | None) -> str | None:
    """A what-if's answer about one's job ("kalo aku? 24 udh kerja di toko"), with the age
    given beside it answered too (before: only the job, the 24 ignored)."""
    years = bare_age(rest) if said is not None else None
    return said if years is None else f"{age_line(turn, years)} {said}"


__all__ = ["age_band", "age_line", "own_lines", "with_own_age"]
