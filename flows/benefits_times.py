"""How many times the incentive is paid, asked right after the benefits ("itu cair brp kali",
"lho bukannya 4x ya? tetangga ku dapet 4x"): the current era's count, and each earlier era's, so
that a neighbour paid four times is explained by the year they joined. Before, the whole package
again ("Jawabannya masih sama") and then "Maksud kamu yang mana?"."""

from __future__ import annotations

import re

from flows.era_answers import BENEFITS
from flows.last_answer import remember
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

TIMES = re.compile(
    r"\b(?:brp|berapa|brapa|how many)\s*(?:x|kali|times)\b|\b\d{1,2}\s*(?:x|kali|times)\b"
)
"""A number of payments asked or named: "cair brp kali", "bukannya 4x?", "4 times?"."""


def answer(turn: FlowTurn) -> list[Outbound]:
    """The times the incentive is paid now, then in each earlier era."""
    programme = turn.ctx.programme
    lines = [turn.say("kb.benefits_times", **programme.facts())]
    lines += [
        turn.say("kb.benefits_times_other_era", **era.facts())
        for name, era in programme.eras.items()
        if name != programme.current_era
    ]
    remember(turn, BENEFITS)  # "kalo 2021?" next: that era's package
    return [Outbound(" ".join(lines), (turn.menu_button(),))]
