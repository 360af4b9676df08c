"""Questions about a revoked participation ("kartu prakerja saya dicabut knp", "lupa beli
pelatihan, udh lewat 20 hari, kartuku masih aktif?"): why cards are revoked and what can be
done, instead of the announcement's timing."""

from __future__ import annotations

import re

from flows.complaint_topics import file_complaint
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

INTENTS = ("registration_status", "training_balance", "program_info", "check_eligibility",
           "register", "help")  # fmt: skip
"""The intents such a message is read as (a report about it stays a complaint)."""

_MEMBERSHIP = r"(?:kepesertaan|kartu(?! sim)|akun|prakerja)\w*"
_REVOKED = re.compile(
    rf"\b(?:dicabut|revoked)\b|\b{_MEMBERSHIP}\b.{{0,30}}\b(?:hangus|nonaktif|non aktif|"
    r"(?:tidak|gak|ga|nggak|masih) aktif)\b"
    r"|\b(?:lupa|tidak|ga|gak|belum|blm|nggak) (?:sempat )?beli pelatihan\b.{0,60}"
    r"\b(?:lewat|hangus|aktif|daftar lagi|daftar lg|ikut lagi|gimana|gmn)"
)


def answer(turn: FlowTurn) -> list[Outbound] | None:
    if not _REVOKED.search((turn.message.text or "").lower()):
        return None
    report = file_complaint(turn, topic="revoked")
    return [turn.reply("kb.revoked_why", report, turn.menu_button(), **turn.ctx.programme.facts())]


__all__ = ["INTENTS", "answer"]
