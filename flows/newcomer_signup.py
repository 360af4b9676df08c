"""Where and from where one registers, asked by a newcomer: at a village office or Disnaker
("bisa daftar di kantor desa atau disnaker gak? saya gaptek", "Apakah pendaftaran dapat
dilakukan melalui kantor kelurahan?"), or with a KTP address other than where one lives ("alamat
di ktp beda sama domisili sekarang, ngaruh ga buat daftar?", "ktp saya jawa timur tapi saya
tinggal di bekasi, bisa daftar? pelatihannya harus di jatim?"). Registration is done by oneself
online at prakerja.go.id and is free; family may help fill it in (DOMAIN.md "Registration
steps"); no offline counter is known, said honestly with the official channel. No rule names
the address or domicile, and most courses are online (offline ones in some provinces). Before
(p23 probe) these got the eligibility check, buttons, the steps or a course search."""

from __future__ import annotations

import re

from flows.eligibility_relatives import kin_of
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

MAX_WORDS = 40

_REGISTER = re.compile(
    r"\b(?:daftar\w*|pendaftaran|mendaftar|mendaftarkan|registrasi|regis|register\w*|"
    r"sign ?up|apply|application)\b"
)
_OFFICE = re.compile(
    r"\b(?:kantor (?:desa|kelurahan|kecamatan|camat|lurah|dinas|pos)|balai desa|kelurahan|"
    r"kecamatan|disnaker\w*|dinas (?:tenaga kerja|ketenagakerjaan)|offline|luring|"
    r"datang langsung|langsung datang|loket|tatap muka|in person|village office|walk[- ]?in|"
    r"manpower office)\b"
)
_NO_TECH = re.compile(
    r"\b(?:gaptek|gak ngerti hp|ga ngerti hp|tidak paham hp|ga bisa (?:pake|pakai) hp|"
    r"not tech[- ]?savvy|not good with (?:phones|technology))\b"
)
_FOR_OTHER = re.compile(
    r"\b(?:daftarin|daftarkan|mendaftarkan|didaftarin|teman|temen|tetangga|orang lain|"
    r"someone else|my friend)\b"
)
_COURSE = re.compile(r"\b(?:pelatihan\w*|kelas|kursus|course|training|class)\b")
_DOMICILE = re.compile(
    r"\b(?:domisili|domicile|alamat (?:di )?ktp|ktp (?:saya |aku |sy |ku |gw )?(?:\w+ ){0,3}"
    r"(?:tapi|tp|tetapi|sedangkan|padahal) (?:saya |aku |sy |gw )?(?:tinggal|domisili|kerja|"
    r"merantau|ngekos|ngontrak|kos)|merantau|perantau\w*|beda (?:kota|provinsi|daerah|alamat)|"
    r"luar (?:kota|provinsi|daerah)|different (?:city|province|address)|"
    r"(?:address|id card|ktp) (?:is|says) \w+ but i live)\b"
)
_ABROAD = re.compile(r"\b(?:luar negeri|abroad|overseas|negara lain|another country)\b")
_CHANGE = re.compile(r"\b(?:ubah|ganti|perbarui|update|pindah\w* data|koreksi|benerin)\b")
_ASKS = re.compile(
    r"\?|\b(?:bisa|bs|boleh|blh|apakah|ngaruh|pengaruh|berpengaruh|masalah|harus|gimana|gmn|"
    r"can|does|do|must)\b"
)


def _text(turn: FlowTurn) -> str | None:
    text = " ".join((turn.message.text or "").lower().split())
    if turn.message.payload is not None or turn.session.flow is not None or not text:
        return None
    return text if len(text.split()) <= MAX_WORDS else None


def _key(text: str) -> str | None:
    if not _ASKS.search(text):
        return None
    if _DOMICILE.search(text) and not _ABROAD.search(text) and not _CHANGE.search(text):
        return "newcomers.domicile"
    if kin_of(text) is not None or _FOR_OTHER.search(text):  # "daftarin ibu, ga bisa pake hp"
        return None  # registering another: ``eligibility.note.for_someone``
    registers = _REGISTER.search(text) is not None
    if registers and _OFFICE.search(text) and not _COURSE.search(text):
        return "newcomers.offline"
    if registers and _NO_TECH.search(text):  # "saya gaptek, bisa daftar?"
        return "newcomers.offline"
    return None


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """Outside a flow: registering at an office, or with another domicile, asked about: how it
    is done, or that it does not matter; else None."""
    text = _text(turn)
    key = None if text is None else _key(text)
    if key is None:
        return None
    register = turn.button("menu.register", "topic:register")
    check = turn.button("menu.eligibility", "flow:eligibility")
    line = turn.say(key, contact_centre=turn.ctx.programme.contact_centre)
    return [Outbound(line, (register, check, turn.menu_button()))]


__all__ = ["answer"]
