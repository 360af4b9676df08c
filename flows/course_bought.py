"""A course already bought, to be changed, cancelled or refunded: "kak aku salah beli pelatihan,
bisa tuker ga", "min kalo pelatihannya ga sesuai bisa refund ga?", "kalo batalin pembelian
bisa?", "can I get a refund for the course I bought?", "can I change to another course?".

Whatever the NLU reads it as (the benefits, the eligibility rules, a language switch, a "no"),
it gets the answer "bisa ganti pelatihan yang udah dibeli?" gets (``kb.training_change``, see
``flows.training_help``): a course bought is not changed, cancelled or refunded, the balance is
no cash, and a course that is not as described is a complaint, one tap away. Before, these got
the benefits table, the eligibility rules or a complaint's redeem-code fix."""

from __future__ import annotations

import re

from flows.complaint_topics import category_for, file_complaint
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

CHANGE = "training_change"
"""``last_answer`` topic of this answer: "kalo tukar kelas?" right after it is an exchange."""

_COURSE = r"(?:pelatihan|kelas|kursus|training|course|class)\w*"
_UNDO = (
    r"(?:ganti|diganti|gantiin|tukar|tuker|ditukar|dituker|tukerin|batal\w*|membatalkan|"
    r"cancel\w*|change|switch|swap|exchange)"
)
_PURCHASE = r"(?:pembelian\w*|pesanan\w*|order\w*|purchase\w*|transaksi\w*)"
_BOUGHT = r"(?<!belum )(?<!blm )(?<!not )(?:dibeli|udah beli|sudah beli|udh beli|bought|purchased)"
_CHANGED = re.compile(
    r"\brefund\w*"
    r"|\b(?:salah|keliru|(?:ga|gak|gk|nggak|tidak|tdk) sengaja|wrong(?:ly)?|by mistake|"
    r"accidentally) (?:beli|membeli|pilih|milih|buy|bought|purchased|chose)\b"
    r"|\b(?:beli|membeli|bought)\b.{0,30}\b(?:yg|yang|the) (?:salah|keliru|wrong)\b"
    rf"|\b{_UNDO}\b.{{0,20}}\b{_PURCHASE}|\b{_PURCHASE}\b.{{0,30}}\b{_UNDO}\b"
    rf"|\b{_UNDO}\b.{{0,40}}\b{_COURSE}.{{0,40}}{_BOUGHT}|\b{_COURSE}.{{0,40}}{_BOUGHT}.{{0,40}}"
    rf"\b{_UNDO}\b"
    rf"|\b{_UNDO} (?:\w+ ){{0,2}}?(?:(?:another|other|a different|different) {_COURSE}|"
    rf"{_COURSE} (?:lain|yang lain|yg lain))"
    rf"|\b{_UNDO} (?:my|this|the one i) {_COURSE}"  # "can i swap my course for another one?"
)
"""A purchase undone: a refund, a wrong purchase, a purchase or a course bought cancelled or
changed, a change to another course ("mau ganti pelatihan yang belum dibeli" is a choice still
open, not a course bought)."""
_NOT_YET = re.compile(
    r"\b(?:belum|blm|not yet|haven'?t)\b(?! (?:\w+ )?(?:mulai|dimulai|start\w*|redeem\w*|diikuti|"
    r"ikut|begun|used|taken))"
)
"""Not bought yet; not a course bought but not started ("haven't started it yet")."""


def asks_change(text: str) -> bool:
    """Whether a message asks to change, cancel or refund a course bought."""
    lowered = " ".join(text.lower().split())
    if not _CHANGED.search(lowered) or category_for(lowered) == "fraud":
        return False
    return not (_NOT_YET.search(lowered) and not re.search(r"\brefund|\bsalah|wrong", lowered))


_EXCHANGE = re.compile(rf"\b{_UNDO}\b")
_FOLLOW_UP_WORDS = 6


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """The answer to changing, cancelling or refunding a course bought, else None; right after
    it, a short "kalo tukar kelas?" is told an exchange is no way either (before: "which did
    you mean?")."""
    text = turn.message.text or ""
    if turn.message.payload is not None:
        return None
    if asks_change(text):
        remember(turn, CHANGE)
        return [turn.reply("kb.training_change", file_complaint(turn), turn.menu_button())]
    if just_said(turn) == CHANGE and _money_back(text):  # "duitnya balik ke saldo ga?"
        remember(turn, CHANGE)
        return [turn.reply("course_bought.money_back", file_complaint(turn), turn.menu_button())]
    if just_said(turn) == CHANGE and _exchanged(text):
        remember(turn, CHANGE)
        return [turn.reply("course_bought.exchange", file_complaint(turn), turn.menu_button())]
    return None


_MONEY_BACK = re.compile(
    r"\b(?:balik\w*|kembali\w*|dikembalikan|dibalikin|refund\w*|back|returned)\b"
)
_MONEY = re.compile(r"\b(?:duit\w*|uang\w*|dana\w*|saldo\w*|money|balance)\b")


def _money_back(text: str) -> bool:
    """ "duitnya balik ke saldo ga?", "do I get the money back?" right after the answer: the
    balance spent is not known to come back (a judgement call: DOMAIN.md names no refund)."""
    lowered = " ".join(text.lower().split())
    short = len(lowered.split()) <= _FOLLOW_UP_WORDS + 2
    return short and bool(_MONEY_BACK.search(lowered) and _MONEY.search(lowered))


def _exchanged(text: str) -> bool:
    lowered = " ".join(text.lower().split())
    return len(lowered.split()) <= _FOLLOW_UP_WORDS and bool(_EXCHANGE.search(lowered))
