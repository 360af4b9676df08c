"""A relative's chances asked beside the user's own in one message ("aku mahasiswa umur 20, bisa
daftar ga? trs kalo ga bisa, adikku yg 19 udh kerja bisa?"): the NLU reads the relative's part
as a statement (``inform``), so ``flows.several_questions`` answered only the user's own
verdict. Now that part is answered as the relative's own question (``flows.eligibility_others``:
the rules are each person's own, DOMAIN.md "Eligibility"), after the user's."""

from __future__ import annotations

from dataclasses import replace

from flows import eligibility_others
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

Part = tuple[str, str, float]


def _asked_text(whole: str, clause: str) -> str:
    """The clause with the question mark the split took off it, when it had one."""
    start = whole.find(clause)
    after = whole[start + len(clause) :].lstrip() if start >= 0 else ""
    return f"{clause}?" if after.startswith("?") else clause


def asked(whole: str, part: Part) -> bool:
    """``part`` asks whether a relative can join ("adikku yg 19 udh kerja bisa?")."""
    text = " ".join(_asked_text(whole, part[0]).lower().split())
    return eligibility_others.subject(text) is not None


def answer(turn: FlowTurn, whole: str, clause: str) -> list[Outbound]:
    """The relative's chances, as if the part had been sent alone."""
    text = _asked_text(whole, clause)
    alone = FlowTurn(turn.session, replace(turn.message, text=text), turn.ctx)
    said = eligibility_others.answer(alone) or []
    lowered = " ".join(text.lower().split())
    if said and eligibility_others.aged(lowered) and eligibility_others.employed(lowered):
        first, *rest = said  # their age answered: their job (allowed) said too
        note = turn.say("eligibility.note.employed")
        return [replace(first, text=f"{first.text}\n\n{note}"), *rest]
    return said


__all__ = ["answer", "asked"]
