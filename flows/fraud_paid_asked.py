"""Whether a payment just told is a scam ("daftar prakerja bayar ga sih? tetangga aku bayar 50rb
ke pak rt", then "itu penipuan bukan"): registering is free and done by oneself at
prakerja.go.id, and no one can guarantee selection (DOMAIN.md "Complaints" 13: paid registration
services are fraud), so money asked for registering is no official fee; the report one tap
away with the story. Before, "belum paham" and the menu."""

from __future__ import annotations

import re

from flows.complaint_story import masked
from flows.complaint_topics import file_complaint
from flows.last_answer import remember
from flows.messages import MAX_TEXT_LENGTH, Outbound
from flows.runtime.machine import FlowTurn

TOPIC = "fraud_paid_asked"
MAX_WORDS = 8
_SCAM_ASKED = re.compile(
    r"\b(?:penipuan|penipu|nipu|menipu|ditipu|tipu\w*|scam\w*|pungli|pungutan liar|calo|"
    r"fraud|ilegal|illegal|resmi|official|legit)\b"
)
"""Asking whether it is a scam (or official): "itu penipuan bukan", "is that a scam?"."""
_PAID = re.compile(
    r"\b(?:bayar|dibayar|membayar|tf|transfer|ditransfer|dimintai|diminta|minta|narik|pungut\w*|"
    r"paid|pay|charged)\b.{0,40}(?:\b\d+\s?(?:rb|ribu|k|jt|juta)\b|\brp\s?\d|\b(?:ke|sama|to)\s+\w+)"
)
"""A payment told in the message before: "tetangga aku bayar 50rb ke pak rt"."""
_REGISTERING = re.compile(r"\b(?:daftar\w*|pendaftaran|registrasi|register\w*|sign ?up|prakerja)\b")


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """The payment said to be no official fee, with the report; None otherwise."""
    message = turn.message
    text = " ".join((message.text or "").lower().split())
    if message.payload is not None or turn.session.flow is not None or not text:
        return None
    if len(text.split()) > MAX_WORDS or not _SCAM_ASKED.search(text):
        return None
    recent = turn.session.profile.get("recent") or []
    before = str(recent[-2]).lower() if len(recent) >= 2 else ""
    if not (_PAID.search(before) and _REGISTERING.search(before)):
        return None
    remember(turn, TOPIC)
    story = masked(" ".join(str(recent[-2]).split()))[:MAX_TEXT_LENGTH]
    report = file_complaint(turn, topic="fraud", story=story)
    contact = turn.ctx.programme.contact_centre
    return [
        turn.reply(
            "fraud_more.paid_to_register", report, turn.menu_button(), contact_centre=contact
        )
    ]


__all__ = ["TOPIC", "answer"]
