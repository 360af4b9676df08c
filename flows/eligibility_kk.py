"""The family card's quota asked about again: "oh gitu, kalo beda KK?", "kalau KK nya beda gmn",
"what if we're on different family cards?" right after the check said the quota (relatives on
one card, the card full) or at one of its questions. The quota counts per family card:
recipients on another card do not count on the user's own (DOMAIN: at most
``max_beneficiaries_per_kk`` per KK)."""

from __future__ import annotations

import re

from flows.last_answer import remember
from flows.messages import Outbound
from flows.result import Invalid
from flows.runtime.machine import FlowTurn
from flows.turn import FlowContext

KK_QUOTA = "kk_quota"
"""``flows.last_answer`` topic: the check's answer said the family card's quota."""

_OTHER = r"(?:beda|berbeda|lain|laen|pisah|terpisah|misah|sendiri|different|separate|another|own)"
_CARD = r"(?:kk|kartu keluarga|family cards?)"
OTHER_CARD = re.compile(
    rf"\b{_OTHER}\s+{_CARD}\b"
    rf"|\b(?:kk|kartu keluarga)(?:\s*-?\s*(?:nya|ny|ku|kami|kita|mereka|aku|saya|sy|gw))?\s+"
    rf"(?:(?:udah|udh|sudah|sdh|dah|yang|yg|juga|jg)\s+)*{_OTHER}\b"
    rf"|\b(?:ga|gak|gk|nggak|ngga|tidak|tdk|bukan|bkn)\s+(?:satu|1|se)\s*{_CARD}\b"
    rf"|\bnot (?:on |in )?the same {_CARD}\b"
)
"""A different family card ("beda KK", "KK nya beda", "ga satu KK", "different family cards")."""


def other_card(text: str) -> bool:
    return bool(OTHER_CARD.search(text.lower()))


def asked(ctx: FlowContext) -> Invalid:
    """At a question of the check: the quota per card said (no miss), the question again."""
    per_kk = ctx.programme.max_beneficiaries_per_kk
    return Invalid("kk_other_card", {"max_per_kk": per_kk}, miss=False)


def said(turn: FlowTurn) -> None:
    """The quota was said: a different card asked about next is about it."""
    remember(turn, KK_QUOTA)


def answer(turn: FlowTurn) -> list[Outbound]:
    """Right after the check's answer about the quota: it counts per card; the check again
    one tap away."""
    again = turn.button("eligibility.check_again", "flow:eligibility")
    per_kk = turn.ctx.programme.max_beneficiaries_per_kk
    return [turn.reply("invalid.kk_other_card", again, turn.menu_button(), max_per_kk=per_kk)]


__all__ = ["KK_QUOTA", "OTHER_CARD", "answer", "asked", "other_card", "said"]
