"""The account's email: its verification link ("link verifikasi email udh kadaluarsa", "email
verifikasi ga masuk"), logging in once it is verified ("udah verifikasi email, trus gimana
login nya?": email and password, then the email's OTP) and changing it ("mau ganti email akun
prakerja"), answered before the payout helpers, which would read "verifikasi" as an e-wallet's
upgrade and "change my email account" as changing the payout account. A message that also
names the phone gets the phone's steps too; one about a bank or e-wallet, a code (OTP) or a
taken-over account is left to their own answers."""

from __future__ import annotations

import re
from collections.abc import Callable

from flows import account_signup
from flows.complaint_topics import PAYOUT_NAMED, file_complaint
from flows.last_answer import remember
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.turn import Ask, Message

INTENTS = ("account_access", "payment_account", "register", "help", "out_of_scope", "inform")
"""The intents such a message is read as."""

_EMAIL = r"(?:e-?mail|surel|gmail)"
_VERB = (
    r"(?:verifikasi|verif|aktivasi|konfirmasi|verification|verify|activation|activate|"
    r"confirmation)"
)
_VERIFY_EMAIL = re.compile(
    rf"\b(?:{_EMAIL}|link|tautan)\b(?:\s+\w+){{0,3}}?\s+{_VERB}\b"
    rf"|\b{_VERB}\s+(?:\w+\s+){{0,2}}?(?:{_EMAIL}|link|tautan)\b"
)
"""The email's verification link ("link verifikasi email", "verify my email")."""
_NOT_THE_EMAIL = re.compile(
    rf"\b(?:kode|otp|code)\b|\b{_VERB}\s+(?:wajah|muka|face|ktp|e-?ktp|nik|hp|no|nomor|nomer|"
    r"phone|sms|identitas|data)\b"
)
"""A code (the login OTP), or checking the face, the phone or the identity."""
_DONE = r"(?:udah|udh|uda|sudah|sdh|dah|telah|already|i|i'?ve|have|has been|was|is)"
_CHECKED = r"(?:ter|di)(?:verifikasi|verif|konfirmasi|aktivasi)"
_VERIFIED = re.compile(
    rf"\b{_DONE}\s+(?:{_CHECKED}|{_VERB})\w*\s+(?:\w+\s+){{0,2}}?{_EMAIL}\b"
    rf"|\b(?:verified|confirmed|activated)\s+(?:\w+\s+){{0,2}}?{_EMAIL}\b"
    rf"|\b{_EMAIL}\w*(?:\s+\w+){{0,2}}?\s+(?:{_DONE}\s+)?(?:{_CHECKED}|verified|confirmed|activated)\b"
    rf"|\b{_EMAIL}\w*(?:\s+\w+){{0,2}}?\s+{_DONE}\s+(?:verifikasi|verif|verify)\b"
)  # fmt: skip
"""The email verified already: "udah verifikasi email", "email sudah terverifikasi", "I verified
my email", "my email is verified"."""
_NOT_VERIFIED = re.compile(
    r"\b(?:belum|blm|ga|gak|gk|nggak|ngga|tidak|tdk|not|never|isn'?t|hasn'?t|haven'?t|can'?t|"
    r"cannot|couldn'?t|bisa|gagal|failed)\s+(?:\w+\s+)?(?:ter|di)?(?:verifikasi|verif|verify|"
    r"verified|konfirmasi|aktivasi)"
    r"|kadaluarsa|kedaluwarsa|kadaluwarsa|expired|\b(?:ga|gak|gk|tidak|tdk|belum|blm|nggak|ngga)"
    r"\s+(?:masuk|dapet|dapat|nyampe|sampai|datang|dateng)\b"
)
"""Not verified after all, or its email not come: the verification answer."""
_NOT_YET = r"(?:belum|blm|ga|gak|gk|nggak|ngga|tidak|tdk|not|never|isn'?t|hasn'?t|wasn'?t)"
_CHECKED_FORM = r"(?:(?:ter|di) ?(?:verifikasi|verif|konfirmasi|aktivasi)|verified|confirmed)"
_UNVERIFIED = re.compile(
    rf"\b{_EMAIL}\w*(?:\s+\w+){{0,3}}?\s+{_NOT_YET}\s+(?:bisa\s+|be\s+|been\s+|yet\s+)?"
    rf"{_CHECKED_FORM}\b"
    rf"|\b{_NOT_YET}\s+(?:bisa\s+)?{_CHECKED_FORM}\w*\s+(?:\w+\s+){{0,2}}?{_EMAIL}"
    rf"|\bunverified\s+(?:\w+\s+)?{_EMAIL}|\b{_EMAIL}\w*(?:\s+\w+){{0,2}}?\s+unverified\b"
)
"""The email said not to be verified, in the passive ("email aku belum terverifikasi", "email
blm diverifikasi", "belum terverifikasi emailnya", "my email is not verified"): the
verification answer, not the general account list."""
_LOGIN = re.compile(
    r"\b(?:login\w*|log in|log-in|masuk\w*|sign ?in|akses|access)\b"
    r"|\b(?:trus|terus|trs|lalu|abis itu|habis itu|setelah itu|selanjutnya|next|then|now what|"
    r"what now|gimana|gmn|bagaimana|how)\b"
)
"""Logging in, or what comes next (logging in is the next step)."""


def verified_login(message: Message) -> bool:
    """The email is verified, and how to log in (or what next) is asked: "udah verifikasi email,
    trus gimana login nya?", "email sudah terverifikasi tapi gak bisa masuk"."""
    lowered = " ".join((message.text or "").lower().split())
    if not _VERIFIED.search(lowered) or _NOT_VERIFIED.search(lowered):
        return False
    return bool(_LOGIN.search(lowered)) and not _NOT_THE_EMAIL.search(lowered)


_CHANGE = (
    r"(?:ganti|gnti|ubah|ngubah|mengganti|mengubah|update|change|pindah|edit|perbarui|"
    r"perbaharui)"
)
_SECRET = r"(?:password|pass|sandi|pw|kata)"
_OTHER_DETAIL = r"(?:hp|no|nomor|nomer|nmr|phone|wa|nik|nama|rekening|rek)\b"
_WISH = r"(?:mau|mo|mw|ingin|pengen|pgn|pingin|tolong|minta|bisa|want to|need to)"
_CHANGE_EMAIL = re.compile(
    rf"\b{_CHANGE}\w*\s+(?:(?!{_SECRET})\w+\s+){{0,3}}?{_EMAIL}\b"
    rf"|\b{_EMAIL}\w*\b(?:\W+(?!{_SECRET}|{_OTHER_DETAIL})\w+){{0,3}}?\W+{_WISH}\s+{_CHANGE}\w*\b"
    rf"(?!\W+(?:{_SECRET}|{_OTHER_DETAIL}))"
)
"""Changing the email: "mau ganti email akun", "email sy salah, mau ganti ke x@gmail.com"."""
_PHONE = re.compile(r"\b(?:no\.? ?hp|nomor|nomer|hp|handphone|phone number|phone)\b")
_TAKEN = re.compile(
    r"\b(?:dibajak|kebajak|bajak|dihack|di hack|diretas|hacked|hijacked|orang lain|org lain|"
    r"seseorang|someone)\b"
)
"""Someone else changed it: the taken-over account's urgent steps (``account_help``)."""


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """The verification link's answer, or changing the email's, else None; first a problem met
    while signing up (``flows.account_signup``: a mistyped email, an email in use, ...)."""
    signing_up = account_signup.answer(turn)
    if signing_up is not None:
        return signing_up
    lowered = " ".join((turn.message.text or "").lower().split())
    if _TAKEN.search(lowered) or PAYOUT_NAMED.search(lowered):
        return None
    if _CHANGE_EMAIL.search(lowered):
        return [_change_email(turn, phone_too=bool(_PHONE.search(lowered)))]
    if verified_login(turn.message):  # the next step: logging in, with the email's OTP
        return [login_steps(turn)]
    link = _VERIFY_EMAIL.search(lowered) or _UNVERIFIED.search(lowered)
    if link and not _NOT_THE_EMAIL.search(lowered):
        report = file_complaint(turn, topic="otp_login")
        remember(turn, VERIFY_EMAIL)  # "udh kirim ulang 5x" next: the wait
        return [turn.reply("kb.verify_email", report, turn.menu_button())]
    return None


def login_steps(turn: FlowTurn) -> Outbound:
    """How to log in once the email is verified: email and password, then the email's OTP (5
    resends, then a 2-hour wait; DOMAIN.md "Registration steps")."""
    remember(turn, "otp_login")  # "harus nunggu brp lama?" next: the wait before a new code
    report = file_complaint(turn, topic="otp_login")
    return turn.reply("kb.login_steps", report, turn.menu_button())


def _change_email(turn: FlowTurn, *, phone_too: bool) -> Outbound:
    report = file_complaint(turn, topic="account_recovery")
    remember(turn, CHANGE_EMAIL)  # "emailnya udh ga aktif" next: account recovery
    if not phone_too:
        return turn.reply("kb.change_email", report, turn.menu_button())
    both = "\n\n".join((turn.say("kb.change_phone_steps"), turn.say("kb.change_email")))
    return Outbound(both, (report, turn.menu_button()))


VERIFY_EMAIL = "verify_email"
CHANGE_EMAIL = "change_email"
"""``flows.last_answer`` topics of the two answers."""
_RESENT = re.compile(
    r"\b(?:kirim ulang|kirim lagi|kirim lg|dikirim ulang|minta ulang|resen[dt]|send again)\b"
    r"|\b\d+ ?(?:x|kali|times)\b|\bberkali[- ]?kali\b"
)
"""The verification email was sent again, maybe many times ("udh coba kirim ulang 5x")."""
_LOST = re.compile(
    r"\b(?:ga|gak|gk|nggak|ngga|tidak|tdk|udah? ga|udh ga|sudah tidak|not|no longer) ?aktif\b"
    r"|\b(?:nonaktif|non aktif|mati|hilang|dihapus|kehapus|inactive|deactivated|deleted)\b"
    r"|\b(?:ga|gak|tidak|tdk|nggak) bisa (?:dibuka|diakses|dipakai|login|masuk)\b"
    r"|\b(?:no longer (?:active|exists|works?)|lost access|can'?t access)\b"
)
"""The registered email is no longer usable ("emailnya udh ga aktif")."""


def _resent(turn: FlowTurn) -> list[Outbound] | None:
    report = file_complaint(turn, topic="otp_login")
    return [turn.reply("kb.verify_email_resent", report, turn.menu_button())]


def _lost(turn: FlowTurn) -> list[Outbound] | None:
    report = file_complaint(turn, topic="account_recovery")
    return [turn.reply("kb.email_lost", report, turn.menu_button())]


def _now(answer: Callable[[FlowTurn], list[Outbound] | None]) -> Callable[[FlowTurn], Answer]:
    def asked(turn: FlowTurn) -> Answer:
        return answer(turn)
        yield  # asks nothing

    return asked


def resent(text: str) -> bool:
    """The verification email said resent many times ("udh coba kirim ulang 5x")."""
    return bool(_RESENT.search(" ".join(text.lower().split())))


Answer = Ask[list[Outbound] | None]
FOLLOW_UPS: dict[str, tuple[re.Pattern[str], Callable[[FlowTurn], Answer]]] = {
    VERIFY_EMAIL: (_RESENT, _now(_resent)),
    CHANGE_EMAIL: (_LOST, _now(_lost)),
}
"""Entries of ``flows.follow_ons.FOLLOW_UPS``: right after the verification answer, the email
resent many times (5 resends, then a 2-hour wait); after changing it, the email lost."""


__all__ = [
    "CHANGE_EMAIL", "FOLLOW_UPS", "INTENTS", "VERIFY_EMAIL", "answer", "login_steps", "resent",
    "verified_login",
]  # fmt: skip
