"""An invoice number typed right after a purchase problem was answered ("saldo kepotong tapi
pelatihan ga muncul di dashboard", then "INV/2026/11/12345"): this chat cannot look a purchase
up by it, but it is what a complaint about the purchase needs (with the platform's name), so
the complaint is offered with the story and the number kept. Before, "I can only help with
Kartu Prakerja" and the menu."""

from __future__ import annotations

import re

from flows.complaint_story import masked
from flows.complaint_topics import file_complaint
from flows.last_answer import remember
from flows.messages import MAX_TEXT_LENGTH, Outbound
from flows.runtime.machine import FlowTurn

TOPIC = "purchase_invoice"
_INVOICE = re.compile(
    r"^\W*(?:(?:no(?:mor)?\.?\s*)?(?:invoice|inv|faktur)\w*\s*[:#]?\s*)?"
    r"INV[/\-_.]?[A-Z0-9/\-_.]{4,40}\W*$",
    re.IGNORECASE,
)
"""The invoice number alone: "INV/2026/11/12345", "invoice: INV-20261112-0001"."""
_PURCHASE = re.compile(
    r"\b(?:beli|membeli|dibeli|pembelian|bayar|saldo|kepotong|terpotong|pelatihan|kelas|"
    r"course|voucher|redeem|invoice|purchase|bought)\w*\b"
)
"""A purchase talked of in the message before."""


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """The complaint offered with the invoice number, right after a purchase problem."""
    message = turn.message
    text = (message.text or "").strip()
    if message.payload is not None or turn.session.flow is not None or not _INVOICE.match(text):
        return None
    recent = turn.session.profile.get("recent") or []
    before = str(recent[-2]) if len(recent) >= 2 else ""
    if not _PURCHASE.search(before.lower()):
        return None
    remember(turn, TOPIC)
    story = masked(" ".join(f"{before}\n{text}".split()))[:MAX_TEXT_LENGTH]
    report = file_complaint(turn, topic="purchase_redeem", story=story)
    return [turn.reply("purchase_invoice.noted", report, turn.menu_button())]


__all__ = ["TOPIC", "answer"]
