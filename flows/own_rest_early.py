"""A course after the first asked by a linked participant who bought one ("bisa beli pelatihan
lagi?", "sisa saldo aku masih bisa dipake?"): their own rest of the balance, by their era and
record (``flows.balance_rest.own_rest``), read before the general buying answer
(``flows.course_buying``), which told a 2021 participant "dalam 15 hari" (the 2023–2024 rule:
DOMAIN.md, Eras; probe p25b #6). None: not asked, not linked, or no course bought."""

from __future__ import annotations

import re

from flows import balance_rest
from flows.balance_trade import traded
from flows.messages import Outbound
from flows.my_data import participant
from flows.runtime.machine import FlowTurn
from flows.turn import Ask

MAX_WORDS = 12
_OTHER_MATTER = re.compile(
    r"\b(?:sertifikat\w*|certificates?|insentif\w*|intensif\w*|incentives?)\b"
    r"|\b(?:cair\w*|dicair\w*|tunai|cash\w*|tarik|ditarik|diuangkan|uangin|withdraw\w*)\b"
)
"""The incentive or certificate named too ("mau beli lagi tapi insentif aku blm cair"), or the
rest cashed out ("sisa saldonya bisa dicairin ga"): their own answers."""


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """The linked participant's own rest of the balance; else None."""
    text = turn.message.text or ""
    if turn.message.payload is not None or turn.session.flow is not None:
        return None
    if len(text.split()) > MAX_WORDS or not balance_rest.asks_rest(text) or traded(text):
        return None
    if _OTHER_MATTER.search(text.lower()):
        return None
    person = yield from participant(turn)
    if person is None:
        return None
    if balance_rest.era_rest_days(turn, person) > 0:
        return None  # an era with days to spend the rest: the buying answer says them
    return (yield from balance_rest.own_rest(turn, person))


__all__ = ["answer"]
