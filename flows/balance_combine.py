"""Another person's training balance joined to one's own, or one's own given to another ("istri
sy jg lolos prakerja, bisa ga saldonya digabung sm punya sy", "saldo aku bisa ditransfer ke
adik?", "can I combine my balance with my husband's?"): no, each balance belongs to the card of
one participant and buys that participant's own courses; it is no cash either. A judgement
call worded from DOMAIN.md (the balance is each participant's training voucher; "cash out your
balance" offers are fraud). Before, the balance text of the one asking (probe p22b D23)."""

from __future__ import annotations

import re

from flows.complaint_topics import category_for
from flows.eligibility_relatives import KIN
from flows.last_answer import remember
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

MAX_WORDS = 25
TOPIC = "balance_combine"
_JOIN = re.compile(
    r"\b(?:di)?(?:gabung\w*|satuin|disatukan|jadiin satu|dijadikan satu|digabungkan|combine\w*|"
    r"merge\w*|pool\w*|join\w*|transfer\w*|ditransfer\w*|dipindah\w*|pindahin|pindahkan|"
    r"dioper|oper|share|shared|sharing|pinjem\w*|pinjam\w*|patungan)\b"
)
_OFFER = re.compile(
    r"\b(?:nawar\w*|tawar\w*|offer\w*|dikasih (?:duit|uang)|dapet (?:duit|uang)|dibayar|"
    r"cash ?back|cair\w*|joki)\b"
)
"""An offer of cash for the balance: a fraud (``flows.fraud``), not a question of joining."""
_BALANCE = re.compile(r"\b(?:saldo\w*|balance|voucher)\b")
_OTHER_PERSON = re.compile(
    r"\b(?:orang lain|temen\w*|teman\w*|keluarga|friend\w*|family|wife|husband|spouse|sibling|"
    r"brother|sister|mother|father|mom|dad|punya (?:sy|saya|aku|ku|gw|gue)|punyaku)\b"
)


def asks(text: str) -> bool:
    """Whether a balance is asked to be joined with, or moved to, another person's."""
    lowered = " ".join(text.lower().split())
    if not lowered or len(lowered.split()) > MAX_WORDS:
        return False
    if not (_JOIN.search(lowered) and _BALANCE.search(lowered)):
        return False
    if category_for(lowered) == "fraud" or _OFFER.search(lowered):
        return False  # "temenku nawarin beliin kelas pake saldo aku, nanti dikasih duit": fraud
    return bool(KIN.search(lowered) or _OTHER_PERSON.search(lowered))


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """ "No: each card's balance is its holder's own"; else None."""
    if turn.message.payload is not None or turn.session.flow is not None:
        return None
    if not asks(turn.message.text or ""):
        return None
    remember(turn, TOPIC)
    return [turn.reply("balance_combine.refused", turn.menu_button())]


__all__ = ["TOPIC", "answer", "asks"]
