"""Comparisons with a friend or relative, read before the NLU's intent (``flows.follow_ons``):

- "temenku udh cair kok aku blm": the user's own incentive status (``my_incentives``), after
  why timings differ: each schedule starts from when that participant's first course was
  finished, certified, rated and reviewed, and the money arrives some working days after the
  scheduled date (DOMAIN.md "Incentives"; before: "Maksud kamu yang mana?");
- "temenku cuma dapet 600rb sekali doang, kok aku 4x": the two eras' rules (``era_totals.why``;
  before: a clarification);
- "dia gelombang yg sama loh" right after: timings differ within a wave too;
- "dia daftar lebih telat dr aku malah": selection among eligible applicants is random, not
  first come (DOMAIN.md "Eligibility"; before: the not-selected reasons again)."""

from __future__ import annotations

import re

from flows import era_totals, my_incentives
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.turn import Ask

TOPIC = "friend_compare"
"""``flows.last_answer`` topic: a comparison with someone else was answered."""
MAX_WORDS = 16

_OTHER = re.compile(
    r"\b(?:temen\w*|teman\w*|tmn\w*|kawan\w*|tetangga\w*|saudara\w*|sodara\w*|sepupu\w*|adik\w*|"
    r"adek\w*|kakak\w*|kakakku|abang\w*|suami\w*|istri\w*|bini\w*|ibu\w*|bapak\w*|orang lain|"
    r"org lain|yang lain|yg lain|dia|doi|friend\w*|neighbou?r\w*|brother|sister|cousin|"
    r"(?:s)?he|others?)\b"
)
_MINE = r"(?:aku|saya|sy|gw|gue|gua|ku|punyaku|punya aku|i|mine|my)"
_PAID_NOT_MINE = re.compile(
    r"\b(?:udh|udah|uda|sudah|sdh|dah|already|got|has been)?\s*(?:cair|dapet|dapat|masuk|"
    r"ditransfer|paid|received|got (?:it|paid|the money))\b.{0,40}\b" + _MINE + r"\b.{0,15}"
    r"\b(?:blm|belum|ga|gak|gk|nggak|ngga|tidak|tdk|not|haven'?t|hasn'?t|still)\b"
)
"""Someone was paid and the user not ("temenku udh cair kok aku blm")."""
_ONCE_VS_FOUR = re.compile(
    r"\b(?:sekali|1 ?x|1 kali|satu kali|once)\b.{0,40}\b(?:4 ?x|4 kali|empat kali|"
    r"four times)\b|\b(?:4 ?x|4 kali|empat kali|four times)\b.{0,40}\b(?:sekali|1 ?x|1 kali|"
    r"satu kali|once)\b"
    r"|\b(?:600|600rb|600 ?ribu|600\.000)\b.{0,30}\b(?:2[.,]4|2,4 ?jt|2\.400|2400)\b"
    r"|\b(?:2[.,]4 ?(?:jt|juta)|2\.400\.000)\b.{0,30}\b(?:600|600rb|600 ?ribu)\b"
)
"""Different amounts or payment counts compared ("cuma dapet 600rb sekali, kok aku 4x")."""
_ORDER = re.compile(
    r"\b(?:daftar\w*|regis\w*|gabung\w*|join\w*|signed up|applied|register\w*)\b.{0,30}"
    r"\b(?:lebih (?:telat|lambat|akhir|belakang\w*)|belakangan|telatan|duluan aku|"
    r"setelah aku|abis aku|sesudah aku|after me|later than me|barengan|bareng|"
    r"sama(?:an)? (?:waktu|hari|harinya)|at the same time|same day)\b"
    r"|\b(?:aku|saya|gw|i)\b.{0,15}\b(?:daftar|register\w*|applied)\b.{0,15}"
    r"\b(?:duluan|lebih dulu|lebih awal|first|earlier)\b"
)
"""Registration order compared ("dia daftar lebih telat dr aku malah")."""

_SAME_WAVE = re.compile(
    r"\b(?:gelombang|gel|wave|angkatan|batch)\w*\s+(?:\w+\s+)?(?:sama|samaan|same)\b"
    r"|\b(?:sama|same)\s+(?:\w+\s+)?(?:gelombang|gel|wave|angkatan|batch)\b"
)
"""The same wave named ("dia gelombang yg sama loh")."""


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """Why someone else's payment, amount or selection differs; else None."""
    text = turn.message.words
    if turn.message.payload is not None or not text or len(text.split()) > MAX_WORDS:
        return None
    same = _SAME_WAVE.search(text) and just_said(turn) == TOPIC
    if same:  # "dia gelombang yg sama loh" right after: timings differ within a wave too
        remember(turn, TOPIC)
        facts = turn.ctx.programme.facts()
        return [turn.reply("friend_compare.same_wave", turn.menu_button(), **facts)]
    if not _OTHER.search(text):
        return None
    if _ONCE_VS_FOUR.search(text):  # "temenku cuma 600rb sekali, kok aku 4x"
        return era_totals.why(turn)
    if _ORDER.search(text):  # "dia daftar lebih telat dr aku malah"
        remember(turn, TOPIC)
        return [turn.reply("friend_compare.order", turn.menu_button())]
    if _PAID_NOT_MINE.search(text):  # "temenku udh cair kok aku blm"
        why = Outbound(turn.say("friend_compare.timing", **turn.ctx.programme.facts()))
        own = yield from my_incentives.incentive_schedule(turn)
        remember(turn, TOPIC)  # "dia gelombang yg sama loh" next
        return [why, *(own or [])]
    return None


__all__ = ["TOPIC", "answer"]
