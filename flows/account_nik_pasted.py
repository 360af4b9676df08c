"""The site's "NIK sudah terdaftar. Silakan gunakan NIK lain" pasted: the NIK-registered help
(``flows.registration_help.nik_taken``), not the refusal to use another person's NIK (its
"gunakan NIK lain" read as asking to); right after it, where it showed ("itu muncul pas aku isi
data", "keluar waktu daftar"): the next steps (``flows.nik_taken_follow_ups``), not "Maksud
kamu yang mana?". Probe p23d."""

from __future__ import annotations

import re

from flows import nik_taken_follow_ups
from flows.last_answer import remember, short_after
from flows.messages import Outbound
from flows.registration_help import nik_taken, reports_nik_taken
from flows.runtime.machine import FlowTurn

MAX_WORDS = 25
_SITE_SAYS = re.compile(r"\bsila(?:h)?kan\b|[\"“”']|\b(?:gunakan|pakai|pake) nik lain\b")
"""The site's own words, pasted or quoted ("Silakan gunakan NIK lain")."""
_WHERE = re.compile(
    r"\b(?:muncul\w*|keluar\w*|nongol|tulisan\w*|pas|waktu|wkt|saat|ketika|when|while)\b"
    r".{0,30}\b(?:isi|ngisi|mengisi|diisi|input\w*|masukin|memasukkan|daftar\w*|registrasi|"
    r"data|form\w*|nik|fill\w*|sign\w*)\b"
)
"""Where it showed: "itu muncul pas aku isi data", "keluar waktu daftar"."""


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """The pasted error's help, or where it showed right after it; else None."""
    message = turn.message
    text = " ".join((message.text or "").lower().split())
    if message.payload is not None or turn.session.flow is not None or not text:
        return None
    if len(text.split()) <= MAX_WORDS and _SITE_SAYS.search(text) and reports_nik_taken(message):
        return nik_taken(turn)
    after = short_after(turn, nik_taken_follow_ups.TOPIC, nik_taken_follow_ups.MAX_WORDS)
    if after is not None and _WHERE.search(after) and nik_taken_follow_ups.reading(after) is None:
        remember(turn, nik_taken_follow_ups.TOPIC)  # "aku ga pernah daftar" next: still the NIK
        return nik_taken_follow_ups.next_steps(turn)
    return None


__all__ = ["answer"]
