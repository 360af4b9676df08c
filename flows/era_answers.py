"""An answer whose numbers depend on the era (the first purchase's deadline, the package)
asked again for an earlier one right after it: "kalo dulu 2021?", "kalo gelombang 10?",
"waktu pandemi gmn?", or for today after an earlier one ("klo skrg?") (``flows.follow_ons``).
The era is the one of the year or wave named; "dulu" alone is the era before the current one,
"skrg" the current one (DOMAIN.md "Eras")."""

from __future__ import annotations

import re
from collections.abc import Callable

from flows.config import EraRules, ProgrammeConfig
from flows.last_answer import remember
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.turn import Ask

Answer = Ask[list[Outbound] | None]

BALANCE_RULE = "era.balance_rule"
BENEFITS = "era.benefits"
TOPICS = {
    BALANCE_RULE: "kb.balance_rule",
    BENEFITS: "kb.benefits_other_era",
}
"""``flows.last_answer`` topics of era-dependent answers, and the text said again for an era."""

_YEAR = re.compile(r"\b(20[12]\d)\b")
_WAVE = re.compile(r"\b(?:gelombang|gel|gelb|wave|batch|angkatan)\.? ?(\d{1,3})\b")
_EARLIER = re.compile(
    r"\b(?:dulu|dlu|dahulu|jaman|zaman|pandemi|covid|sebelumnya|tahun lalu|taun lalu"
    r"|earlier|back then|previously)\b"
)
_NOW = re.compile(
    r"\b(?:skrg|skrng|sekarang|skarang|saat ini|tahun ini|thn ini|taun ini|terbaru|now|"
    r"nowadays|these days|this year)\b"
)
"""Today ("klo skrg?" after an earlier era's package): the current era."""
ASKED = re.compile(rf"{_YEAR.pattern}|{_WAVE.pattern}|{_EARLIER.pattern}|{_NOW.pattern}")
"""A follow-up naming a year, a wave, an earlier time or today."""
_JOINS = re.compile(
    r"\b(?:ikut|ikutan|daftar|gabung|join|apply)\w*\b.{0,12}\b(?:lagi|lg|ulang|again)\b"
    r"|\b(?:bisa|bs|boleh|blh|can)\s+(?:aku\s+|saya\s+|i\s+)?(?:ikut|daftar|gabung|join|apply)"
)
"""Joining again asked ("bisa ikut lg ga aku tahun ini"): no era's package (probe p20 D35)."""


def _bounds(span: str) -> tuple[int, int]:
    numbers = [int(n) for n in re.findall(r"\d+", span)]
    return numbers[0], numbers[-1]


def era_named(text: str, programme: ProgrammeConfig) -> EraRules | None:
    """The era of the year or wave the text names (a year after every era: the current one);
    for "dulu" alone the latest era before the current one, for "skrg" the current one; None
    for none of these."""
    lowered = text.lower()
    eras = programme.eras
    for found, span in ((_YEAR.search(lowered), "years"), (_WAVE.search(lowered), "waves")):
        if found is None:
            continue
        number = int(found.group(1))
        for era in eras.values():
            low, high = _bounds(getattr(era, span))
            if low <= number <= high:
                return era
        latest = max(_bounds(getattr(era, span))[1] for era in eras.values())
        return programme.era if number > latest else None
    if not _EARLIER.search(lowered):
        return programme.era if _NOW.search(lowered) else None
    current = _bounds(programme.era.years)[0]
    earlier = [e for e in eras.values() if _bounds(e.years)[1] < current]
    return max(earlier, key=lambda e: _bounds(e.years)[1]) if earlier else None


def again(topic: str) -> Callable[[FlowTurn], Answer]:
    """The answer of ``topic`` said again with the numbers of the era the follow-up names."""

    def answered(turn: FlowTurn) -> Answer:
        programme = turn.ctx.programme
        era = era_named(turn.message.text or "", programme)
        if era is None or _JOINS.search((turn.message.text or "").lower()):
            return None
        facts = {**programme.facts(), **era.facts()}
        key = TOPICS[topic]
        body = turn.say(key, **facts)
        if key != "kb.benefits_other_era":
            body = turn.say("kb.era_rules", years=era.years, waves=era.waves) + "\n" + body
        remember(turn, topic)  # "kalo 2023?" next: the same answer for another era
        return [Outbound(body, (turn.menu_button(),))]
        yield  # asks nothing

    return answered


FOLLOW_UPS: dict[str, tuple[re.Pattern[str], Callable[[FlowTurn], Answer]]] = {
    topic: (ASKED, again(topic)) for topic in TOPICS
}
"""Entries of ``flows.follow_ons.FOLLOW_UPS``."""


__all__ = ["ASKED", "BALANCE_RULE", "BENEFITS", "FOLLOW_UPS", "TOPICS", "again", "era_named"]
