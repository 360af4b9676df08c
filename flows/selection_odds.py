"""Questions about the selection's odds and its announcement, asked in words: the chance of
being selected ("peluang lolos brp persen": was out of scope) and whether no SMS means not
selected ("klo ga ada sms brarti ga lolos?": was the not-selected text, a yes by implication).
DOMAIN.md: selection among eligible applicants is random, waves often about 10× oversubscribed;
the result is announced on the dashboard and by SMS and email."""

from __future__ import annotations

import re

from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

_SELECTED = r"(?:lolos|lulus|diterima|terpilih|keterima|dapet|dapat|selected|accepted|pass)"
_ODDS = re.compile(
    rf"\b(?:peluang\w*|kemungkinan\w*|kans|chance\w*|odds|persentase|persen\w*)\b.{{0,20}}"
    rf"\b{_SELECTED}\b"
    rf"|\b{_SELECTED}\b.{{0,20}}\b(?:peluang\w*|kemungkinan\w*|kans|chance\w*|odds|persen\w*)\b"
    r"|\b(?:peluang\w*|kans|chance\w*|odds)\b.{0,12}\b(?:brp|berapa|gede|besar|kecil|how)\b"
)
"""The chance of being selected: "peluang lolos brp persen", "what are my chances"."""
_NO_NOTICE = re.compile(
    r"\b(?:ga|gak|gk|g|nggak|ngga|tidak|tdk|belum|blm|no|didn'?t get)\s+(?:ada\s+|dapet\s+|"
    r"dapat\s+|terima\s+|nerima\s+|masuk\s+)?(?:sms|email|notif\w*|pesan|kabar)\b"
)
"""No notice received: "klo ga ada sms", "blm dapet email"."""
_MEANS_NOT = re.compile(
    rf"\b(?:berarti|brarti|artinya|means?|jadi|jd)\b.{{0,20}}\b(?:ga|gak|gk|tidak|tdk|nggak|"
    rf"not|belum|blm)\s+{_SELECTED}\b"
)
"""…means not selected: "brarti ga lolos?", "does that mean I wasn't selected"."""
_MAX_WORDS = 16


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """The odds, or what a missing SMS means; else None."""
    said = " ".join((turn.message.text or "").lower().split())
    if turn.message.payload is not None or not said or len(said.split()) > _MAX_WORDS:
        return None
    if _NO_NOTICE.search(said) and _MEANS_NOT.search(said):
        return [turn.reply("selection.no_notice", turn.menu_button())]
    if _ODDS.search(said):
        return [turn.reply("selection.odds", turn.menu_button())]
    return None
