"""What a voucher or redeem code's trouble says, answered for that trouble rather than with the
codes' general text (probe p22b D30, D31):

- "kode redeem muncul \"kode sudah digunakan\" padahal blm pernah": not retried again and again;
  the code copied exactly (the redeem code, not the voucher code), then the provider through the
  platform with a screenshot, then a complaint (DOMAIN.md complaint 11: redeem-code errors);
- "the redeem code says invalid, the webinar starts at 2pm and I'm entering it at 1:30": the
  time is inside the window (``flows.live_class.window`` says so), so the error is no matter of
  time: what to check, then the provider before the window closes, then a complaint;
- "sy beli di tokopedia tp kode voucher ga muncul di email": the codes are also in the Prakerja
  dashboard and the platform's purchase details; "udh cek spam jg" next: those two places, then
  a complaint with the platform and the invoice number.
Codes are never asked for (DOMAIN.md "Never ask for")."""

from __future__ import annotations

import re

from flows import class_times
from flows.complaint_topics import file_complaint
from flows.last_answer import just_said, remember
from flows.live_class import keep, window
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.training_help import LIVE_CLASS, REDEEM

MAX_WORDS = 30
CODE_MISSING = "redeem_code_missing"
"""``flows.last_answer`` topic: the codes not in the email were answered."""
_TOPIC = "purchase_redeem"
"""The complaint category offered (DOMAIN.md complaint 11: purchase / redeem-code errors)."""
_CODE = re.compile(r"\b(?:kode\w*|code\w*|voucher\w*|vocer\w*|redeem\w*|redem)\b")
_USED = re.compile(
    r"\b(?:sudah|udah|udh|sdh|dah|telah|already|has been|was|been)\s+(?:di|ter)?"
    r"(?:gunakan|digunakan|pakai|pake|dipakai|dipake|terpakai|redeem\w*|used|claimed|klaim\w*|"
    r"diklaim|ditukar\w*|tukar\w*)\b"
)
"""The error of a code already used ("kode sudah digunakan", "code has already been used")."""
_TOLD = re.compile(
    r"[\"“”']|\b(?:muncul\w*|katanya|ktnya|tulisan\w*|pesan\w*|error|eror|notif\w*|keterangan|"
    r"bilang|says?|said|show\w*|message|padahal|pdhl|never|(?:blm|belum) pernah)\b"
)
"""An error shown, or a use denied ("muncul ...", "katanya", "padahal blm pernah"): not a
code simply used ("kode redeem udah dipake, trs sertifikatnya kapan")."""
_INVALID = re.compile(
    r"\b(?:invalid|tidak valid|ga valid|gak valid|gk valid|not valid|salah|error|eror|gagal|"
    r"ditolak|rejected|fail\w*|(?:ga|gak|gk|nggak|tidak|tdk) bisa|gabisa|doesn'?t work|"
    r"not working|won'?t work)\b"
)
_EMAIL = re.compile(r"\b(?:e-?mail\w*|imel\w*|gmail|inbox)\b")
_NOT_THERE = re.compile(
    r"\b(?:(?:ga|gak|gk|nggak|ngga|enggak|tidak|tdk|belum|blm)\s*(?:muncul|ada|masuk|dapet|"
    r"dapat|nongol|keliatan|kelihatan|dikirim|terkirim)|hilang|ilang|not (?:in|there|received|"
    r"showing)|didn'?t (?:get|receive|come)|never (?:got|came|arrived)|missing|no)\b"
)
_LOGIN_CODE = re.compile(
    r"\b(?:otp\w*|kode (?:verifikasi|login|masuk)|verification code|login code|one[- ]time)\b"
)
"""The login's code by email, not a voucher or redeem code (``flows.account_help``)."""
_NOWHERE = re.compile(
    r"\b(?:dashboard|dasbor|platform\w*|riwayat|transaksi\w*|aplikasi|app|tokopedia|bukalapak|"
    r"pintaria|pijar\w*|sekolahmu|kariermu|maubelajarapa|sisnaker)\b.{0,25}"
    r"\b(?:ga|gak|gk|nggak|ngga|enggak|tidak|tdk|blm|belum|not|no|nothing)\s*(?:ada|muncul|"
    r"nongol|keliatan|kelihatan|there|showing|either)?\b"
)
"""Looked in the other places too: "di dashboard jg ga ada", "not in the platform either"."""
_WAITED = re.compile(
    r"^(?:\w+\s+)?(?:udah|udh|sudah|sdh|dah|already|it'?s been|been)\s+(?:\d+|dua|tiga|seminggu|"
    r"sehari|berhari\W?hari|beberapa)\s*(?:hari|hr|minggu|days?|weeks?)?\b"
)
"""Waited long already: "udah 2 hari", "been 3 days"."""
_CHECKED = re.compile(
    r"\b(?:spam\w*|promosi|promotions?|junk|sampah|udh cek|udah cek|sudah cek|sdh cek|"
    r"udh dicek|udah dicek|sudah dicek|already checked|checked)\b"
)


def used(turn: FlowTurn) -> list[Outbound] | None:
    """ "kode sudah digunakan" though never used: what to check, then whom to ask."""
    text = turn.message.words
    if turn.message.payload is not None or not text or len(text.split()) > MAX_WORDS:
        return None
    if not (_CODE.search(text) and _USED.search(text) and _TOLD.search(text)):
        return None
    remember(turn, REDEEM)  # "udah coba 3x tetep gagal" next: the troubleshooting, a ticket
    report = file_complaint(turn, topic=_TOPIC)
    return [turn.reply("redeem_errors.used", report, turn.menu_button())]


def invalid_in_time(turn: FlowTurn) -> list[Outbound] | None:
    """An error with the code entered inside its window: the window, then what to check."""
    text = turn.message.words
    if turn.message.payload is not None or not text or len(text.split()) > MAX_WORDS:
        return None
    if not (_CODE.search(text) and _INVALID.search(text)):
        return None
    said = class_times.said(text)
    if said is None or said.start is None or said.entry is None:
        return None
    start, entry = said.start, said.entry
    if start.loose and not entry.loose:
        start = start.near(entry)
    width = turn.ctx.programme.redeem_window_hours * 60
    if abs(class_times.offset(entry.near(start).minutes, start.minutes)) > width:
        return None  # outside the window: the time is the reason (``flows.live_class``)
    keep(turn, start, entry)
    remember(turn, LIVE_CLASS)  # "masih gagal" next: the complaint (``flows.redeem_tried``)
    told = window(turn, start, entry)
    report = file_complaint(turn, topic="provider")
    steps = turn.reply("redeem_errors.invalid_in_time", report, turn.menu_button())
    return [Outbound(told.text), steps]


def missing_from_email(turn: FlowTurn) -> list[Outbound] | None:
    """The codes not in the email; "udh cek spam jg" right after: the other places, a ticket."""
    text = turn.message.words
    if turn.message.payload is not None or not text or len(text.split()) > MAX_WORDS:
        return None
    missing = bool(_CODE.search(text) and _EMAIL.search(text) and _NOT_THERE.search(text))
    missing = missing and not _LOGIN_CODE.search(text)  # "i didnt get the otp code on my email"
    after = just_said(turn) == CODE_MISSING and len(text.split()) <= 10
    if after and (_NOWHERE.search(text) or _WAITED.search(text)):
        key = "redeem_errors_more.nowhere"  # "di dashboard jg ga ada", "udah 2 hari": a ticket
    elif after and _CHECKED.search(text):
        key = "redeem_errors.still_missing"
    elif missing and not (_USED.search(text) or _INVALID.search(text)):
        key = "redeem_errors.not_in_email"
    else:
        return None
    remember(turn, CODE_MISSING)
    report = file_complaint(turn, topic=_TOPIC)  # (it notes the topic: only when answered)
    return [turn.reply(key, report, turn.menu_button())]


__all__ = ["CODE_MISSING", "invalid_in_time", "missing_from_email", "used"]
