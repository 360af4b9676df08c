"""An error message of the registration pasted or retold ("Data tidak ditemukan di Dukcapil",
"muncul 'Kuota penerima dalam KK sudah penuh' maksudnya apa"): what it means and what to do.
Before, the pasted Dukcapil error got "Maksud kamu yang mana?" with "Hapus data saya" among its
guesses (now the answer to a NIK unknown to Dukcapil, ``eligibility.note.nik_not_found``, and
its follow-ups), and the KK quota error what a KK number is. The meanings follow DOMAIN.md
("Eligibility": NIK, KK and date of birth checked against Dukcapil; at most two beneficiaries
per family card, a not-selected reason)."""

from __future__ import annotations

import re

from flows import nik_dukcapil
from flows.complaint_topics import file_complaint
from flows.last_answer import remember
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

_DUKCAPIL = re.compile(
    r"\b(?:data|nik|nama|identitas)\w*\b.{0,25}\b(?:(?:tidak|tdk|ga|gak|gk|nggak|ngga|belum|blm)"
    r"\s*(?:ditemukan|ketemu|sesuai|cocok|valid|terdaftar|match)|not found|does not match|"
    r"doesn'?t match|mismatch)\b.{0,25}\b(?:dukcapil|disdukcapil|kependudukan)\b"
)
"""The identity data refused by the Dukcapil check, in the dashboard's words or retold."""
_KK_QUOTA = re.compile(
    r"\b(?:kuota|quota|batas)\b.{0,30}\b(?:kk|kartu keluarga|family card)\b.{0,25}"
    r"\b(?:penuh|habis|terpenuhi|full|reached)\b"
)
"""The family card's beneficiary quota reached ("Kuota penerima dalam KK sudah penuh")."""


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """The error's meaning and the next step, else None."""
    text = " ".join((turn.message.text or "").lower().split())
    if _KK_QUOTA.search(text):
        report = file_complaint(turn, fix_shown="nik")
        facts = turn.ctx.programme.facts()
        return [turn.reply("signup_help.kk_quota_full", report, turn.menu_button(), **facts)]
    if _DUKCAPIL.search(text):  # the same answer as "nik saya tidak terdaftar di dukcapil"
        remember(turn, nik_dukcapil.TOPIC)  # "udah coba 3x", "trs hrs kmn" next
        report = file_complaint(turn, topic="nik")
        return [turn.reply("eligibility.note.nik_not_found", report, turn.menu_button())]
    return None


__all__ = ["answer"]
