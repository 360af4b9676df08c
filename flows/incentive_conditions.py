"""The incentive's conditions asked right after an incentive answer ("syaratnya apa aja" after
"Belum ada jadwal insentif"): what has to happen before it is paid (DOMAIN.md "Incentives" and
"Courses": the first course's certificate, the mandatory rating and review, a payout account in
one's own name), not the programme's eligibility check. Before, the NLU's reading (check
eligibility) listed the programme's requirements and asked an enrolled participant's age."""

from __future__ import annotations

import re

from flows.fallback import previous_intent
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

_CONDITIONS = re.compile(
    r"^(?:(?:terus|trus|trs|jadi|jd|emang|emg|oh|oke|ok|kak|min)\s+)*"
    r"(?:syarat\w*|ketentuan\w*|conditions?|requirements?)(?:\s+(?:nya|insentif\w*))?"
    r"(?:\s+(?:apa|apaan|apa aja|apa saja|gimana|gmn|what are they|what))?"
    r"(?:\s+(?:aja|saja|sih|kak|min|ya|dong))*\W*$"
)
"""The conditions asked alone ("syaratnya apa aja", "trs syaratnya gmn", "what are the
conditions")."""
_INCENTIVE_INTENTS = frozenset({"incentive_status", "payment_account"})


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """The incentive's conditions right after incentive talk; else None."""
    message = turn.message
    text = message.words
    if message.payload is not None or turn.session.flow is not None or not text:
        return None
    if not _CONDITIONS.fullmatch(text) or previous_intent(turn) not in _INCENTIVE_INTENTS:
        return None
    facts = turn.ctx.programme.facts()
    return [turn.reply("incentive_conditions.list", turn.menu_button(), **facts)]


__all__ = ["answer"]
