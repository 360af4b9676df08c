"""The family card named in the eligibility check's opening with a relative on it ("can my
brother and I both join? we're in the same KK", "aku sama adik bisa ikut dua2nya? satu KK"):
the card's quota said before the questions (DOMAIN.md "Eligibility": at most
``max_beneficiaries_per_kk`` beneficiaries per KK), and kept for a side question about more
relatives ("what about my parents too?": ``flows.eligibility_asides``). Before, the question
was left unanswered and the age asked."""

from __future__ import annotations

import re

from flows.eligibility_jobs import SAME_KK, relatives_received
from flows.eligibility_questions import HOMEMAKER
from flows.eligibility_relatives import KIN
from flows.runtime.machine import FlowTurn

SAME_CARD = "_same_card"
"""Check slot: the opening said a relative shares the user's family card."""
_BOTH = re.compile(
    r"\b(?:both|berdua|dua2nya|dua-duanya|duaduanya|keduanya|dua dua nya|two of us|together)\b"
)

_MORE = re.compile(
    r"\b(?:bertiga|berempat|berlima|(?:3|tiga|4|empat|5|lima)\s+(?:orang|org|bersaudara|"
    r"beradik|kakak beradik)|ketiga\s*(?:nya|ny)|keempat\s*(?:nya|ny)|(?:all\s+)?three"
    r"(?:\s+of\s+us)?|(?:3|three|4|four)\s+(?:people|of us|siblings))\b"
)
"""More people than the card's quota wanting to join ("jadi bertiga dalam satu KK", "kami 3
bersaudara satu kk, bisa ketiganya lolos?")."""
_WANT = re.compile(
    r"\b(?:mau|mw|ingin|pengen|pgn|pingin|ikut\w*|daftar\w*|mendaftar|gabung|join|apply|"
    r"register|all)\b|\b(?:bisa|bs|boleh|can)\b.{0,20}\b(?:lolos|dapat|dapet|diterima|keterima|"
    r"jadi penerima|selected)\b"
)
"""Joining wished for: not a family's size told ("ada 5 orang di kk aku")."""
_CARD = re.compile(r"\b(?:kk|kartu keluarga|family card)\b")


def over_quota(lowered: str, per_kk: int) -> bool:
    """Three or more on one family card wanting to join ("kami 3 bersaudara satu kk, bisa
    ketiganya lolos?"), more than ``per_kk``; not a family's size told ("ada 5 orang di kk")."""
    on_card = SAME_KK.search(lowered) or _CARD.search(lowered)
    return per_kk < 3 and bool(on_card and _MORE.search(lowered) and _WANT.search(lowered))


_ALL = re.compile(
    r"\b(?:semua\w*|ketiga\s*(?:nya|ny)|keempat\s*(?:nya|ny)|kelima\s*(?:nya|ny)|bertiga|"
    r"berempat|berlima|bersaudara|all|every(?:one|body)|sekaligus|bareng\w*)\b"
)
"""The whole group meant ("bisa ketiganya lolos?", "semuanya"): not one person's family size
("di kk aku ada 4 orang, bisa daftar?" asks about the user alone)."""


def group_over_quota(lowered: str, per_kk: int) -> bool:
    """A group larger than the card's quota asked about as a whole, no relative named."""
    return bool(_ALL.search(lowered)) and over_quota(lowered, per_kk)


def more_than_quota(turn: FlowTurn, lowered: str) -> str | None:
    """Three or more on one family card wanting to join ("anak saya juga mau, jadi bertiga
    dalam satu KK"): at most ``max_beneficiaries_per_kk`` of them can be recipients."""
    per_kk = turn.ctx.programme.max_beneficiaries_per_kk
    if not over_quota(lowered, per_kk):
        return None  # "ada 5 orang di kk aku": the family's size
    turn.slots[SAME_CARD] = True
    return turn.say("eligibility.note.kk_more", max_per_kk=per_kk)


def opening(turn: FlowTurn, lowered: str) -> list[str]:
    """The check's opening names a relative on the user's own card ("can my brother and I both
    join? we're in the same KK", "aku sama adik bisa ikut dua2nya? satu KK"): the card's quota
    said (both may join), and kept for what is asked about relatives next. Not when the
    opening says relatives received it (``flows.eligibility_notes`` says the room left)."""
    if not SAME_KK.search(lowered):
        return []
    if KIN.search(HOMEMAKER.sub(" ", lowered)) is None:  # "kami 3 bersaudara satu kk": no
        per_kk = turn.ctx.programme.max_beneficiaries_per_kk  # relative named, the group
        if relatives_received(lowered) != 0 or not group_over_quota(lowered, per_kk):
            return []
        more = more_than_quota(turn, lowered)
        return [] if more is None else [more]
    turn.slots[SAME_CARD] = True
    if relatives_received(lowered) != 0:
        return []
    more = more_than_quota(turn, lowered)  # "aku, istri, anak, bertiga satu KK bisa?"
    if more is not None:
        return [more]
    per_kk = turn.ctx.programme.max_beneficiaries_per_kk
    key = "kk_both" if _BOTH.search(lowered) and per_kk >= 2 else "kk_rule"
    return [turn.say(f"eligibility.note.{key}", max_per_kk=per_kk)]


__all__ = ["SAME_CARD", "group_over_quota", "more_than_quota", "opening", "over_quota"]
