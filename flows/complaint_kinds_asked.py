"""A question about complaints in general ("keluhan paling sering apa aja sih di prakerja",
"biasanya orang ngadu soal apa?"): no complaint of the user's own, so no form (before, the
categories were asked: "Masalahnya soal apa?"). Answered with the categories, most frequent
first (DOMAIN.md "Complaints (most frequent first)": ``CATEGORIES`` keeps that order), the
complaint one tap away."""

from __future__ import annotations

import re

from flows.complaint_topics import CATEGORIES
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

_ASKS_KINDS = re.compile(
    r"\b(?:keluhan|aduan|pengaduan|komplain|laporan|masalah)\w*\s+(?:yang\s+|yg\s+)?"
    r"(?:paling\s+(?:sering|banyak|umum)|terbanyak|tersering|umum|biasanya)\b"
    r"|\b(?:orang|peserta|org)\s+(?:biasanya|paling sering|sering)\s+(?:ngadu|mengadu|komplain|"
    r"lapor|mengeluh|ngeluh)\w*\s+(?:soal|tentang|masalah)\s+apa\b"
    r"|\b(?:most common|common|frequent|typical)\s+(?:complaints?|issues?|problems?)\b"
    r"|\b(?:keluhan|aduan|pengaduan|komplain|laporan|ngadu|mengadu|lapor)\w*\s+(?:\w+\s+)?"
    r"(?:bisa|boleh|dapat)\s+(?:soal|tentang|masalah|untuk|buat|mengenai)\s+apa\b"
    r"|\bwhat (?:can|could) (?:i|we|you) (?:complain|report)\b(?: about)?\W*$"
    r"|\bwhat (?:can|could) (?:a )?complaints? be about\b"
)
"""Complaints in general: the most frequent ("keluhan paling sering apa aja"), or what one may
be about ("pengaduan bisa soal apa aja?", "what can I complain about?")."""


def asks(turn: FlowTurn) -> bool:
    """Complaints in general asked about, no problem of the user's own told."""
    message = turn.message
    text = " ".join((message.text or "").lower().split())
    return message.payload is None and bool(_ASKS_KINDS.search(text))


def answer(turn: FlowTurn) -> list[Outbound]:
    kinds = "\n".join(f"• {turn.say(f'complaints.category.options.{name}')}" for name in CATEGORIES)
    complaint = turn.button("intents.complaint", "intent:complaint")
    return [turn.reply("complaints.kinds_asked", complaint, turn.menu_button(), kinds=kinds)]


__all__ = ["answer", "asks"]
