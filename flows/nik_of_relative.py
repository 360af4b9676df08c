"""A relative's NIK typed with a wish to have it checked ("ini nik ibu saya 3201... tolong
dicek sudah terdaftar belum", "can you check my mom's nik 3201..."): another person's data is
never looked up here, and NIKs are best not shared in a chat; the relative can ask for themselves
from their own account or their own chat (DOMAIN.md, "Never ask for, never store"; probe p24a:
before, "Hasil seleksi diumumkan ..."). The NIK is never echoed. Read by ``flows.others_asks``."""

from __future__ import annotations

import re

from flows.eligibility_relatives import KIN_ALT
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

_RELATIVES_NIK = re.compile(
    rf"\b(?:nik|ktp|e-?ktp|nomor ktp|no ktp)\s+(?:punya\s+|milik\s+|dari\s+)?(?:{KIN_ALT})\b"
    rf"|\b(?:my\s+)?(?:{KIN_ALT})(?:'s|s)?\s+(?:nik|ktp|id number|id card)\b"
)
"""A relative's NIK named: "nik ibu saya", "ktp punya bapak", "my mom's nik"."""
_CHECK = re.compile(
    r"\b(?:cek\w*|dicek|check\w*|lihat\w*|liat\w*|terdaftar|registered|status|lolos|diterima|"
    r"selected|cari\w*|look (?:it )?up)\b"
)
_NOT_HERE = re.compile(r"\b(?:syarat|eligible|eligibility|daftarin|daftarkan|ngadu|pengaduan)\b")
"""Another topic for the relative: the requirements, registering them, a complaint for them."""


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """The refusal for a relative's NIK to be checked; None for anything else, or in a form."""
    message = turn.message
    if message.payload is not None or turn.session.flow is not None:
        return None
    if turn.session.participant_id is not None:  # linked: ``flows.my_data.others_nik``
        return None
    text = " ".join((message.text or "").lower().split())
    if not (_RELATIVES_NIK.search(text) and _CHECK.search(text)) or _NOT_HERE.search(text):
        return None
    return [turn.reply("privacy_asks.relative_nik", turn.menu_button())]


__all__ = ["answer"]
