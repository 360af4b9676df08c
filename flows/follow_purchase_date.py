"""When one's own training was bought, asked in words ("when did I buy it?", "kapan aku
belinya", "tgl brp aku beli pelatihannya"), also a few answers later ("oh wait, back to the
first thing, when did I buy it?" after the certificate; p24b c11: the training balance): the
trainings bought with their purchase dates on record (``flows.my_courses``). A time still to
buy ("kapan aku bisa beli lagi", "deadline beli kapan") is the deadline's question, not this."""

from __future__ import annotations

import re

from flows.my_courses import my_courses
from flows.my_data import Answer
from flows.runtime.machine import FlowTurn

MAX_WORDS = 16
_OWN = r"(?:i|aku|ak|saya|sy|gue|gw|gua|ku)"
_BUY = r"(?:buy|bought|purchase|purchased|beli|belinya|membeli|dibeli|ambil|ngambil)"
_WHEN_BOUGHT = re.compile(
    rf"\bwhen\s+(?:did|have)\s+{_OWN}\s+(?:\w+\s+)?{_BUY}\b"
    rf"|\b(?:kapan|kpn|tanggal\s+(?:berapa|brp)|tgl\s+(?:berapa|brp))\s+(?:ya\s+)?(?:{_OWN}\s+)?"
    rf"(?:\w+\s+)?{_BUY}\b"
    rf"|\b{_BUY}(?:\s+{_OWN})?\s+(?:\w+\s+)?(?:kapan|kpn|tanggal berapa|tgl brp)\b"
    r"|\b(?:purchase date|tanggal (?:pembelian|beli)|tgl (?:pembelian|beli))\b"
)
"""The purchase's date asked: "when did I buy it", "kapan aku belinya", "belinya kapan"."""
_STILL_TO_BUY = re.compile(
    r"\b(?:bisa|bs|boleh|harus|hrs|mesti|can|could|should|must|deadline|batas\w*|paling telat|"
    r"terakhir|lagi|lg|next|again|another|mau|ingin|pengen|want)\b"
)
"""A purchase still to come ("kapan aku bisa beli lagi"): the deadline's or the search's."""


def answer(turn: FlowTurn) -> Answer:
    """The trainings bought with their purchase dates, when asked when one was bought."""
    message = turn.message
    text = " ".join((message.text or "").lower().split())
    if message.payload is not None or turn.session.flow is not None or not text:
        return None
    if len(text.split()) > MAX_WORDS or not _WHEN_BOUGHT.search(text):
        return None
    if _STILL_TO_BUY.search(text):
        return None
    return (yield from my_courses(turn))


__all__ = ["answer"]
