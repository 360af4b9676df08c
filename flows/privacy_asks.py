"""One's NIK (or KTP, KK, phone number) asked about in this chat, whatever the NLU read: who
can see it once typed here ("siapa aja yg bisa liat NIK aku kalo aku ketik disini?", read as
help: the same answer as "yg bisa liat data aku siapa aja", ``data_rights.who_sees``); whether
it is safe or sold ("NIK aku aman kan disini? ga dijual ke pinjol kan": how data is kept,
``kb.privacy``); and why it is shown only in part ("kok NIK aku ga disebut lengkap": masked on
purpose, before: a selection answer); whether it is shown in full ("nik sy keliatan full
ga?": no, always masked; before, "Maksud kamu yang mana?")."""

from __future__ import annotations

import re

from flows import nik_why
from flows.account import privacy
from flows.data_rights import reply as right_reply
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

MAX_WORDS = 20
"""A short question; a longer message tells a story of its own."""

_ID = re.compile(
    r"\b(?:nik\w*|ktp\w*|kk\w*|no(?:mor|mer)?\s+(?:hp|wa|telp\w*)\w*|e-?mail\w*|identitas)\b"
)
"""One's number or identity named ("NIK aku", "ktp ku", "nomor hp aku")."""
_WHO = re.compile(r"\b(?:siapa\w*|sapa|who)\b")
_SEES = re.compile(
    r"\b(?:lihat|liat|ngeliat|melihat|dilihat|diliat|baca|membaca|dibaca|akses|mengakses|"
    r"diakses|tau|tahu|see|sees|read|access)\b"
)
_SAFE = re.compile(
    r"\b(?:aman\w*|bocor\w*|disebar\w*|dijual\w*|jual\w*|disalahgunakan|salahgunakan|"
    r"dipake\s+orang|dipakai\s+orang|pinjol|safe|secure|leak\w*|sold|sell\w*|misuse\w*)\b"
)
_PARTIAL = re.compile(
    r"\b(?:ga|gak|gk|nggak|ngga|enggak|tidak|tdk|not)\s+(?:\w+\s+){0,2}?(?:lengkap|utuh|full|"
    r"complete)\b"
)
_SHOWN = re.compile(
    r"\b(?:disebut\w*|sebut\w*|ditampil\w*|tampil\w*|ditulis\w*|tulis\w*|muncul\w*|"
    r"keliatan|kelihatan|terlihat|dikasih\s+liat|shown|displayed|show\w*)\b"
)
_MASKED = re.compile(
    r"\b(?:disensor|sensor\w*|bintang\w*|disamar\w*|samar\w*|ditutup\w*|dipotong|kepotong|"
    r"diumpetin|disembunyi\w*|masked|hidden|asterisks?)\b|\*{2,}"
)
"""Shown only in part asked ("kok NIK aku ga disebut lengkap", "kok ada bintang2nya")."""
_FULL = re.compile(r"\b(?:full|lengkap|utuh|complete|in full|semua angka\w*)\b")
"""Shown in full asked ("nik sy keliatan full ga?", "NIK aku ditampilin lengkap?")."""
_OTHER = re.compile(
    r"\b(?:ganti\w*|gnti|ubah\w*|diubah|mengubah|update\w*|change\w*|pindah\w*|insentif\w*|"
    r"incentive\w*|saldo|pelatihan|sertifikat\w*)\b"
)
"""A change or another topic named ("mau ganti no hp tapi insentif aku masih proses, aman
ga?"): that topic's own answer (``flows.incentive_phone``), not how data is kept."""
_TELLS = re.compile(r"\b\d{6,}\b")
"""A number typed: a NIK given or looked up is read elsewhere (``route_numbers``)."""


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """The answer to a question about one's NIK or contact data in this chat, else None."""
    message = turn.message
    text = " ".join((message.text or "").lower().split())
    if message.payload is not None or turn.session.flow is not None or not text:
        return None
    if len(text.split()) > MAX_WORDS or not _ID.search(text) or _TELLS.search(text):
        return None
    if _OTHER.search(text):
        return None
    own = nik_why.answer(turn)  # "aman ga kasih nik disini", "nik buat apa": the NIK's own
    if own is not None:  # answers (``kb.nik_safe``, ``kb.nik_why``), not how data is kept
        return own
    if _WHO.search(text) and _SEES.search(text):  # "siapa aja yg bisa liat NIK aku"
        return [right_reply(turn, "who_sees")]
    if _MASKED.search(text) or (_PARTIAL.search(text) and _SHOWN.search(text)):
        return [turn.reply("privacy_asks.masked", turn.menu_button())]  # shown in part
    if _SHOWN.search(text) and _FULL.search(text):  # "nik sy keliatan full ga?": never
        return [turn.reply("privacy_asks.full_shown", turn.menu_button())]
    if _SAFE.search(text):  # "NIK aku aman kan disini? ga dijual ke pinjol kan"
        return [privacy(turn)]
    return None


__all__ = ["answer"]
