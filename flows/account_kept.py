"""Whether the programme will delete one's account ("sy udh selesai semua, akun prakerja sy
bakal dihapus ga?", "kalo ga lolos akunnya dihapus?", "will my account be deleted after the
programme?"): a question about the account, answered, never the start of an erasure (probe
p22b #1: the NLU reads it as ``delete_my_data`` and the chat went straight to "Yakin mau hapus?
[Ya, Tidak]", then told "sertifikatmu ikut hilang" to "sertifikat msh bisa didownload taun
depan?"). Right after it, "sertifikatnya masih bisa diunduh?" is answered in its light.

The account stays after the programme (or a wave not passed; ``kb`` texts "akunmu tetap ada")
and the certificate can be downloaded at any time (``certificate_next.paid_done``); a missed
first-purchase deadline revokes the participation, not the account (DOMAIN.md "Registration
steps"). Erasure itself stays the user's own explicit "hapus data saya"."""

from __future__ import annotations

import re

from flows.data_safety import ERASED
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.turn import Message

TOPIC = "account_kept"
"""``flows.last_answer`` topic: "sertifikatnya masih bisa diunduh?" next stays on it."""

_GONE = (
    r"(?:dihapus|terhapus|kehapus|kapus|dihilangkan|ilang|hilang|dinonaktifkan|dinonaktifin|"
    r"ditutup|hangus)"
)
_WILL = r"(?:bakal|bakalan|akan|bkl|bkln|nanti|ntar|nnti|otomatis|auto|apakah)"
_THING = r"(?:akun\w*|acc|account|data\w*|sertifikat\w*)"
_ASKED = re.compile(
    rf"\b{_THING}\b.{{0,40}}\b{_WILL}\s+(?:\w+\s+)?{_GONE}\b"
    rf"|\b{_WILL}\s+(?:\w+\s+){{0,3}}{_THING}\b.{{0,25}}\b{_GONE}\b"
    rf"|\b{_THING}\b.{{0,30}}\b{_GONE}\b.{{0,25}}(?:\b(?:ga|gak|gk|g|nggak|ngga|enggak|engga|"
    r"tidak|tdk|ndak|nda|kah|ya|yah|nih|setelah\w*|stlh|abis|habis|kalo|klo|kalau|kl|"
    r"selesai)\b|\?)"
    r"|\b(?:will|would|does|do|is|are|gets?)\s+(?:\w+\s+){0,3}(?:account|data|certificate)s?\b"
    r".{0,25}\b(?:be\s+|get\s+|gets\s+)?(?:deleted|removed|erased|closed|deactivated)\b"
)
"""The programme deleting it, asked: "bakal dihapus ga?", "apakah akun saya akan dihapus",
"akunnya dihapus ga setelah selesai", "will my account be deleted"."""
_REQUEST = re.compile(
    r"\b(?:tolong|tlg|mohon|minta|mau|mo|pengen|pgn|pingin|ingin|bisa|bisakah|bs|cara\w*|gimana|"
    r"gmn|bagaimana)\s+(?:\w+\s+){0,2}(?:di|meng|ng)?hapus\w*|\bhapus(?:in|kan)\b"
    r"|\b(?:please|pls|want to|wanna|can you|can i|how (?:do|can) i|how to)\s+(?:\w+\s+){0,2}"
    r"(?:delete|erase|remove)\b"
)
"""Asking for the erasure itself ("tolong hapus akun saya", "bisa dihapus ga akun sy?"):
that stays the erasure (``flows.account``)."""
_OWN_ERASURE = re.compile(
    r"\b(?:hapus|menghapus|ngapus|hapusin|hapuskan|delete|erase)\b"
    r"|\b(?:yg|yang|which|what)\b.{0,12}\b(?:dihapus|terhapus|kehapus|deleted|erased)\b"
)
"""One's own erasure named ("kalo aku hapus data", "apa aja yg dihapus?"): its own answers."""
_DONE = re.compile(rf"\b(?:udh|udah|sudah|sdh|dah|uda|blm|belum|already)\s+(?:\w+\s+)?{_GONE}")
"""Whether an erasure already happened ("data sy udh dihapus blm?"): its status, elsewhere."""
_BLOCKED = re.compile(
    r"\b(?:blokir|diblokir|terblokir|ke ?blokir|kena blokir|dibekukan|suspend\w*|blocked)\b"
    rf"|\b{_GONE}\s+(?:untuk\s+)?(?:sementara|smntr|temporarily)\b|\btelah\s+{_GONE}\b"
)
"""A block told ("akun saya diblokir", a pasted "Akun Anda telah dinonaktifkan sementara"):
the blocked account's answer (``flows.account_help.blocked``), not whether the programme
deletes accounts."""
_MISSED = re.compile(
    r"\b(?:ga|gak|gk|nggak|tidak|tdk|blm|belum)\s+(?:\w+\s+)?(?:beli|membeli|dibeli)\b"
    r"|\b(?:telat|terlambat|lewat|deadline|batas)\w*"
)
"""The first-purchase deadline named: revoked participation, not a deleted account."""
_CERTIFICATE = re.compile(r"\b(?:sertifikat\w*|serti|certificate\w*)\b")
_STILL = re.compile(
    r"\b(?:masih|msh|tetap|tetep|ttp|bisa|bs|download\w*|unduh\w*|diunduh|didownload|ada|"
    r"still|can)\b"
)
_ERASE_CERT = re.compile(r"\b(?:ilang|hilang|dihapus|terhapus|kehapus|hangus|gone|lost)\b")


def asks(message: Message) -> bool:
    """Whether the message asks if the programme will delete the account (not asks for it)."""
    if message.payload is not None:
        return False
    text = " ".join((message.text or "").lower().split())
    if _REQUEST.search(text) or _DONE.search(text) or _OWN_ERASURE.search(text):
        return False
    if _BLOCKED.search(text):
        return False
    return bool(_ASKED.search(text))


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """The account kept, asked outside any form; or the certificate asked right after it."""
    if turn.session.flow is not None or just_said(turn) in ERASED:
        return None  # "data apa aja yg dihapus?" right after erasing: that erasure's answer
    if asks(turn.message):
        missed = _MISSED.search((turn.message.text or "").lower())
        if missed and turn.message.intent != "delete_my_data":
            return None  # "kalo telat beli": the revocation's own answer (``revocation_help``)
        return [_kept(turn)]
    return certificate_after(turn)


def _kept(turn: FlowTurn) -> Outbound:
    text = (turn.message.text or "").lower()
    remember(turn, TOPIC)
    lines = [turn.say("account_kept.kept")]
    if _MISSED.search(text):
        lines.append(turn.say("account_kept.revoked"))
    elif turn.session.participant_id is not None:
        lines.append(turn.say("account_kept.certificate"))
    return Outbound("\n".join(lines), (turn.menu_button(),))


def certificate_after(turn: FlowTurn) -> list[Outbound] | None:
    """ "sertifikat msh bisa didownload taun depan?" right after the answer: yes."""
    if turn.message.payload is not None or just_said(turn) != TOPIC:
        return None
    text = " ".join((turn.message.text or "").lower().split())
    if not _CERTIFICATE.search(text) or not (_STILL.search(text) or _ERASE_CERT.search(text)):
        return None
    remember(turn, TOPIC)
    return [turn.reply("account_kept.certificate_still", turn.menu_button())]


__all__ = ["TOPIC", "answer", "asks", "certificate_after"]
