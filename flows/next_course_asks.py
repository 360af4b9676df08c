"""Questions about a course after the first, asked in words whatever the NLU reads: buying two
or more at once ("boleh ga beli 2 pelatihan langsung biar sekalian?", "bisa ambil dua kelas
barengan?": one at a time, the first finished first, then the rest of the balance; DOMAIN.md
"Courses", "Eras"), also as one part of several questions ("saldo sy brp, trs deadline beli
kapan, sm bisa beli 2 kelas sekaligus ga?"), and whether a later course earns the incentive
again ("dapet insentif lg ga kalo beli pelatihan kedua": no, only the first). Before, the first
got "Maksud kamu yang mana?", its part was dropped among several questions, and the incentive
question got when the next course may be bought."""

from __future__ import annotations

import re

from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

MAX_WORDS = 22
_COURSE = r"(?:pelatihan|pelatihn|plthn|kelas|kls|kursus|training|course|class)\w*"
_BUY = re.compile(r"\b(?:beli\w*|membeli|dibeli|ambil|buy\w*|purchas\w*|take|get)\b")
_SEVERAL = re.compile(
    rf"\b(?:2|dua|two|3|tiga|three|beberapa|several|lebih dari (?:1|satu)|more than one)\s+"
    rf"{_COURSE}"
)
_TOGETHER = re.compile(
    r"\b(?:sekaligus|sekalian|barengan|bareng|bersamaan|berbarengan|at once|"
    r"at the same time|together)\b"
)
_LATER = re.compile(
    rf"\b{_COURSE}\s+(?:yg\s+|yang\s+)?(?:kedua|ke-?2|ke-?3|ketiga|selanjutnya|berikutnya|"
    rf"lain\w*|lagi|lg)\b|\b(?:second|next|another|other) {_COURSE}"
)
_EARNS = re.compile(
    r"\b(?:dapat|dapet|dpt|dpet|ada|dikasih|get|gets|earn\w*|receive\w*)\s+(?:\w+\s+)?"
    r"(?:insentif|incentive)"
)
_UNPAID = re.compile(
    r"\b(?:belum|blm|blom|not)\s+(?:\w+\s+)?(?:dapat|dapet|dpt|cair|masuk|received?|got)\b"
)
_OTHER = re.compile(r"\b(?:sertifikat\w*|certificate\w*|refund\w*|ganti\w*|swap\w*)\b")
_ALSO_ASKED = re.compile(
    r"\b(?:saldo\w*|balance)\b.{0,25}\b(?:brp|berapa|brapa|how much)\b"
    r"|\b(?:deadline\w*|batas\w*)\b.{0,25}\b(?:kapan|kpn|when)\b"
)
"""The balance or the deadline asked too: ``flows.purchase_balance_deadline`` answers all."""


def asks_at_once(text: str) -> bool:
    """Whether a message asks to buy two or more courses at once."""
    lowered = " ".join(text.lower().split())
    if not _BUY.search(lowered) or _OTHER.search(lowered) or "insentif" in lowered:
        return False
    if _SEVERAL.search(lowered):
        return True
    return bool(_TOGETHER.search(lowered) and re.search(rf"\b{_COURSE}", lowered))


def at_once_line(turn: FlowTurn) -> str:
    """One course at a time, the first finished first; then the rest of the balance."""
    facts = turn.ctx.programme.facts()
    line = turn.say("kb.course_buy_one_at_a_time", **facts)
    if turn.ctx.programme.era.rest_days > 0:
        line += " " + turn.say("kb.course_buy_rest", **facts)
    return line


def at_once(turn: FlowTurn) -> list[Outbound] | None:
    """ "boleh ga beli 2 pelatihan langsung biar sekalian?": one at a time; else None."""
    return _at_once(turn, _typed(turn))


def aside(turn: FlowTurn) -> list[Outbound] | None:
    """Inside a flow ("can i use the balance to buy two courses?" at a form's question): the
    same answer, given aside (the runner asks the question again); else None."""
    if turn.session.flow is None:
        return None
    return _at_once(turn, _typed(turn, in_flow=True))


def _at_once(turn: FlowTurn, text: str | None) -> list[Outbound] | None:
    if text is None or not asks_at_once(text) or _ALSO_ASKED.search(text):
        return None
    search = turn.button("menu.courses", "flow:course_choice")
    return [Outbound(at_once_line(turn), (search, turn.menu_button()))]


def incentive_again(turn: FlowTurn) -> list[Outbound] | None:
    """ "dapet insentif lg ga kalo beli pelatihan kedua": the incentive is for the first only."""
    text = _typed(turn)
    if text is None or not (_LATER.search(text) and _EARNS.search(text)):
        return None
    if _UNPAID.search(text):
        return None  # "mau beli lagi, insentif aku blm cair": a payment awaited
    return [turn.reply("incentive_asks.first_only", turn.menu_button())]


def _typed(turn: FlowTurn, *, in_flow: bool = False) -> str | None:
    message = turn.message
    text = " ".join((message.text or "").lower().split())
    if (turn.session.flow is not None) != in_flow or message.payload is not None or not text:
        return None
    return text if len(text.split()) <= MAX_WORDS else None


__all__ = ["aside", "asks_at_once", "at_once", "at_once_line", "incentive_again"]
