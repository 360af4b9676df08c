"""A relative on one's family card (KK) asked about as the reason one was not selected
("istriku jg daftar, satu kk, apa karena itu" right after the not-selected answer), then told
more of ("dia lolos gelombang 70") and the consequence asked ("jadi aku masih bisa?").

DOMAIN.md "Eligibility": at most ``max_beneficiaries_per_kk`` (2) recipients per family card;
only recipients count. One other recipient on the card is within the limit, so it is not the
reason. Before (p21 c54), the NIK/KK-mismatch answer was given, "dia lolos gelombang 70"
repeated the not-selected answer, and "jadi aku masih bisa?" started the check."""

from __future__ import annotations

import re

from flows.last_answer import remember
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.turn import Ask

TOPIC = "kk_relative"
"""``flows.last_answer`` topic: a relative on one's card was answered about."""
KIN_KEY = "kk_relative_kin"
"""``session.profile``: that relative (their ``eligibility.kin`` key)."""
_CARD = r"(?:kk|kartu keluarga|family card)"
_KIN = (
    r"(?:suami|istri|bini|ayah|bapak|bokap|ibu|ibuk|emak|mama|papa|nyokap|kakak|kaka|abang|adik|"
    r"adek|anak|husband|wife|father|dad|mother|mom|brother|sister|son|daughter)(?:ku|nya|mu)?"
)
ON_CARD = re.compile(rf"\b{_KIN}\b.*\b{_CARD}\b|\b{_CARD}\b.*\b{_KIN}\b")
"""A relative and the family card named ("istriku jg daftar, satu kk")."""
_RECEIVED = (
    r"\b(?:lolos|keterima|diterima|dapat|dapet|dpt|penerima|terima|nerima|selected|got|received)"
)
_STILL = r"\b(?:masih|tetap|tetep|still|bisa|bs|boleh|blh|can)\b"
FOLLOW_UP = re.compile(rf"{_RECEIVED}|{_STILL}")
"""After that answer: the relative received it ("dia lolos gelombang 70"), or the consequence
asked ("jadi aku masih bisa?")."""


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """One relative on the card: within the limit, not the reason; more: it may be."""
    from flows.eligibility_relatives import KIN, kin_of  # (imported late: a cycle)

    text = " ".join((turn.message.text or "").lower().split())
    named = {kin_of(found.group(0)) for found in KIN.finditer(text)} - {None}
    if not named:
        return None
    facts = turn.ctx.programme.facts()
    if len(named) >= turn.ctx.programme.max_beneficiaries_per_kk:
        return [turn.reply("kk_relatives.full", turn.menu_button(), count=len(named), **facts)]
    kin = named.pop()
    turn.session.profile[KIN_KEY] = kin
    remember(turn, TOPIC)  # "dia lolos gelombang 70", "jadi aku masih bisa?" next
    name = turn.say(f"eligibility.kin.{kin}")
    return [turn.reply("kk_relatives.within", turn.menu_button(), kin=name, **facts)]


def follow_up(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """The relative received it, or "can I still?": one recipient on the card, still within."""
    text = (turn.message.text or "").lower()
    kin = str(turn.session.profile.get(KIN_KEY) or "other")
    name = turn.say(f"eligibility.kin.{kin}")
    facts = turn.ctx.programme.facts()
    remember(turn, TOPIC)
    key = "kk_relatives.received" if re.search(_RECEIVED, text) else "kk_relatives.still"
    return [turn.reply(key, turn.menu_button(), kin=name, **facts)]
    yield


FOLLOW_UPS = {TOPIC: (FOLLOW_UP, follow_up)}
"""Entries of ``flows.follow_ons.FOLLOW_UPS``."""


__all__ = ["FOLLOW_UPS", "ON_CARD", "TOPIC", "answer", "follow_up"]
