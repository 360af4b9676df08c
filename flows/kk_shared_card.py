"""A relative on the asker's own family card (KK), asked about right after that relative's
chances ("adik sy mau daftar gelombang skrg, gmn caranya", then "kk nya sama kyk sy, gpp?";
probe p22b #29: "Maksud kamu yang mana?"), or with the relative named ("adikku satu kk sama
aku, boleh daftar?").

DOMAIN.md "Eligibility": at most ``max_beneficiaries_per_kk`` (2) beneficiaries per family
card. A linked participant past selection is a beneficiary, so they count as one on that card:
the relative may still be selected while the card has fewer than 2, i.e. no one else on it has
received Prakerja. Anyone else (a revoked participant too: whether a revoked card still counts
is not in DOMAIN.md) is told the limit when the relative was just talked about, and gets the
eligibility check with its note on a shared card when the relative is named in the message."""

from __future__ import annotations

import re

from flows import eligibility_kk
from flows.eligibility_card import group_over_quota
from flows.eligibility_family import FAMILY
from flows.eligibility_jobs import relatives_received
from flows.eligibility_relatives import KIN_SAID, RELATIVE_AGE, kin_of
from flows.incentive_outlook import PAST_SELECTION
from flows.kk_quota_relatives import TOPIC as KK_RELATIVE
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.my_data import participant
from flows.runtime.machine import FlowTurn
from flows.turn import Ask

TOPIC = "kk_shared_card"
"""``flows.last_answer`` topic: a relative on the asker's card was answered about."""
MAX_WORDS = 16
_RELATIVE_TOPICS = (FAMILY, RELATIVE_AGE, KK_RELATIVE, TOPIC)
"""Answers about a relative's chances: a bare "kk nya sama" next is about that relative."""
_CARD = r"(?:kk|kartu keluarga|family card)"
_SAME_CARD = re.compile(
    rf"\b{_CARD}\s*-?\s*(?:nya|ny)?\s+(?:(?:kami|kita|dia|kita berdua)\s+)?(?:juga\s+|jg\s+)?"
    r"(?:yg\s+|yang\s+)?(?:sama|samaan|satu|1)\b"
    rf"|\b(?:satu|1|se)\s*-?\s*{_CARD}\b|\bsekk\b|\bsama\s+{_CARD}\b"
    rf"|\b(?:ikut|numpang|masuk|gabung|dalam)\s+(?:di\s+)?{_CARD}\s*-?\s*"
    r"(?:ku|aku|saya|sy|gw|gue|kami|kita)\b"
    rf"|\bsame {_CARD}\b|\b(?:on|in) my family card\b|\bshare (?:a|the|my|one) {_CARD}\b"
)
"""The relative is on the asker's own card: "kk nya sama kyk sy", "satu kk", "ikut kk aku"."""
_ASKS = re.compile(
    r"\?|\b(?:gpp|gapapa|gak papa|ga papa|gk papa|ngga papa|nggak papa|tidak apa\w*|tdk apa\w*|"
    r"masalah|ngaruh|pengaruh|berpengaruh|bisa|bs|boleh|blh|aman|can|still|allowed|problem|"
    r"matter|okay|fine)\b"
)
_PAYOUT = re.compile(
    r"\b(?:rekening|rek|e-?wallet|dana|gopay|ovo|linkaja|akun|saldo|insentif\w*|account|"
    r"bank|transfer\w*)\b"
)
"""Money or an account named: the card's quota is not what is asked (``flows.linked_asides``)."""


def _lowered(turn: FlowTurn) -> str:
    return " ".join((turn.message.text or "").lower().split())


def _relative(turn: FlowTurn, lowered: str) -> str | None:
    """The relative asked about: named now, or the one just answered about."""
    named = kin_of(lowered)
    if named is not None:
        return named
    kin = turn.session.profile.get(KIN_SAID)
    return kin if isinstance(kin, str) and just_said(turn) in _RELATIVE_TOPICS else None


def asks(turn: FlowTurn) -> str | None:
    """The relative whose shared family card is asked about, else None."""
    lowered = _lowered(turn)
    if turn.message.payload is not None or turn.session.flow is not None or not lowered:
        return None
    if len(lowered.split()) > MAX_WORDS or not _SAME_CARD.search(lowered):
        return None
    if not _ASKS.search(lowered) or _PAYOUT.search(lowered) or relatives_received(lowered):
        return None  # "ibu udh dpt, satu kk, adik bisa?": the family's count (elsewhere)
    return _relative(turn, lowered)


def _group(turn: FlowTurn) -> list[Outbound] | None:
    """More than the card's quota on it asked about, whatever the NLU reads ("kita 4
    bersaudara dalam 1 KK, apa semuanya bisa lolos?", before: "which one did you mean?"): not
    all of them, the check one tap away; else None."""
    lowered = _lowered(turn)
    if turn.message.payload is not None or turn.session.flow is not None or not lowered:
        return None
    if len(lowered.split()) > MAX_WORDS or not _ASKS.search(lowered) or _PAYOUT.search(lowered):
        return None
    per_kk = turn.ctx.programme.max_beneficiaries_per_kk
    if relatives_received(lowered) != 0 or not group_over_quota(lowered, per_kk):
        return None
    eligibility_kk.said(turn)  # "kalo beda KK?" next: the quota counts per card
    check = turn.button("eligibility.start", "flow:eligibility", means="yes")
    text = turn.say("eligibility.note.kk_more", max_per_kk=per_kk)
    return [Outbound(text, (check, turn.menu_button()))]


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """The card's limit for that relative, the asker counted when a participant past
    selection; None for a relative named by anyone else (the check answers them). More on the
    card than its quota: not all of them."""
    group = _group(turn)
    if group is not None:
        return group
    kin = asks(turn)
    if kin is None:
        return None
    person = yield from participant(turn)
    per_kk = turn.ctx.programme.max_beneficiaries_per_kk
    if person is not None and person.status in PAST_SELECTION:
        key = "kk_shared_card.counted_one" if per_kk == 2 else "kk_shared_card.counted"
    elif kin_of(_lowered(turn)) is None:  # "kami satu kk, gpp?" after the sibling's chances
        key = "kk_shared_card.general"
    else:  # "aku sama adik bisa ikut dua2nya? satu KK": the check, with its shared-card note
        return None
    turn.session.profile[KIN_SAID] = kin
    remember(turn, TOPIC)
    name = turn.say(f"eligibility.kin.{kin}")
    how = turn.button("menu.register", "topic:register")
    return [turn.reply(key, how, turn.menu_button(), kin=name, max_per_kk=per_kk, left=per_kk - 1)]


__all__ = ["TOPIC", "answer", "asks"]
