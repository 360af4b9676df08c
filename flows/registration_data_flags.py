"""Identity data refused while registering or at selection, each with its own answer whatever
the NLU read (DOMAIN.md "Eligibility": not-selected reasons "NIK/KK mismatch" and "NIK flagged
at another institution"; complaint 4, NIK problems; the Dukcapil call centre from the NIK fix):

- the KK number "tidak sesuai" ("nomor KK aku katanya tidak sesuai, padahal udh bener"; before:
  "Maksud kamu yang mana?"), and right after, a KK changed lately ("KK nya baru diganti tahun
  ini"; before: "belum paham"): new KK data may not be updated at Dukcapil yet (a judgement
  from how the check works: the KK is checked against Dukcapil's data);
- "NIK terdaftar di instansi lain" (before: what a NIK is): the eligibility check's note on it
  (the NIK active in another institution's data), and a complaint.

Outside a flow only: the forms have their own answers."""

from __future__ import annotations

import re

from flows import dashboard_errors
from flows.complaint_topics import file_complaint
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

_KK = r"(?:kk|kartu keluarga|family card)"
_MISMATCH = (
    r"(?:(?:tidak|tdk|ga|gak|gk|nggak|ngga|g)\s*(?:sesuai|cocok|valid|match|ditemukan|"
    r"terdaftar|dikenali)|invalid|mismatch\w*|doesn'?t match|not match\w*|not found|ditolak)"
)
_KK_MISMATCH = re.compile(rf"\b{_KK}\w*\b.{{0,40}}\b{_MISMATCH}\b")
"""The KK number refused ("nomor KK aku katanya tidak sesuai", "kk ga cocok sama dukcapil")."""
_QUOTA = re.compile(
    r"\b(?:kuota|quota|2 orang|dua orang|sudah 2|udah 2|udh 2|satu kk|1 kk|sekk|se-kk|sekeluarga"
    r"|anggota|keluarga (?:aku|saya|ku))\b"
)
"""The KK's two-beneficiary quota, or relatives on it: the eligibility answers'."""
_KK_CHANGED = re.compile(
    rf"\b{_KK}\w*\b.{{0,30}}\b(?:baru|diganti|ganti|berubah|diubah|update\w*|diperbarui|"
    r"diperbaharui|dicetak ulang|cetak ulang|pindah|pisah|new|changed|updated)\b"
    rf"|\b(?:baru|udah|udh|sudah|abis|habis)\s+(?:\w+\s+)?(?:ganti|diganti|bikin|buat|cetak|"
    rf"pisah|pecah)\s+{_KK}\b"
)
"""The KK changed lately ("KK nya baru diganti tahun ini", "baru pisah kk")."""
_FLAGGED = re.compile(
    r"\b(?:terdaftar|tercatat|terdata|registered|listed|flagged)\s+(?:di|pada|dalam|sebagai|at|"
    r"with|in|by)\s+(?:\w+\s+){0,2}?(?:instansi|lembaga|kementerian|institution|agency)\w*\b"
    r"|\b(?:instansi|lembaga) lain\b|\banother (?:institution|agency)\b"
)
"""The NIK in another institution's data ("NIK terdaftar di instansi lain")."""
_FLAGGED_AS = re.compile(
    r"\b(?:terdaftar|tercatat|terdata|terdeteksi|registered|listed)\s+(?:sebagai|jadi|as)\s+"
    r"(?:an?\s+)?(?:asn|pns|tni|polri|pegawai negeri|perangkat desa|civil servant)\b"
)
"""The NIK said to be listed in an excluded job ("katanya nik terdaftar sebagai ASN")."""
FLAGGED_TOPIC = "nik_flagged"
"""The ``flows.last_answer`` topic of the flagged-NIK answer."""
_NOT_SO = re.compile(
    r"\b(?:bukan|bkn|ga|gak|gk|nggak|ngga|enggak|tidak|tdk|not|never|no longer)\s+(?:\w+\s+){0,2}?"
    r"(?:pns|asn|tni|polri|polisi|tentara|kuliah|sekolah|mahasiswa|mahasiswi|pelajar|siswa|"
    r"perangkat desa|pegawai negeri|civil servant|student)\b"
    r"|\b(?:udah|udh|sudah|sdh|dah|already)\s+(?:\w+\s+)?(?:lulus|berhenti|resign|pensiun|keluar|"
    r"graduated|retired|quit)\b"
)
"""The record denied ("aku bukan pns kok", "padahal aku ga kuliah", "udah lulus")."""
KK_TOPIC = "kk_mismatch"
"""The ``flows.last_answer`` topic of the KK answer."""
_SHORT = 10


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """The refused data's answer, else None (in a flow, a button, or not about these)."""
    message = turn.message
    if message.payload is not None or turn.session.flow is not None:
        return None
    text = " ".join((message.text or "").lower().split())
    if not text:
        return None
    short = len(text.split()) <= _SHORT
    if short and just_said(turn) == KK_TOPIC and _KK_CHANGED.search(text):
        return _reply(turn, "kk_changed")
    if short and just_said(turn) == FLAGGED_TOPIC and _NOT_SO.search(text):
        return _reply(turn, "flag_wrong")  # "aku bukan pns kok" right after (probe p24c)
    flagged = _FLAGGED.search(text) or _FLAGGED_AS.search(text)
    if flagged and re.search(r"\bnik\b|\bktp\b|\bdata\b", text):
        remember(turn, FLAGGED_TOPIC)  # "aku bukan pns kok" next
        report = file_complaint(turn, fix_shown="nik")  # the eligibility check's own note
        return [turn.reply("eligibility.note.nik_elsewhere", report, turn.menu_button())]
    if _KK_MISMATCH.search(text) and not _QUOTA.search(text):
        remember(turn, KK_TOPIC)  # "KK nya baru diganti tahun ini" next
        report = file_complaint(turn, fix_shown="nik")
        return [turn.reply("signup_help.kk_mismatch", report, turn.menu_button())]
    return dashboard_errors.answer(turn)  # "Data tidak ditemukan di Dukcapil" pasted


def _reply(turn: FlowTurn, key: str) -> list[Outbound]:
    report = file_complaint(turn, fix_shown="nik")
    return [turn.reply(f"signup_help.{key}", report, turn.menu_button())]


__all__ = ["answer"]
