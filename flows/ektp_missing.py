"""No e-KTP yet ("ktp aku blm e-ktp", "aku ga punya e-ktp", "I don't have an e-KTP"): the
registration needs one, for the live photo of the e-KTP and the face check (DOMAIN.md
"Registration steps"); it is made at the local Disdukcapil (said only that). "trs gimana"
right after it goes on with that topic: register once the e-KTP is there. Before, the message
got the general requirements again and "trs gimana" the main menu."""

from __future__ import annotations

import re

from flows.bare_follow_ups import NEXT, kind_of
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

TOPIC = "no_ektp"
"""The answer's topic (``flows.last_answer``): "trs gimana" next goes on with it."""

_EKTP = r"e\W?\s?ktp|ktp\s+elektronik|ktp-?el|el-?ktp"
_NONE = re.compile(
    r"\b(?:belum|blm|blom|blum|ga|gak|gk|g|nggak|ngga|enggak|engga|tidak|tdk|bukan|gada|gaada)"
    r"\s+(?:(?:punya|pny|ada|pake|pakai|jadi|bikin|buat|dapet|dapat)\s+)?(?:ktp\s+)?"
    rf"(?:{_EKTP})\b"
    rf"|\b(?:{_EKTP})\s+(?:aku|saya|ku|gw|gue|sy)?\s*(?:masih\s+|msh\s+)?(?:belum|blm|blom)\s+"
    r"(?:jadi|ada|keluar|kluar|dicetak|cetak|selesai|beres)\b"
    rf"|\b(?:don'?t|do not|doesn'?t) have (?:an? )?(?:{_EKTP})\b|\bno (?:{_EKTP})\b"
)
"""Having no e-KTP yet: "ktp aku blm e-ktp", "belum punya e-ktp", "e-ktp aku belum jadi"."""


def has_none(text: str) -> bool:
    """Whether ``text`` says there is no e-KTP yet."""
    return bool(_NONE.search(" ".join(text.lower().split())))


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """Why an e-KTP is needed and where it is made; "trs gimana" after that, how to go on;
    else None."""
    message = turn.message
    text = (message.text or "").lower()
    if message.payload is not None or not text:
        return None
    check = turn.button("menu.eligibility", "flow:eligibility")
    if has_none(text):
        remember(turn, TOPIC)
        return [turn.reply("kb.ektp_needed", check, turn.menu_button())]
    if just_said(turn) == TOPIC and kind_of(text) == NEXT:
        remember(turn, TOPIC)
        register = turn.button("menu.register", "topic:register")
        return [turn.reply("kb.ektp_next", register, check, turn.menu_button())]
    return None


__all__ = ["TOPIC", "answer", "has_none"]
