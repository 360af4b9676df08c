"""Whose payout account it is: a bank account or e-wallet of a relative or a friend ("kalo ovo
adek aku?", "bisa pake rekening bni ibu aku?", "what about my brother's gopay?") can never receive
the incentive, whichever bank or e-wallet is named (DOMAIN.md, Incentives: paid "to a linked
account in the participant's own name (same NIK)")."""

from __future__ import annotations

import re

from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

_POSSESSOR = r"(?:\s*(?:ku|aku|saya|gue|gw|gua|ane|w)\b)"
_RELATIVE = (
    r"(?:(?:adek|adik|kakak|kaka|ibu|ibuk|bapak|ayah|bokap|nyokap|mama|mamah|mami|papa|papah|"
    r"papi|ortu|orang ?tua|org ?tua|suami|istri|bini|pacar|cowok|cewek|teman|temen|tmn|sahabat|"
    r"saudara|sodara|sepupu|keponakan|ponakan|paman|bibi|nenek|kakek|mertua|ipar|keluarga|"
    r"kluarga|tetangga|orang lain|org lain|someone else|brother|sister|sibling|mom|mum|mother|"
    r"dad|father|parents?|wife|husband|spouse|boyfriend|girlfriend|friend|cousin|uncle|aunt|"
    r"daughter|neighbou?r|relative)(?:ku|nya)?"
    rf"|(?:mas|mbak|mba|abang|bang|dek|ade|om|tante|anak|laki){_POSSESSOR})"
)
"""Whose account it might be: relatives, friends, anyone else (Indonesian and English)."""
RELATIVE = _RELATIVE
"""``_RELATIVE`` for other modules (``flows.records_owner``)."""
_ACCOUNT = (
    r"(?:rekening|rek|akun bank|bank|e-?wallet|ewallet|bni|bca|bri|mandiri|bsi|ovo|gopay|go-pay|"
    r"dana|linkaja|link aja|shopee ?pay|account)"
)
_OTHERS = re.compile(
    rf"\b{_ACCOUNT}\b(?:\s+(?:punya|milik|atas nama|an|a\.n\.?|nya|of|from|my|si))*"
    rf"(?:\s+\w+)?\s+{_RELATIVE}\b"
    rf"|\b(?:punya|milik|atas nama|a\.n\.?|belongs to|in (?:the name of|my))\s+(?:my\s+|si\s+)?"
    rf"{_RELATIVE}\b"
    rf"|\b{_RELATIVE}(?:'s|s')\s+(?:\w+\s+)?{_ACCOUNT}\b"
)
"""An account named with its owner after it ("ovo adek aku", "rekening bni ibu", "dana punya
suami") or before it ("my brother's gopay")."""
_HELD = re.compile(
    rf"\b{_RELATIVE}(?:{_POSSESSOR})?\s+(?:punya|ada|has|have)\s+(?:an?\s+)?(?:\w+\s+)?"
    rf"{_ACCOUNT}\b|\bmy\s+{_RELATIVE}\s+(?:\w+\s+)?{_ACCOUNT}\b"
    rf"|(?=.*\b(?:bisa|bs|boleh|blh|can|could|may)\b)\b{_RELATIVE}\b.{{0,60}}\b{_ACCOUNT}"
    r"(?:nya\b|\s+(?:mereka|dia|beliau|their|his|her)\b)"
)
"""The owner told first: "suami saya punya rekening bni, bisa dipake?", "istri aku ada gopay",
"my parents account", "... ke orang tua, bisa langsung ke rekening mereka?" (a may-question
only: "ibu saya udah daftar, tapi rekeningnya diblokir" is her own). These were
``flows.money_help``'s, whose own copy of this answer is gone."""
_RELATIVE_ONLY = re.compile(rf"\b{_RELATIVE}\b")


def of_someone_else(lowered: str, *, after_payout: bool = False) -> bool:
    """``lowered`` asks about an account of someone else; right after a payout answer a relative
    named at all is enough ("kalo adek aku?", "what about my brother?")."""
    if _OTHERS.search(lowered) or _HELD.search(lowered):
        return True
    return after_payout and _RELATIVE_ONLY.search(lowered) is not None


def answer(turn: FlowTurn, *, after_payout: bool = False) -> list[Outbound] | None:
    """No: only an account in one's own name (same NIK), and where the incentive goes; else
    None."""
    lowered = " ".join((turn.message.text or "").lower().split())
    if not of_someone_else(lowered, after_payout=after_payout):
        return None
    return [
        Outbound(turn.say("kb.own_account_only")),
        turn.reply("kb.payment_account", turn.menu_button(), **turn.ctx.programme.facts()),
    ]


__all__ = ["RELATIVE", "answer", "of_someone_else"]
