"""What one's personal data is used for ("buat apa aja data itu" right after the data held
was listed, "data aku dipake buat apa", "what is my data used for"): only for Kartu Prakerja
(the identity check against Dukcapil, the selection, the incentive payout), kept encrypted,
erasable with "hapus data saya" (README.md "Privacy", DOMAIN.md "Personal data law"), whatever
the NLU read. Before, "buat apa aja data itu" (read as benefits) got the benefits tables."""

from __future__ import annotations

import re

from flows import account
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

_DATA = r"(?:data\w*|informasi pribadi|personal (?:data|information)|info pribadi)"
_FOR_WHAT = (
    r"(?:(?:di)?(?:pake|pakai|pki|guna\w*|pergunakan)\s+)?(?:buat|bwt|untuk|utk|u/)\s+apa(?:\s+aja|"
    r"\s+saja|an)?|gunanya\s+apa|kegunaannya|what for|used for|use(?:d)? it for|do with"
)
_USE = re.compile(
    rf"\b{_DATA}\b(?:\s+\S+){{0,4}}?\s+(?:{_FOR_WHAT})\b"
    rf"|\b(?:{_FOR_WHAT})\b(?:\s+\S+){{0,2}}?\s+{_DATA}\b"
    rf"|\b(?:kenapa|knp|why)\s+(?:\S+\s+){{0,2}}?(?:nyimpen|menyimpan|simpan|keep|store)\w*\s+"
    rf"(?:\S+\s+)?{_DATA}\b"
)
"""The data's use asked: "buat apa aja data itu", "data aku dipake buat apa"."""
_NOT_USE = re.compile(
    r"\b(?:hapus\w*|delete\w*|erase\w*|ganti\w*|ubah\w*|update\w*|perbaik\w*|benerin|salah|"
    r"kuota|paket data|internet)\b"
)
"""Erasing or changing data, or mobile data: other answers."""


def asks_use(text: str) -> bool:
    """Whether ``text`` asks what one's personal data is used for."""
    lowered = " ".join(text.lower().split())
    return bool(_USE.search(lowered)) and not _NOT_USE.search(lowered)


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """What the data is used for and how it is kept, else None."""
    if len(turn.message.parts) > 1:
        return None  # several questions: each answered (``flows.several_questions``)
    if turn.message.payload is not None or not asks_use(turn.message.text or ""):
        return None
    erase = turn.button("intents.delete_my_data", f"flow:{account.FLOW}")
    return [turn.reply("kb.data_use", erase, turn.menu_button())]


__all__ = ["answer", "asks_use"]
