"""The package's total against the training balance ("katanya prakerja dpt 4,2jt kok saldo sy
cuma 3,5jt", then "sisanya kapan dikasih?"; "cuma 3.500.000 aja ya? ga ada tambahan?" right
after the balance): the total is the training balance plus the incentive and the survey
incentive, which are money paid to one's own account after the first course, its certificate
and the rating (the survey's after filling it in), not balance (DOMAIN.md, Eras and
Incentives). Before, the balance again ("masih utuh") and "Maksud kamu yang mana?".

None: not linked, no balance on record, or not such a question."""

from __future__ import annotations

import re

from flows.formatting import money
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.my_data import participant
from flows.runtime.machine import FlowTurn
from flows.turn import Ask, within_context_of

TOPIC = "balance_package"
"""``flows.last_answer`` topic: the package's parts were told ("sisanya kapan?" next: again)."""
WITH_BALANCE = ("selected", "enrolled", "completed")
MAX_WORDS = 10
"""A follow-up asking for the rest ("ga ada tambahan?") is short."""
BALANCE_TOPICS = ("balance", TOPIC)
"""Answers after which "sisanya kapan dikasih?" asks for the rest of the package."""

_MORE = re.compile(
    r"\b(?:tambahan\w*|sisanya|sisa\s*nya|selebihnya|lainnya|sisa\s+\d\w*|"
    r"the rest|the remaining|the other|extra)\b"
)
_RECEIVE = re.compile(
    r"\b(?:dikasih|dikasi|dikirim|dapat|dapet|dpt|diberi\w*|dibayar\w*|cair\w*|masuk|ada|kapan|"
    r"kpn|mana|kemana|ke mana|get|paid|when|where|come)\b|\?"
)
_OTHER = re.compile(
    r"\b(?:beli|membeli|harga\w*|pelatihan lain|hangus\w*|berlaku|expire\w*|buy|price|sendiri|"
    r"pribadi|nambah\w*|bayar\w*|kurang\w*|cukup|own|use|using|spend\w*|pake|pakai|dipake|"
    r"dipakai|digunakan|how long|(?:sampai|sampe|smp|berapa|brp) (?:kapan|lama))\b"
)
"""Buying with the rest, paying a shortfall, or how long it lasts ("how long do I have to use
the remaining balance?"): the balance's other answers."""


def _balance_talk(turn: FlowTurn) -> bool:
    if just_said(turn) in BALANCE_TOPICS:
        return True
    trail: list[str] = turn.session.profile.get("trail") or []
    before = trail[:-1] if turn.message.intent else trail
    recent = within_context_of(turn.session.last_activity, turn.message.at)
    return bool(recent and before and before[-1] in ("training_balance", "benefits_info"))


def _amounts(turn: FlowTurn) -> set[int]:
    return {
        int(item.value)
        for item in turn.message.entities
        if getattr(item, "entity", None) == "money" and isinstance(item.value, int | float)
    }


def answer(turn: FlowTurn, lowered: str) -> Ask[list[Outbound] | None]:
    """The package's parts and when the money part comes; else None."""
    totals = {era.total for era in turn.ctx.programme.eras.values()}
    names_total = bool(_amounts(turn) & totals)
    asks_rest = len(lowered.split()) <= MAX_WORDS and bool(_MORE.search(lowered))
    asks_rest = asks_rest and bool(_RECEIVE.search(lowered))
    if _OTHER.search(lowered) or not (names_total or (asks_rest and _balance_talk(turn))):
        return None
    person = yield from participant(turn)
    if person is None or person.status not in WITH_BALANCE:
        return None
    programme = turn.ctx.programme
    era = programme.eras.get(person.era or "") or programme.era
    remember(turn, TOPIC)  # "sisanya kapan dikasih?" next: the same parts
    cash = money(era.total - era.training_balance)
    key = "balance_package.parts" if names_total else "balance_package.rest"
    said = turn.say(key, cash=cash, balance=money(person.balance), **era.facts())
    return [Outbound(said, (turn.menu_button(),))]


__all__ = ["TOPIC", "answer"]
