"""A family's chances asked about over several messages, right after an eligibility answer
(DOMAIN.md "Eligibility": the rules are each person's own; at most ``max_beneficiaries_per_kk``
recipients per family card):

- the relative just answered about, told more of ("dia ibu rumah tangga, gak sekolah" after
  "ibu saya umur 58 bisa ikut?"): that relative's chances, not "belum paham";
- a relative who already received Prakerja ("ayah saya udh pernah dapet prakerja 2020, ngaruh
  ga ke ibu"): no effect on the others, except the quota of their family card; the count is kept;
- several of the family at once ("saya juga mau daftar, adik saya juga. bisa semua?"): each
  person's own rules, and the card's quota with the recipients already named (before, the
  user's own check started as if the quota did not exist).
"""

from __future__ import annotations

import re

from flows.eligibility_jobs import SAME_KK, denied_job, relatives_received
from flows.eligibility_relatives import KIN, KIN_SAID, age_verdict, kin_of, relative_answer_for
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

FAMILY = "eligibility_family"
"""``flows.last_answer`` topic: a family's chances were answered."""
RECEIVED = "eligibility_family_received"
"""``session.profile``: how many relatives the user said already received Prakerja."""

_PRONOUN = re.compile(r"^\W*(?:dia|die|beliau|ibunya|bapaknya|ayahnya|she|he|they)\b")
"""The relative just answered about, told more of ("dia ibu rumah tangga")."""
_ASKS = re.compile(
    r"\?|\b(?:ngaruh|pengaruh|berpengaruh|mempengaruhi|memengaruhi|affect\w*|bisa|bs|boleh|"
    r"blh|can|gimana|gmn|masalah)\b"
)
_SELF_TOO = re.compile(r"\b(?:saya|aku|sy|gw|gue|i)\s+(?:juga|jg|also|too)\b")
_SELF_ASKS = re.compile(
    r"\b(?:aku|saya|sy|gw|gue|ku)\s+(?:\w+\s+)?(?:bs|bisa|bsa|boleh|gimana|gmn)\b"
    r"|\b(?:can i|what about me)\b"
)
"""The user asks about themselves after naming relatives ("…, aku bs?")."""
_BARE_AGE = re.compile(r"^\D*?\b(\d{1,2})\b\s*(?:tahun|thn|th|taun|years?(?: old)?)?\W*$")
_AGE_CUE = re.compile(r"\b(?:umur\w*|usia\w*|berumur|berusia|tahun|thn|th|taun|years?|age)\b")
_ALL = re.compile(r"\b(?:semua\w*|smua|all of us|both|berdua|bertiga|sekeluarga|barengan)\b")


def answer(turn: FlowTurn, text: str) -> list[Outbound] | None:
    """The family's answer to ``text`` (lower-cased), right after an eligibility answer."""
    replies = _answer(turn, text)
    if replies is not None:
        remember(turn, FAMILY)  # "ngaruh ga ke ibu?" next: still the family's chances
    return replies


def _answer(turn: FlowTurn, text: str) -> list[Outbound] | None:
    check = turn.button("eligibility.start", "flow:eligibility", means="yes")
    received = relatives_received(text) or 0
    if received > 0 and _ASKS.search(text):
        turn.session.profile[RECEIVED] = received
        return [Outbound(_received(turn, text), (check, turn.menu_button()))]
    if kin_of(text) is not None and (_SELF_TOO.search(text) or _ALL.search(text)):
        return [Outbound(_several(turn), (check, turn.menu_button()))]
    kin = turn.session.profile.get(KIN_SAID)
    if isinstance(kin, str) and _PRONOUN.search(text):
        said = relative_answer_for(turn, text, kin)
        if SAME_KK.search(text):  # "dia satu kk sama aku": the card's quota is shared
            per_kk = turn.ctx.programme.max_beneficiaries_per_kk
            said += "\n\n" + turn.say("eligibility.note.kk_rule", max_per_kk=per_kk)
        return [Outbound(said, (check, turn.menu_button()))]
    if isinstance(kin, str) and just_said(turn) == FAMILY:
        return _told_more(turn, text, kin)
    return None


def _told_more(turn: FlowTurn, text: str, kin: str) -> list[Outbound] | None:
    """Right after a relative's chances, more of them without "dia": their age ("umurna 17
    taun"), or an excluded job denied ("bukan PNS kok" after "dia guru honorer")."""
    aged = _BARE_AGE.match(text)
    if aged is not None and _AGE_CUE.search(text) and not KIN.search(text):
        return age_verdict(turn, int(aged.group(1)), kin)
    if len(text.split()) <= 6 and denied_job(text):
        name = turn.say(f"eligibility.kin.{kin}")
        said = f"{turn.say('eligibility.relative.employed', kin=name)}"
        check = turn.button("eligibility.start", "flow:eligibility", means="yes")
        return [Outbound(said, (check, turn.menu_button()))]
    return None


def _received(turn: FlowTurn, text: str) -> str:
    """A relative's receipt: no effect on the others, but it counts on their family card; the
    card full when as many as it takes received it ("kakak ku udh dpt, ibu jg udh, aku bs?")."""
    per_kk = turn.ctx.programme.max_beneficiaries_per_kk
    left = max(per_kk - (relatives_received(text) or 0), 0)
    if left == 0:
        return turn.say("eligibility.family.received_full", max_per_kk=per_kk)
    asked = [found.group(1) for found in KIN.finditer(text)][1:]
    kin = kin_of(asked[0]) if asked else turn.session.profile.get(KIN_SAID)
    if _SELF_ASKS.search(text):  # "…, aku bs?": the user's own chances
        kin = None
    name = turn.say(f"eligibility.kin.{kin}" if isinstance(kin, str) else "eligibility.kin.you")
    return turn.say("eligibility.family.received", kin=name, max_per_kk=per_kk, left=left)


def _several(turn: FlowTurn) -> str:
    """Several of the family: each one's rules, and the card's quota with those named."""
    per_kk = turn.ctx.programme.max_beneficiaries_per_kk
    had = turn.session.profile.get(RECEIVED)
    had = had if isinstance(had, int) and had > 0 else 0
    key = "eligibility.family.several_left" if had else "eligibility.family.several"
    return turn.say(key, max_per_kk=per_kk, had=had, left=max(per_kk - had, 0))


__all__ = ["FAMILY", "RECEIVED", "answer"]
