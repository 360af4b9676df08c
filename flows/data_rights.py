"""A data subject's rights under UU PDP asked for in words (DOMAIN.md "Personal data law"),
answered honestly with what this assistant can and cannot do, and never read as erasure:

- ``restrict``: "jangan proses data aku lagi tapi akun jangan dihapus": restriction is not
  something the chat can switch on; broadcasts can stop here, restriction is asked for through
  the programme's official channel (a complaint), erasure stays a separate, explicit choice.
- ``access``: "minta salinan data aku": the data held is shown here masked; the full copy is
  on the dashboard, an official copy through a complaint.
- ``who_sees`` / ``retention``: who reads the data and the chat (staff, masked) and how long the
  chat is kept (``transcript.retention_days``, 365 by default).
- ``ticket_data`` / ``ticket_erase``: whether erasing takes the complaints' texts (it does), and
  one complaint erased alone (not possible).
- ``correct``: a wrong name, a moved address: corrected through Dukcapil or a complaint.
- ``others``: someone else's data or NIK: never checked, and not to be shared here.
- ``status``: "status penghapusan gmn": an erasure never waits in a queue.

Before, these started the erasure ("Yakin mau hapus? [Ya|Tidak]"), or got "belum menangkap"."""

from __future__ import annotations

import re
from typing import Literal

from flows import deletion_scope
from flows.complaint_story import masked
from flows.complaint_topics import file_complaint
from flows.last_answer import just_said, remember
from flows.messages import Button, Outbound
from flows.runtime.machine import FlowTurn

Right = Literal[
    "restrict", "access", "who_sees", "retention", "ticket_data", "ticket_erase", "correct",
    "others", "status",
]  # fmt: skip
TOPIC = "data_rights"
"""``last_answer`` topic of these answers: a short follow-up ("nomor hp nya 0812...") stays."""

_ADS = re.compile(r"\b(?:iklan\w*|promo\w*|pemasaran|marketing|ads?|broadcast\w*|siaran|spam)\b")
_DATA = re.compile(r"\b(?:data\w*|info(?:rmasi)? pribadi|personal (?:data|info\w*))\b")
_STOP = (
    r"(?:jangan|jgn|stop|berhenti|ga usah|gausah|gak usah|nggak usah|tidak usah|tdk usah|"
    r"(?:ga|gak|tidak|tdk|nggak) boleh)"
)
_USE = (
    r"(?:proses|diproses|memproses|olah|diolah|mengolah|pakai|dipakai|pake|dipake|gunakan|"
    r"digunakan|menggunakan)"
)
_RESTRICT = re.compile(
    rf"\b{_STOP}\s+(?:\w+\s+){{0,2}}{_USE}\s+(?:\w+\s+){{0,2}}data\b"
    rf"|\bdata\w*\s+(?:\w+\s+){{0,3}}{_STOP}\s+(?:\w+\s+)?{_USE}\b"
    r"|\bbatas\w*\s+(?:\w+\s+)?(?:pemrosesan|penggunaan|pengolahan)\b"
    r"|\b(?:don'?t|do not|stop)\s+(?:process\w*|using|use)\s+(?:my|our)\s+(?:personal\s+)?data"
    r"|\brestrict\w*\s+(?:\w+\s+){0,2}(?:processing|use)\b"
    r"|\b(?:pemrosesan|processing)\s+(?:\w+\s+){0,2}(?:dihentikan|dibatasi|stop\w*|restrict\w*)"
)
_ACCESS = re.compile(
    r"\b(?:salinan|copy|kopi|export|ekspor|unduh|download)\b"
    r"|\b(?:hak\s+)?akses\s+(?:ke\s+)?data\b|\baccess\s+(?:to\s+)?(?:my|all)\b"
)
_WHO = re.compile(r"\b(?:siapa\w*|who)\b")
_SEES = re.compile(
    r"\b(?:lihat|liat|ngeliat|melihat|dilihat|diliat|baca|membaca|dibaca|akses|mengakses|"
    r"diakses|pegang|megang|see|sees|read|reads|access)\b"
)
_HELD = re.compile(r"\b(?:data\w*|chat\w*|pesan\w*|riwayat|percakapan|obrolan|messages?)\b")
_STAFF_SEES = re.compile(
    r"\b(?:petugas\w*|admin\w*|staf\w*|staff|operator\w*|pegawai\w*|cs|officers?|agents?)\b"
    rf"(?:\s+\w+){{0,3}}?\s+{_SEES.pattern}"
)
"""Staff said to see or read something ("petugasnya bisa baca chat aku?")."""
_CAN = re.compile(r"\?|\b(?:bisa|bs|boleh|dapat|dpt|can|could|do|does|ga|gak|gk|nggak|ngga)\b")
_ID = re.compile(r"\b(?:nik|ktp|kk|nomor|nomer|hp|e-?mail|alamat|identitas)\b")
_HOW_LONG = re.compile(r"\b(?:berapa|brp|brapa|how)\s+lama\b|\bsampai kapan\b|\bsampe kapan\b")
_STORED = re.compile(r"\b(?:\w*simpan\w*|\w*simpen\w*|keep|kept|stored?|retain\w*)\b")
_TICKET = re.compile(r"\b(?:tiket\w*|pengaduan\w*|aduan|laporan\w*|complaints?|tickets?)\b")
_ERASE = re.compile(r"\b(?:\w*hapus\w*|delet\w*|eras\w*|remov\w*)\b")
_ERASE_IT = re.compile(r"\b(?:hapus|hapusin|hapuskan|apus|apusin|delete|remove|erase)\b")
"""Erasing asked for, not asked about ("hapus pengaduan aku", not "pengaduan dihapus ga?")."""
_ASKS = re.compile(
    r"\?|\b(?:ga|gak|gk|nggak|ngga|tidak|juga|jg|apa|apakah|kah|does|do|will|is|are|ikut|"
    r"gimana|gmn|gmna|bagaimana|nasib\w*|what happens)\b"
)
"""Asked about ("dihapus juga ga?", "tiket aku gmn kalo dihapus", "what happens to my tickets
if I delete")."""
_IF = re.compile(r"\b(?:kalo|kalau|klo|klau|if|when|jika|bila)\b")
_DETAIL = re.compile(r"\b(?:nama\w*|alamat\w*|domisili\w*|name|address)\b")
"""A name or an address (a date of birth or a NIK to correct: ``deletion_scope``'s answer)."""
_WRONG = re.compile(
    r"\b(?:salah|keliru|typo|beda|pindah|koreksi|benerin|betulin|perbaiki|memperbaiki|ralat|"
    r"wrong|incorrect|moved?|correct)\b"
)
_OWN = re.compile(r"\b(?:aku|saya|sy|gue|gw|my|ku)\b|\w+ku\b")
_NOT_MINE = re.compile(r"\b(?:rekening|e-?wallet|ovo|gopay|dana|linkaja|bank|sertifikat\w*)\b")
_MINE = r"(?:\s*(?:ku|aku|saya|sy|gue|gw|gua)\b|\s+(?:my|i))"
_OTHER = re.compile(
    r"\b(?:te?me?n\w*|teman\w*|kawan\w*|orang lain|tetangga\w*|friends?|someone else|"
    r"another person)\b"
    rf"|\b(?:adek|adik|kakak|kaka|abang|ibu|bapak|ayah|mama|papa|saudara|sodara|pacar|suami|"
    rf"istri){_MINE}"
    r"|\bmy (?:brother|sister|mother|father|mom|dad|wife|husband)\b"
    r"|\bpunya (?:te?me?n|teman|orang|adek|adik|kakak|ibu|bapak|saudara)\w*"
)
_PERSONAL = re.compile(r"\b(?:data\w*|nik\w*|akun\w*|account)\b")
_LOOK = re.compile(r"\b(?:cek\w*|check\w*|lihat|liat|cari\w*|look\w*|see)\b|\bitu\s+nik\b")
_STATUS = re.compile(
    r"\b(?:status|proses\w*|progress|gimana|gmn|gmna|bagaimana)\s+(?:\w+\s+)?(?:penghapusan|"
    r"hapus data|deletion|erasure)\b|\b(?:penghapusan|hapus data)\w*\s+(?:\w+\s+)?"
    r"(?:status\w*|gimana|gmn|gmna|bagaimana|sampai mana|sampe mana)\b"
    r"|\b(?:udah|udh|sudah|sdh|dah|already)\s+(?:ke)?(?:dihapus|terhapus|kehapus|deleted|erased)\b"
    r"|\bis it (?:deleted|erased)\b"
)


def erasure_asked(said: str) -> bool:
    """Erasure asked for in so many words ("hapus aja semuanya"), not kept ("tapi akun jangan
    dihapus"): the erasure's own flow reads it."""
    return bool(_ERASE.search(said)) and not deletion_scope.keeps_account(said)


STORY_WORDS = 60
"""Longer is a story: a friend, a name or an address said in passing asks for no right; its
last sentence is what it asks."""
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def right(text: str) -> Right | None:
    """The right a typed message asks about, or None."""
    said = " ".join(text.lower().split())
    if len(said.split()) > STORY_WORDS:
        said = _SENTENCE_END.split(said)[-1]
    if not said:
        return None
    if _RESTRICT.search(said) and not _ADS.search(said) and not erasure_asked(said):
        return "restrict"
    if _ACCESS.search(said) and _DATA.search(said):
        return "access"
    if _OTHER.search(said) and _PERSONAL.search(said) and _LOOK.search(said):
        return "others"
    if _TICKET.search(said) and _ERASE.search(said):
        if _ASKS.search(said) and (_IF.search(said) or _DATA.search(said)):
            return "ticket_data"  # "data di tiket dihapus juga ga kalo aku hapus data"
        if _ERASE_IT.search(said):
            return "ticket_erase"  # "hapus pengaduan aku yang kemarin"
    if _WHO.search(said) and _SEES.search(said) and _HELD.search(said):
        return "who_sees"
    if _STAFF_SEES.search(said) and _CAN.search(said) and (_HELD.search(said) or _ID.search(said)):
        return "who_sees"  # "trs petugas bisa liat nik aku?": before, a person was queued
    if _HOW_LONG.search(said) and _STORED.search(said):
        return "retention"
    if _STATUS.search(said):
        return "status"
    if (
        _DETAIL.search(said)
        and _OWN.search(said)
        and _WRONG.search(said)
        and not _NOT_MINE.search(said)
    ):
        return "correct"
    return None


def _complaint(turn: FlowTurn) -> Button:
    return turn.button("handoff.file_complaint", "flow:complaints")


def _erase(turn: FlowTurn) -> Button:
    return turn.button("intents.delete_my_data", "flow:data_deletion")


def buttons(turn: FlowTurn, asked: Right) -> tuple[Button, ...]:
    """What each answer offers: the way it names, erasure only where it is the topic."""
    menu = turn.menu_button()
    if asked == "restrict":
        stop = turn.button("intents.unsubscribe", "intent:unsubscribe")
        return (stop, _complaint(turn), _erase(turn), menu)
    if asked == "access":
        return (turn.button("menu_account.my_data", "account:data"), _complaint(turn), menu)
    if asked in ("correct", "ticket_erase"):
        return (_complaint(turn), menu)
    if asked == "others":
        return (menu,)
    return (_erase(turn), menu) if asked in ("ticket_data", "retention") else (menu,)


def reply(turn: FlowTurn, asked: Right) -> Outbound:
    """The answer to ``asked``, remembered for a short follow-up."""
    remember(turn, TOPIC if asked == "others" else f"{TOPIC}.{asked}")
    key = f"data_rights.{asked}"
    if asked == "correct":
        said = (turn.message.text or "").lower()
        key += "_address" if re.search(r"alamat|domisili|pindah|address|moved?", said) else ""
    days = {"chat_days": turn.ctx.chat_days, "evidence_days": turn.ctx.evidence_days}
    return turn.reply(key, *buttons(turn, asked), **days)


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """The answer to a right asked for in a typed message outside a form; else None."""
    message = turn.message
    if message.payload is not None or not message.text:
        return None
    if (told := corrected(turn)) is not None:
        return told
    if deletion_scope.scope(message) == "consent":
        return None  # "who sees my data? I want to withdraw my consent": the withdrawal's choice
    asked = right(message.text) or _follow_up(turn)
    if asked == "others" and turn.session.participant_id is not None and message.entity("nik"):
        return None  # a NIK in a linked chat: ``my_data.others_nik`` tells whose it is
    if asked == "others" and just_said(turn) == TOPIC:
        remember(turn, TOPIC)  # another detail of theirs: said shorter, not repeated whole
        return [turn.reply("data_rights.others_again", turn.menu_button())]
    return None if asked is None else [reply(turn, asked)]


_ANOTHER_DETAIL = re.compile(
    r"\b(?:nomor|nomer|no|hp|wa|email\w*|e-mail|nama\w*|nik\w*|kk|alamat\w*|tgl|tanggal)\b"
)


_CHANGE = re.compile(r"\b(?:ganti\w*|ubah\w*|diubah|update\w*|edit\w*|change\w*)\b")


_FIXED = re.compile(
    r"\b(?:yg|yang)\s+(?:bener|benar|betul)\w*\b|\b(?:harus\w*|seharus\w*|mestinya|"
    r"semestinya|should be)\b|\bbukan\b|\b(?:it'?s|is) (?:actually|really)\b"
    r"|\b(?:ktp|kk|dukcapil|e-?ktp)\w*\s+(?:\w+\s+)?(?:bener|benar|betul|sesuai|correct|right)\b"
    r"|\b(?:yg|yang)\s+salah\s+(?:\w+\s+)?(?:di|cuma|hanya)\s+(?:akun|dashboard|prakerja)\b"
)
"""The right value told after a correction's answer ("yg bener Muhammad bukan Muhamad"), or
where it is right ("di KTP sudah benar, yang salah di akun"): the account is to be corrected."""


def corrected(turn: FlowTurn) -> list[Outbound] | None:
    """Right after a correction's answer, the right value told: acknowledged, and the
    complaint offered with it as its story (the chat changes no data); else None."""
    said = " ".join((turn.message.text or "").split())
    topic = just_said(turn) or ""
    if turn.message.payload is not None or not topic.startswith(f"{TOPIC}.correct"):
        return None
    if not _FIXED.search(said.lower()) or len(said.split()) > STORY_WORDS // 4:
        return None
    remember(turn, topic)
    told = [str(text) for text in (turn.session.profile.get("recent") or [said])[-2:]]
    report = file_complaint(turn, fix_shown="nik", story=masked(" ".join(told)))
    return [turn.reply("data_rights.correct_told", report, turn.menu_button())]


def _follow_up(turn: FlowTurn) -> Right | None:
    """Right after "I can't check someone else's data", another detail of theirs ("nomor hp
    nya 0812...", "kalo email nya aja?", "itu nik adek aku"): the same answer. Right after a
    correction's answer, "ganti nama bisa?": the same answer (not the payout account's name)."""
    said = " ".join((turn.message.text or "").lower().split())
    if (just_said(turn) or "").startswith(f"{TOPIC}.correct"):
        return "correct" if _DETAIL.search(said) and _CHANGE.search(said) else None
    if just_said(turn) != TOPIC:
        return None
    message = turn.message
    detail = _ANOTHER_DETAIL.search(said) or any(
        message.entity(name) is not None for name in ("nik", "phone", "email")
    )
    return "others" if detail and len(said.split()) <= 8 else None


__all__ = ["TOPIC", "Right", "answer", "buttons", "reply", "right"]
