"""Account problems met while signing up, each with its own answer instead of the general list
of account problems: an email mistyped when the account was made ("pas bikin akun emailnya
salah ketik", then "bisa bikin akun baru pake email lain?"), an email "sudah digunakan" on a
first sign-up, the phone number used to register gone before registering was finished ("nomor
hp aku yg buat daftar udah hangus, padahal blm selesai daftar"), a date of birth typed wrong
("salah masukin tanggal lahir pas daftar, bisa diubah?"), and the phone's SMS code said formally
("kendala pada tahap verifikasi nomor telepon. Kode OTP tidak kunjung diterima": the SMS
checks, not the email code's). Facts: DOMAIN.md "Registration steps" (email verified, then
login, then NIK; phone OTP by SMS later; email OTP 5 resends then 2 hours); one NIK, one
account (``kb.nik_taken_why``)."""

from __future__ import annotations

import re

from flows import otp_sms_help
from flows.complaint_topics import file_complaint
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

_EMAIL = r"(?:e-?mail|surel|gmail)"
_TYPO = re.compile(
    rf"\b{_EMAIL}\w*\b.{{0,30}}\b(?:salah (?:ketik|tulis|input|masuk\w*|isi|nulis|ngetik)|"
    r"typo\w*|keliru|kurang (?:satu )?huruf|kelebihan huruf|mistyped|misspelled)\b"
    r"|\b(?:salah|keliru)\s+(?:ketik|tulis|input|masukin|masukkan|masukan|isi|ngisi|ngetik|nulis)"
    rf"\w*\s+(?:\w+\s+){{0,2}}?{_EMAIL}|\btypo\w*\s+(?:\w+\s+){{0,2}}?{_EMAIL}"
    rf"|\b(?:mistyped|misspelled|typo in|wrong)\s+(?:my\s+|the\s+)?{_EMAIL}"
)
"""The account's email mistyped ("emailnya salah ketik", "salah tulis email", "typo email")."""
_NEW_ACCOUNT = re.compile(
    r"\b(?:akun|account)\s+(?:baru|lain|new)\b|\b(?:daftar|bikin|buat)\s+(?:\w+\s+)?(?:ulang|lagi|lg)"
    rf"\b|\bnew account\b|\b{_EMAIL}\s+(?:lain|baru|yg bener|yang benar|yg benar|other|another)\b"
)
"""A new account, or another email, asked right after the mistyped email."""
_USED = re.compile(
    rf"\b{_EMAIL}\w*\b.{{0,20}}\b(?:sudah|udah|udh|sdh|telah|dah|uda)?\s*(?:di ?gunakan|dipakai|"
    r"dipake|terpakai|kepake|kepakai|terdaftar|didaftarkan|already (?:used|registered|taken|in use|"
    r"exists))\b|\b(?:already|is already)\s+(?:used|registered|taken|in use)\b.{0,15}\bemail"
)
"""The email said to be in use already ("email sudah digunakan", "email already registered")."""
_WHETHER = re.compile(
    r"\b(?:belum|blm|ga|gak|nggak|tidak)\W*$|\b(?:apakah|whether|is my)\b"
    r"|\b(?:atau|apa|ato) (?:belum|blm|tidak|ga|gak)\b"
)
_TOLD = re.compile(r"\b(?:katanya|muncul|tulisan|pesan|notif\w*|keterangan|says|said|message)\b")
"""Said by the site, not asked whether."""
_FORGOT = re.compile(r"\b(?:lupa|lupain|forgot|forget|ga inget|gak inget|tidak ingat)\b")
_SOMEONE = re.compile(r"\b(?:orang lain|org lain|seseorang|someone|somebody|hacker)\b")
_NIK = re.compile(r"\b(?:nik|kk|ktp)\b")
_PHONE = r"(?:nomor|nomer|no\.?|hp|handphone|telepon|telp|ponsel|kartu sim|sim ?card|phone|number)"
_GONE = (
    r"(?:hangus|mati|(?:ga|gak|gk|nggak|ngga|tidak|tdk|udah ga|udh ga|sudah tidak)\s*aktif|"
    r"nonaktif|non aktif|hilang|ilang|kadaluarsa|kedaluwarsa|expired|inactive|dead|diblokir)"
)
_PHONE_GONE = re.compile(rf"\b{_PHONE}\b.{{0,40}}\b{_GONE}\b")
_SIGNING_UP = re.compile(
    r"\b(?:daftar|mendaftar|pendaftaran|registrasi|regis|sign ?up|register\w*|registering)\b"
)
"""Registering named: the number was gone before registering was done."""
_BIRTH = r"(?:tanggal lahir|tgl lahir|tgl lhr|tanggal lhr|ttl|date of birth|birth ?date|dob)"
_WRONG = r"(?:salah|keliru|typo|wrong|mistyped|incorrect)"
_BIRTH_WRONG = re.compile(
    rf"\b{_WRONG}\s+(?:\w+\s+){{0,2}}?{_BIRTH}\b|\b{_BIRTH}\w*\b.{{0,25}}\b{_WRONG}\b"
)
"""A date of birth typed wrong ("salah masukin tanggal lahir", "tgl lahirnya salah")."""
_BIRTH_TYPED = re.compile(
    r"\bsalah\s+(?:masukin|masukkan|masukan|isi|ngisi|input|ketik|ngetik|tulis|nulis|pilih)\b"
)
"""Typed wrong by the user ("salah masukin"), not data found wrong."""
_ELSEWHERE = re.compile(r"\b(?:ktp|e-?ktp|kk|dukcapil|akta|ijazah|rekening|e-?wallet)\b")
"""The date wrong on a document or elsewhere: not one typed while registering."""
_PHONE_CHECK = re.compile(
    r"\b(?:verifikasi|verif|validasi|konfirmasi)\s+(?:\w+\s+)?(?:nomor|nomer|no\.?)\s*(?:hp|"
    r"telepon|telp|telpon|handphone|ponsel)\b|\bphone (?:number )?verification\b"
    r"|\bverify(?:ing)? (?:my |the )?phone\b"
)
_CODE_MISSING = re.compile(
    r"\b(?:otp|kode)\b.{0,30}\b(?:tidak|tdk|ga|gak|gk|belum|blm|nggak|ngga)\s+(?:kunjung\s+|juga\s+"
    r"|pernah\s+|bisa\s+)?(?:di ?terima|terima|masuk|datang|dateng|sampai|sampe|muncul|nyampe)\b"
    r"|\b(?:didn'?t|did not|never|not)\s+(?:get|receive|received|arrive)\b"
)
"""The phone's verification named with a code that does not come (formal or not)."""
TYPO = "signup_email_typo"
"""``flows.last_answer`` topic of the mistyped email's answer."""


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """The sign-up problem's own answer, else None."""
    text = " ".join((turn.message.text or "").lower().split())
    if not text or turn.message.payload is not None:
        return None
    if just_said(turn) == TYPO and _NEW_ACCOUNT.search(text):
        return _reply(turn, "email_typo_new_account", "account_recovery")
    if _TYPO.search(text) and not re.search(r"\b(?:password|sandi|pw)\b", text):
        remember(turn, TYPO)  # "bisa bikin akun baru pake email lain?" next
        return _reply(turn, "email_typo", "account_recovery")
    told = _TOLD.search(text) or not _WHETHER.search(text)  # not "email aku udh terdaftar blm?"
    told = told and not _FORGOT.search(text)  # "lupa email yg dipake daftar": a lost login
    told = told and not _SOMEONE.search(text)  # "email aku dipake orang lain": taken over
    if _USED.search(text) and told and not _NIK.search(text):
        return _reply(turn, "email_used", "account_recovery")
    if _PHONE_GONE.search(text) and _SIGNING_UP.search(text) and not _NIK.search(text):
        return _reply(turn, "phone_gone", "account_recovery")
    typed = _BIRTH_TYPED.search(text) or _SIGNING_UP.search(text)  # not "di data ku salah"
    if _BIRTH_WRONG.search(text) and typed and not _ELSEWHERE.search(text):
        return _reply(turn, "birth_date_wrong", "nik")
    if _PHONE_CHECK.search(text) and _CODE_MISSING.search(text) and not re.search(_EMAIL, text):
        return otp_sms_help.answer(turn)
    return None


def _reply(turn: FlowTurn, key: str, topic: str) -> list[Outbound]:
    report = file_complaint(turn, topic=topic)
    return [turn.reply(f"signup_help.{key}", report, turn.menu_button())]


__all__ = ["TYPO", "answer"]
