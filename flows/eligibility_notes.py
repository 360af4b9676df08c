"""Situations people ask about that are no rule of the programme ("udah nikah boleh ikut?",
"IRT bisa daftar?", "suami saya sudah dapat prakerja"): said plainly before the check starts,
so the question asked is answered and not only the rules' questions follow."""

from __future__ import annotations

import re

from flows.eligibility_facts import about_self, former_job, relative_job
from flows.eligibility_situations import verdict
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

_MARRIED = re.compile(
    r"\b(?:menikah|nikah|nikahan|berkeluarga|berumah tangga|married|janda|duda|punya anak|"
    r"hamil|pregnant|have (?:a )?kids?)\b"
)
_HOMEMAKER = re.compile(
    r"\b(?:ibu rumah tangga|irt|ibu rt|housewife|homemaker|stay at home (?:mom|mum|parent))\b"
)
_EMPLOYED = re.compile(
    r"\b(?:(?:sudah|udah|udh|dah|sdh|lagi|masih|sedang|sdg|msh)\s+(?:be)?kerja|punya kerjaan|"
    r"(?<!belum )(?<!blm )(?<!tidak )(?<!gak )(?<!ga )(?:kerja|bekerja) (?:di|sebagai|jadi)|"
    r"karyawan|pegawai swasta|honorer|guru|employed|(?:have|got) a job|(?:already|still) working|"
    r"i work (?:at|as|in))\b"
)
_RELATIVE = (
    r"(?:suami|suamiku|istri|istriku|bini|adik|adikku|adek|kakak|kakakku|abang|ayah|bapak|"
    r"mama|papa|anak|anakku|saudara|saudaraku|keluarga|ortu|orang tua|husband|wife|brother|"
    r"sister|father|mother|parents?|family)"
)
_RELATIVE_RECEIVED = re.compile(
    rf"\b{_RELATIVE}\b(?:\s+\w+){{0,4}}?\s+(?:sudah|udah|udh|dah|sdh|pernah|already|has|have)"
    r"\s+(?:\w+\s+)?(?:dapat|dapet|dpt|ikut|terima|nerima|lolos|menerima|got|received|joined)\b"
)


def notes(text: str) -> list[str]:
    """Response keys (``eligibility.note.*``) for the situations a message names."""
    lowered = text.lower()
    found = []
    if _MARRIED.search(lowered):
        found.append("eligibility.note.married")
    if _HOMEMAKER.search(lowered):
        found.append("eligibility.note.homemaker")
    elif _EMPLOYED.search(about_self(lowered)):  # "suami kerja di bumn" is about him
        found.append("eligibility.note.employed")
    if _RELATIVE_RECEIVED.search(lowered):
        found.append("eligibility.note.relative")
    if relative_job(lowered):
        found.append("eligibility.note.relative_job")
    if former_job(about_self(lowered)):
        found.append("eligibility.note.former")
    return found


INTENTS = ("check_eligibility", "register", "goodbye", "complaint_status", "help",
           "out_of_scope", "inform", "program_info")  # fmt: skip
"""The intents "dulu aku pns tapi udah pensiun, bisa?" is read as (0.3-0.5 each)."""


def former(turn: FlowTurn) -> list[Outbound] | None:
    """A job held before, asked about outside the check: that it no longer excludes; a
    situation that fails a rule for now ("aku mahasiswa tp lagi cuti kuliah", "aku anggota TNI
    tapi mau pensiun bulan depan"): the verdict, why, and when it changes."""
    if not former_job(about_self((turn.message.text or "").lower())):
        return verdict(turn)
    check = turn.button("eligibility.start", "flow:eligibility", means="yes")
    return [turn.reply("eligibility.note.former", check, turn.menu_button())]


__all__ = ["notes"]
