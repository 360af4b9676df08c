"""Asked to be helped to register, or how to register with one's age told ("hi can u help me
register pls", "piye carane ndaftar prakerja mas, aku wis umur 45 iso ora"): the registration's
steps (the register intent's answer), not the list of what the assistant can do; an age told
within the limits is said to meet them first. Outside a form; an age outside the limits is the
check's to answer."""

from __future__ import annotations

import re

from flows.messages import Outbound
from flows.route_intent import on_intent
from flows.runtime.machine import FlowTurn
from flows.turn import Ask

_HELP_REGISTER = re.compile(
    r"\bhelp\s+(?:me\s+)?(?:to\s+)?(?:register|sign up|signup|apply|daftar)\b"
    r"|\b(?:bantu|bantuin|tolong)\s+(?:aku|saya|sy|gw|gue)\s+(?:buat\s+|untuk\s+)?"
    r"(?:daftar|mendaftar|registrasi)\b(?!.*\bsiapa\b)"
)
_HOW_REGISTER = re.compile(
    r"\b(?:carane|caranya|cara|gimana|bagaimana|kumaha|how)\b.{0,20}\b(?:n?daftar|mendaftar|"
    r"daptar|register|sign up)\w*"
)
_ASKS = re.compile(r"\?|\b(?:iso|isa|bisa|bisakah|boleh|can|could|tiasa|kenging)\b")
_READINGS = frozenset({None, "help", "register", "check_eligibility", "out_of_scope", "inform"})


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """The registration's steps for a help-me-register or how-to with an age; else None."""
    message = turn.message
    if message.payload is not None or turn.session.flow is not None or not message.text:
        return None
    if message.intent not in _READINGS:
        return None
    lowered = " ".join(message.text.lower().split())
    age = message.entity("age")
    rules = turn.ctx.programme
    within = isinstance(age, int) and rules.min_age <= age <= rules.max_age
    helped = bool(_HELP_REGISTER.search(lowered))
    with_age = within and bool(_HOW_REGISTER.search(lowered) and _ASKS.search(lowered))
    if not (helped or with_age):
        return None
    steps = yield from on_intent(turn, "register")
    if not with_age:
        return steps
    limits = {"min_age": rules.min_age, "max_age": rules.max_age}
    return [Outbound(turn.say("register_asks.age_within", age=age, **limits)), *steps]


__all__ = ["answer"]
