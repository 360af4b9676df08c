"""Buying or renting someone else's Prakerja account asked about ("kak kalo sy beli akun
prakerja org lain yg udh lolos bisa ga", "boleh sewa akun prakerja?"): no. An account is its
owner's alone (one NIK per person; the balance and the incentive are the owner's, paid only to
an account in the owner's name), an account sold or used by someone else can be blocked, and
selling one is a scam (DOMAIN.md, Eligibility and Incentives; ``complaints.fraud_why``). The
report of the seller is offered, not filed: before, the question itself became a fraud
complaint's story ("Laporanmu aku tandai prioritas tinggi", a summary to send)."""

from __future__ import annotations

import re

from flows.complaint_topics import file_complaint
from flows.fraud import reported
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

INTENTS = (
    "complaint", "training_balance", "registration_status", "register", "program_info",
    "check_eligibility", "account_access", "out_of_scope", "help", "inform", "course_search",
    "benefits_info", "payment_account", "incentive_status",
)  # fmt: skip
"""The intents such a question is read as."""
_BUYS = re.compile(
    r"\b(?:beli|membeli|dibeli|beliin|sewa|nyewa|menyewa|disewa|buy|buying|rent|renting)\s+"
    r"(?:\w+\s+)?(?:akun|account)\b"
)
"""A Prakerja account bought or rented: "beli akun prakerja", "sewa 1 akun", "buy an account"."""
_ASKS = re.compile(
    r"\b(?:bisa|bs|boleh|bole|legal|ilegal|aman|gimana|gmn|bagaimana|can i|could i|may i|"
    r"allowed|is it)\b|\?"
)
"""Asked, not told: "bisa ga", "boleh?", "legal ga", "can I"."""


def asked(text: str) -> bool:
    """``text`` asks whether an account may be bought or rented (and reports nothing)."""
    lowered = " ".join(text.lower().split())
    return bool(_BUYS.search(lowered) and _ASKS.search(lowered)) and not reported(lowered)


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """No, and why; the seller's report one tap away. None when no such question is asked."""
    if not asked(turn.message.text or ""):
        return None
    report = file_complaint(turn, topic="fraud")  # the seller reported, if the user wants to
    return [turn.reply("account_bought.answer", report, turn.menu_button())]


__all__ = ["INTENTS", "answer", "asked"]
