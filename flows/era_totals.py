"""Two packages compared ("kok temenku dapet 4,2jt aku cuma 3,55jt", "knp ada yg 3,55 juta ada
yg 4,2 juta?"): the amounts are the two eras' totals (DOMAIN.md "Eras": Rp3.550.000 in
2020–2022, Rp4.200.000 in 2023–2024), so the difference is the rules of the year one joined,
each era's parts told. Before, "belum paham" (the NLU read the amounts as facts given). A
"knp gt" next asks why the eras differ (``flows.era_answers``' follow-ups of the package)."""

from __future__ import annotations

from flows.config import EraRules
from flows.era_answers import BENEFITS
from flows.last_answer import remember
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

MAX_WORDS = 25


def amounts(turn: FlowTurn) -> list[int]:
    """The rupiah amounts the message names, in order."""
    return [
        int(item.value)
        for item in turn.message.entities
        if getattr(item, "entity", None) == "money" and isinstance(item.value, int | float)
    ]


def eras_named(turn: FlowTurn) -> list[EraRules]:
    """The eras whose package total the message names, each once, oldest first."""
    said = set(amounts(turn))
    eras = turn.ctx.programme.eras.values()
    return sorted((era for era in eras if era.total in said), key=lambda era: era.years)


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """Two eras' totals named together: the era each belongs to and its parts; else None."""
    text = " ".join((turn.message.text or "").split())
    if turn.message.payload is not None or not text or len(text.split()) > MAX_WORDS:
        return None
    eras = eras_named(turn)
    if len(eras) < 2:
        return None
    lines = [turn.say("era_totals.lead")]
    lines += [turn.say("era_totals.era", waves=era.waves, **era.facts()) for era in eras]
    lines.append(turn.say("era_totals.tail"))
    remember(turn, BENEFITS)  # "bukannya 4x?", "kalo dulu 2021?" next: the package's follow-ups
    return [Outbound("\n".join(lines), (turn.menu_button(),))]


def why(turn: FlowTurn) -> list[Outbound]:
    """ "knp gt" after the packages: the programme's rules changed with the era (DOMAIN.md
    "Eras": a semi-social-assistance scheme in the pandemic, the normal scheme since 2023)."""
    remember(turn, BENEFITS)
    return [turn.reply("era_totals.why", turn.menu_button())]


__all__ = ["answer", "eras_named", "why"]
