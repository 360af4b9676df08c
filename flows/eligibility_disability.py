"""A disability named in the message that opens the eligibility check ("Selamat siang, saya
ingin menanyakan apakah penyandang disabilitas tuna daksa dapat mengikuti program Kartu
Prakerja?"): answered first (the rules are the same for everyone, ``disability.join``), then
the check goes on. Before (p23 probe), a formal "dapat mengikuti" was no question of joining
to ``flows.disability_help``, and only the age question followed, the question unanswered."""

from __future__ import annotations

from flows import disability_help
from flows.runtime.machine import FlowTurn

MAX_WORDS = 30


def opening(turn: FlowTurn, typed: str) -> list[str]:
    """The answer about a disability in the check's typed opening (``typed`` lower-cased);
    empty when none is named, or it asks about something else (the face check, courses)."""
    if not typed or len(typed.split()) > MAX_WORDS or not disability_help.DISABLED.search(typed):
        return []
    if disability_help.kind(turn, typed) not in (None, "join"):
        return []
    turn.session.profile[disability_help.SAID] = turn.session.turns  # "dibantu keluarga?" next
    return [turn.say("disability.join", **turn.ctx.programme.facts())]


__all__ = ["opening"]
