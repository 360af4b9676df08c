"""What the requirements are, asked ("syarat daftar apa aja", "syarat ikut prakerja apa aja min",
"what are the requirements"), as opposed to a request to check one's own ("cek syarat", "aku
bisa ikut ga?", "am I eligible?"). Before, the question only started the check ("Berapa
usiamu?") and the requirements were never said.

Read as the check (``check_eligibility``), the list (the menu topic's, DOMAIN.md
"Eligibility") opens the check, which follows as the offer to see whether one meets them;
read as registering ("apa saja persyaratan untuk mendaftar kartu prakerja"), the list comes
with the check and the registration one tap away, and nothing starts."""

from __future__ import annotations

import re

from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

MAX_WORDS = 12
"""A question for the list is short; a longer message tells of the user's own situation."""
_RULES = re.compile(
    r"\b(?:syarat\w*|persyaratan\w*|ketentuan\w*|kriteria\w*|requirements?|criteria"
    r"|prerequisites?)\b"
    r"|\b(?:siapa|sp)\s+(?:aja|saja|sj)?\s*(?:yang|yg)\s+(?:bisa|bs|boleh|blh)\s+"
    r"(?:ikut|daftar|gabung)\b"
    r"|\bwho\s+(?:can|may|is allowed to)\s+(?:join|apply|register)\b|\bwho is eligible\b"
)
"""The requirements named, or who may join asked ("siapa aja yang boleh ikut?")."""
_OWN_CHECK = re.compile(
    r"\b(?:cek|cekin|ngecek|check|periksa|tes|test)\b|\w*penuhi\w*|\blolos\b|\bmeet\b|\bqualify\b"
    r"|\b(?:am i|i'm|im)\b|\b(?:aku|saya|sy|gue|gw|ku)\b"
)
"""A check of one's own ("cek syarat", "aku memenuhi syarat ga?", "do I meet the
requirements?"): the check, not the list."""
_ONE_RULE = re.compile(
    r"\b(?:umur|usia|age|kk|kartu keluarga|family card|dokumen|berkas|documents?|laptop|hp|"
    r"email|pelatihan|training|insentif|incentive|sertifikat|certificate|redeem|voucher)\b"
)
"""One rule or another topic's terms ("syarat umur berapa?", "syarat insentif cair apa?"):
answered as that question, not with the list."""
_YEAR = re.compile(r"\b20[12]\d\b")
"""The programme's year ("syarat prakerja 2024 apa aja?"), no fact of the user's."""
_START = "eligibility.start"
_REGISTER = "eligibility.register_now"


_MISSPELT = re.compile(r"\b(?:syrt|syrat|syart|sarat|srat)(?=(?:nya|ny|na)?\b)")
"""The word for requirements misspelt ("syrtny apa aja", "syrt nya apa aj")."""


def asks_list(text: str | None) -> bool:
    """The message asks what the requirements are, not to check one's own."""
    lowered = _MISSPELT.sub("syarat", " ".join((text or "").lower().split()))
    if not lowered or len(lowered.split()) > MAX_WORDS or re.search(r"\d", _YEAR.sub("", lowered)):
        return False  # "umur 30, syaratnya apa?": facts of one's own, the check reads them
    if not _RULES.search(lowered) or _ONE_RULE.search(lowered):
        return False
    return not _OWN_CHECK.search(lowered)


def requirements(turn: FlowTurn) -> str:
    """The requirements, as the menu's "Cek syarat" lists them."""
    rules = turn.ctx.programme
    return turn.say(
        "topic.eligibility",
        min_age=rules.min_age,
        max_age=rules.max_age,
        max_per_kk=rules.max_beneficiaries_per_kk,
    )


def opening(turn: FlowTurn) -> list[Outbound]:
    """The list before the check's first question, when the check's opening asked for it."""
    if turn.message.payload is not None or not asks_list(turn.message.text):
        return []
    return [Outbound(requirements(turn) + "\n\n" + turn.say("eligibility.requirements_then"))]


REGISTER_INTENTS = ("register",)
"""Readings of "apa saja persyaratan untuk mendaftar kartu prakerja" (register 0.70)."""


def instead_of_registering(turn: FlowTurn) -> list[Outbound] | None:
    """The list with the check and the registration as buttons, for a question read as a wish
    to register; else None."""
    if turn.message.payload is not None or not asks_list(turn.message.text):
        return None
    check = turn.button(_START, "flow:eligibility", means="yes")
    register = turn.button(_REGISTER, "flow:registration")
    return [Outbound(requirements(turn), (check, register, turn.menu_button()))]


__all__ = ["REGISTER_INTENTS", "asks_list", "instead_of_registering", "opening", "requirements"]
