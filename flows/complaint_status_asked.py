"""A ticket's status or reply asked for while a complaint is still being filled in ("status
tiket aku gmn", "tiket aku ada brp", "kok blm dibales", "lama bgt sih pelayanannya"): the
complaint being written is no ticket yet, so no one can have answered it. Answered by
``flows.complaint_ticket_asides`` (the chat's open tickets, or none, and that this one is
sent with "Kirim"), then the form's question again; before, "kok blm dibales" was kept as the
training provider's name and "lama bgt sih pelayanannya" added to the story."""

from __future__ import annotations

import re

MAX_WORDS = 8
"""Such a question is short; a longer message tells the story."""
_TICKET = r"(?:tiket|ticket|pengaduan|aduan|laporan|komplain|complaint)\w*"
_STATUS = re.compile(
    rf"\b(?:status|progres\w*|perkembangan|kabar)\w*\b.{{0,20}}\b{_TICKET}"
    rf"|\b{_TICKET}\s+(?:\w+\s+)?(?:gmn|gimana|bagaimana|ada brp|ada berapa|brp|berapa|"
    r"statusnya|udah sampe mana|sampai mana|sampe mana)\b"
    r"|\bstatus of my (?:ticket|complaint)\b"
    rf"|\b(?:cek|check|lihat|liat)\s+{_TICKET}"
    r"|\b(?:udah|sudah|udh|sdh|dah|uda)\s+(?:\w+\s+)?(?:kekirim|terkirim|dikirim|diproses|"
    r"diterima|masuk|nyampe|sampai|sampe)\b(?:\s+\w+){0,3}?\s*(?:belum|blm|blom|kah|\?)"
    r"|\b(?:has|is|was) (?:it|my complaint|my ticket) (?:been )?(?:sent|received|processed)\b"
)
"""A ticket's status asked for: "status tiket aku gmn", "tiket aku ada brp", "cek tiket aku",
"udah kekirim belum?", "udah diproses blm ya tiketnya" (not "udah aku kirim ya": told)."""
_NOT_ANSWERED = re.compile(
    r"\b(?:kok|blm|belum|blom|ga|gak|gk|nggak|kapan|kpn)\s+(?:\w+\s+)?"
    r"(?:dibal[ae]s\w*|dibls|bal[ae]s\w*|direspon\w*|respon\w*|ditanggapi|ditangani|diproses|"
    r"dijawab)\b"
    r"|\blama\s+(?:bgt|banget|bener|amat|sekali)\b.{0,15}"
    r"\b(?:pelayanan\w*|bal[ae]s\w*|respon\w*|proses\w*|tanggap\w*)"
    r"|\b(?:pelayanan\w*|respon\w*)\w*\s+(?:\w+\s+)?(?:lama|lambat|lelet)\b"
    r"|\b(?:no (?:reply|answer) yet|why (?:no|hasn'?t anyone) (?:reply|replied|answer\w*))\b"
)
"""A reply said to be late: "kok blm dibales", "lama bgt sih pelayanannya"."""


def _short(text: str) -> str | None:
    lowered = " ".join(text.lower().split())
    return lowered if 0 < len(lowered.split()) <= MAX_WORDS else None


def asks_status(text: str) -> bool:
    """ "status tiket aku gmn", "tiket aku ada brp": a ticket's status asked for."""
    lowered = _short(text)
    return lowered is not None and bool(_STATUS.search(lowered))


def awaits_reply(text: str) -> bool:
    """ "kok blm dibales", "lama bgt sih pelayanannya": a reply said to be late."""
    lowered = _short(text)
    return lowered is not None and bool(_NOT_ANSWERED.search(lowered))


__all__ = ["asks_status", "awaits_reply"]
