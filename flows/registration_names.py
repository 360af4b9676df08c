"""The name question's reading: a name is 1-6 words of letters (``validators.name``); a
question, a command or the programme's words typed there ("cek tiket aku", "saldo aku brp",
"mau lapor", "ganti bahasa indonesia") is no name: the runner answers it as a side question,
then asks the name again. The same reading keeps a later correction ("ganti bahasa
indonesia" at the KK question) from replacing the name."""

from __future__ import annotations

import re

from flows import validators as check
from flows.result import Invalid, Result
from flows.runtime.machine import Slots
from flows.turn import FlowContext, Message

_NOT_NAMES = ("nik", "kk", "phone", "email")
"""Given at the name question, these are explained (they are asked later), not a miss."""


_ASKS = re.compile(
    r"\?|\b(?:brp|berapa|kapan|kpn|gimana|gmn|gmna|gimna|bagaimana|bgmn|apa|apakah|apaan|kenapa|knp"
    r"|napa|mengapa|dimana|dmn|dmana|how|what|when|where|why)\b"
    r"|\b(?:ga|gak|gk|nggak|ngga|enggak|kah|tidak|ndak)\s*$"  # "boleh pake foto aja ga"
    r"|^(?:boleh|bolehkah|bisa|bisakah|kalo|kalau|klo|misal\w*|can|may|is|do)\b"
    r"|\b(?:aja|saja|dong|sih|deh|pake|pakai|pakek)\b"
)
_PROGRAMME = re.compile(
    r"\b(?:prakerja|gelombang|gel|insentif|pelatihan|saldo|daftar|pendaftaran|sertifikat"
    r"|syarat\w*|otp|password|redeem|pengumuman|kuota|lolos|tiket|ticket|lapor\w*|melapor"
    r"|status|pengaduan|aduan|komplain\w*|complaint|akun|cek|check|menu|bahasa|english"
    r"|inggris|indonesia)\b"
)
"""Words of the programme and of the bot's commands: no part of a name ("eh gelombang skrg brp
ya", "cek tiket aku", "mau lapor", "ganti bahasa indonesia")."""
_COMMANDS = re.compile(
    r"\b(?:hapus\w*|dihapus|delete\w*|erase|remove|data|stop|berhenti|batal\w*|cancel\w*"
    r"|help|bantuan|tolong|keluar|exit|quit|reset|ulang\w*|mulai|start|restart|unsubscribe"
    r"|petugas|admin|operator|agent|cs"
    r"|nomor|nomer|nmr|ketik|typo|salah|keliru|ganti|ubah|rubah|edit|ralat|koreksi|perbaiki"
    r"|hp|whatsapp|email|nik|kk|ktp|tanggal|tgl|lahir|otp|kode|sandi)\b"
)
"""Commands and requests ("hapus data saya", "stop", "help", "batal"), and the words of a
correction or of the form's fields ("nomor, ketik" left of "ganti nomor, salah ketik"): never a
name. (Before, "hapus data saya" at the name question became the name "Hapus Data Saya", and
"ganti nomor, salah ketik" at the OTP question renamed the user "Nomor, Ketik".)"""


def not_a_name(text: str) -> bool:
    """A question or the programme's words typed at the name question: not taken as the name
    (a question is answered, then the name asked again)."""
    lowered = " ".join(text.lower().split())
    return bool(_ASKS.search(lowered) or _PROGRAMME.search(lowered) or _COMMANDS.search(lowered))


def name(message: Message, slots: Slots, __: FlowContext) -> Result:
    given = next((kind for kind in _NOT_NAMES if message.entity(kind) is not None), None)
    if given is not None and "name" in slots:  # a correction typed at a later question
        return None if given in slots else Invalid(f"later_{given}", miss=False)
    if given is not None:
        return Invalid(f"name_is_{'nik' if given == 'kk' else given}", miss=False)
    if not_a_name(message.text or ""):
        return None  # a digression, if it is a question the bot answers; else asked again
    return check.name(message.text or "")


__all__ = ["name", "not_a_name"]
