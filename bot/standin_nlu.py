"""A keyword stand-in for the NLU, used by the conversation tests only while the ``nlu``
package is not installed: a few regular expressions per intent, confidence 0.9 on a match.
It is not a classifier; the real parser (``nlu.load_parser``) replaces it as soon as it exists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

RULES: tuple[tuple[str, str], ...] = (
    ("delete_my_data", r"hapus data|delete my data|hapus akun"),
    ("unsubscribe", r"berhenti langganan|unsubscribe|jangan kirim"),
    ("subscribe", r"kabari|langganan|subscribe|notif"),
    ("human_agent", r"petugas|\bcs\b|manusia|orang asli|admin asli|talk to staff|agent"),
    ("bot_challenge", r"kamu bot|are you a bot|ini robot"),
    ("change_language", r"english|bahasa inggris|bahasa indonesia|pakai indonesia"),
    ("complaint_status", r"tiket|ticket|prk-?\d"),
    ("complaint", r"lapor|pengaduan|komplain|complain|penipu|joki"),
    ("benefits_info", r"dapat apa|manfaat|berapa duit|benefit|besaran"),
    ("incentive_status", r"insentif|incentive"),
    ("training_balance", r"saldo|balance"),
    ("redeem_code", r"redeem|voucher"),
    ("certificate", r"sertifikat|certificate"),
    ("registration_status", r"lolos|status pendaftaran|pengumuman"),
    ("wave_schedule", r"gelombang|wave"),
    ("check_eligibility", r"syarat|bisa ikut|boleh ikut|eligible|requirement|bisa daftar"),
    ("register", r"daftar|register|sign up"),
    ("course_search", r"pelatihan|kursus|belajar|training|kelas"),
    ("account_access", r"otp|lupa password|lupa sandi|akun|login"),
    ("program_info", r"apa itu prakerja|what is prakerja"),
    ("cancel", r"^(?:batal|cancel|gak jadi)"),
    ("thanks", r"makasih|terima kasih|thank"),
    ("goodbye", r"dadah|bye|sampai jumpa"),
    ("greet", r"^(?:halo|hai|hi|hello|pagi|assalamualaikum|p)\b"),
    ("help", r"^(?:help|bantuan|menu)\b"),
    ("out_of_scope", r"resep|cuaca|pacar|bola|weather"),
)


@dataclass(frozen=True, slots=True)
class _Intent:
    name: str
    confidence: float


@dataclass(frozen=True, slots=True)
class _Parse:
    intent: _Intent
    ranking: tuple[_Intent, ...] = ()
    entities: tuple[Any, ...] = ()
    ambiguous: bool = False
    fallback: bool = False
    text: str = field(default="")


class KeywordParser:
    def parse(self, text: str) -> _Parse:
        lowered = text.lower().strip()
        found = [name for name, pattern in RULES if re.search(pattern, lowered)]
        if not found:
            unknown = _Intent("inform", 0.3)
            return _Parse(unknown, (unknown,), fallback=True, text=text)
        both = len(found) > 1 and re.search(r"\b(?:atau|or)\b", lowered) is not None
        top = 0.5 if both else 0.9
        ranking = tuple(_Intent(name, top if i == 0 else 0.4) for i, name in enumerate(found))
        return _Parse(ranking[0], ranking, ambiguous=both, text=text)


def default_parser() -> tuple[Any, str]:
    """The real NLU if it is installed, else this stand-in; and which one it is."""
    try:
        from nlu import NLUConfig, load_parser  # type: ignore[attr-defined]
    except ImportError:
        return KeywordParser(), "keyword stand-in (the nlu package is not installed)"
    return load_parser(NLUConfig()), "nlu"
