"""Two packages compared ("kok temenku dapet 4,2jt aku cuma 3,55jt", "knp ada yg 3,55 juta ada
yg 4,2 juta?"): the amounts are the two eras' totals (DOMAIN.md "Eras": Rp3.550.000 in
2020–2022, Rp4.200.000 in 2023–2024), so the difference is the rules of the year one joined,
each era's parts told. Before, "belum paham" (the NLU read the amounts as facts given). A
"knp gt" next asks why the eras differ (``flows.era_answers``' follow-ups of the package)."""

from __future__ import annotations

import re

from flows.config import EraRules
from flows.era_answers import BENEFITS
from flows.formatting import money
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
        return _older_checked(turn, eras, text.lower()) or _year_compared(turn, text.lower())
    lines = [turn.say("era_totals.lead")]
    lines += [turn.say("era_totals.era", waves=era.waves, **era.facts()) for era in eras]
    lines.append(turn.say("era_totals.tail"))
    remember(turn, BENEFITS)  # "bukannya 4x?", "kalo dulu 2021?" next: the package's follow-ups
    return [Outbound("\n".join(lines), (turn.menu_button(),))]


_CHECKED = re.compile(
    r"\?|\b(?:bukan\w*|kan|ya|yah|bener|benar|betul|emang|memang|katanya|right|isn'?t|wasn'?t)\b"
)
"""A figure checked ("bukannya prakerja itu 3,55 juta ya?"), not one told in passing."""


def _older_checked(turn: FlowTurn, eras: list[EraRules], lowered: str) -> list[Outbound] | None:
    """An earlier era's total checked as today's ("bukannya prakerja itu 3,55 juta ya?"): that
    era's package, then today's (before, what Prakerja is). None: no such check."""
    current = turn.ctx.programme.era
    if len(eras) != 1 or eras[0] == current or not _CHECKED.search(lowered):
        return None
    then = eras[0]
    said = {"said": money(then.total), "then_years": then.years, "then_waves": then.waves}
    lines = [turn.say("era_totals.older", **said, **current.facts())]
    lines += [turn.say("era_totals.era", waves=era.waves, **era.facts()) for era in (current, then)]
    remember(turn, BENEFITS)  # "kalo dulu 2021?" next: the package's follow-ups
    return [Outbound("\n".join(lines), (turn.menu_button(),))]


_YEAR = re.compile(r"\b(20[12]\d)\b")
_DIFFERS = re.compile(
    r"\b(?:beda\w*|berbeda|lain|cuma|cm|doang|kok|kenapa|knp|napa|mengapa|different|differ\w*|"
    r"why|only|less|more|lebih)\b"
)
_PACKAGE = re.compile(
    r"\b(?:insentif\w*|saldo\w*|dapet|dapat|dpt|cair\w*|\d+\s*(?:rb|ribu|k|jt|juta)|sekali|"
    r"kali|incentive\w*|balance|got|get|gets)\b"
)


def _year_compared(turn: FlowTurn, lowered: str) -> list[Outbound] | None:
    """Another era's year told with what it paid, and a difference asked ("temenku yg ikut
    2024 katanya cuma dapet 600rb sekali, kok beda"): the rules changed with the era (probe
    p20 D36; before, the plain benefits table). None: no such comparison."""
    years = {int(found) for found in _YEAR.findall(lowered)}
    eras = turn.ctx.programme.eras.values()
    named = [era for era in eras if any(_in_years(era, year) for year in years)]
    if not named or not _DIFFERS.search(lowered) or not _PACKAGE.search(lowered):
        return None
    lines = [turn.say("era_totals.why")]
    lines += [turn.say("era_totals.era", waves=era.waves, **era.facts())
              for era in sorted(eras, key=lambda era: era.years)]  # fmt: skip
    remember(turn, BENEFITS)  # "bukannya 4x?", "kalo dulu 2021?" next: the package's follow-ups
    return [Outbound("\n".join(lines), (turn.menu_button(),))]


def _in_years(era: EraRules, year: int) -> bool:
    """Whether ``year`` falls within the era's years ("2020–2022")."""
    bounds = [int(found) for found in _YEAR.findall(era.years)]
    return bool(bounds) and min(bounds) <= year <= max(bounds)


def why(turn: FlowTurn) -> list[Outbound]:
    """ "knp gt" after the packages: the programme's rules changed with the era (DOMAIN.md
    "Eras": a semi-social-assistance scheme in the pandemic, the normal scheme since 2023)."""
    remember(turn, BENEFITS)
    return [turn.reply("era_totals.why", turn.menu_button())]


__all__ = ["answer", "eras_named", "why"]
