"""An error message pasted or quoted from the Prakerja site, answered for what it says
(probe p23d): "Terjadi kesalahan, silakan coba beberapa saat lagi" or "Error 500 Internal Server
Error" (the site's trouble: try again later, then a complaint about logging in) and "Email atau
kata sandi salah" (the login refused: the exact email, then "Lupa Password"). Before, the
first was out of scope, the second the general list and the third the complaint's topics with
no word about it. The error is kept for the next short message ("udah clear cache", "caps lock
ga nyala kok", "itu pas buka dashboard prakerja"): still there, so a complaint that carries it
(its story), not "belum paham"."""

from __future__ import annotations

import re

from flows.complaint_story import masked
from flows.complaint_topics import file_complaint
from flows.last_answer import just_said, remember
from flows.messages import MAX_TEXT_LENGTH, Outbound
from flows.runtime import controls
from flows.runtime.machine import FlowTurn

SERVER, CREDENTIALS = "login_error_server", "login_error_credentials"
"""``flows.last_answer`` topics: which error was answered."""
ERROR = "_login_error"
"""``session.profile`` key: the error message told (masked), for the complaint's story."""
_CATEGORY = "otp_login"
"""The complaint's category (DOMAIN.md complaint 6: OTP, verification email, login errors)."""
MAX_WORDS = 40
MORE_WORDS = 12
_SERVER = re.compile(
    r"\bterjadi (?:suatu )?kesalahan\b.{0,25}(?:\bsila(?:h)?kan\b|\bcoba\b|[\"“”])"
    r"|\bcoba (?:lagi |kembali )?(?:dalam )?beberapa saat\b"
    r"|\b(?:error|eror|err)\s*:?\s*5\d\d\b|\b5\d\d\s+(?:error|eror)\b|\binternal server\b"
    r"|\bserver (?:error|eror|sibuk|down|gangguan)\b|\bbad gateway\b|\bservice unavailable\b"
    r"|\bsomething went wrong\b|\btry again later\b|\bgateway time-?out\b"
)
"""The site's own trouble: "Terjadi kesalahan, silakan coba beberapa saat lagi", "Error 500"."""
_CREDENTIALS = re.compile(
    r"\b(?:e-?mail|username)\s*(?:atau|/|or|dan)\s*(?:kata sandi|password|sandi)\s+"
    r"(?:salah|tidak sesuai|tidak valid|keliru|incorrect|wrong|invalid)\b"
    r"|\b(?:kata sandi|password|sandi)\s+(?:anda |kamu )?(?:salah|tidak sesuai|keliru)\b"
    r"|\b(?:incorrect|wrong|invalid) (?:e-?mail or )?(?:password|credentials)\b"
)
"""The login refused: "Email atau kata sandi salah", "password salah", "wrong password"."""
SURE = 0.7
_ABOUT_IT = frozenset({None, "account_access", "complaint", "inform", "out_of_scope", "cancel",
                       "deny", "affirm", "help", "program_info"})  # fmt: skip
"""Readings a message telling more about the error gets (another, read surely: another
subject)."""
_MORE = re.compile(
    r"\b(?:udah|udh|uda|sudah|sdh|dah|coba\w*|clear|cache|browser|caps ?lock|bener|benar|pas|"
    r"waktu|wkt|saat|itu|terus|trus|trs|lalu|gimana|gmn|masih|msh|tetep|tetap|ttp|still|tried|"
    r"already|when|dashboard|halaman|laptop|hp|aplikasi|app|chrome|kemaren|kemarin|dari|sejak|"
    r"nyala|mati|ganti)\b"
)
"""What tells more about the error, or asks what now: "udah clear cache", "terus?"."""


_BLOCKED = re.compile(r"\b(?:blokir|diblokir|terblokir|ke ?blokir|blocked|dinonaktif\w*)\b")
"""A block told beside it: the blocked account's answer (``flows.account_help``) instead."""


def _kind(text: str) -> str | None:
    if _BLOCKED.search(text):
        return None
    if _CREDENTIALS.search(text):
        return CREDENTIALS
    return SERVER if _SERVER.search(text) else None


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """The pasted error's answer; the next short message about it: the complaint; else None."""
    message = turn.message
    text = " ".join((message.text or "").lower().split())
    if message.payload is not None or turn.session.flow is not None or not text:
        return None
    kind = _kind(text) if len(text.split()) <= MAX_WORDS else None
    if kind is not None:
        turn.session.profile[ERROR] = masked(" ".join((message.text or "").split()))
        return _told(turn, kind)
    before = just_said(turn)
    if before in (SERVER, CREDENTIALS) and len(text.split()) <= MORE_WORDS and _MORE.search(text):
        return None if _elsewhere(turn) else _still(turn, str(before))
    return None


def _elsewhere(turn: FlowTurn) -> bool:
    """Another subject read surely ("insentif aku kapan cair?"): not more about the error."""
    message = turn.message
    return message.intent not in _ABOUT_IT and message.confidence >= SURE


def _told(turn: FlowTurn, kind: str) -> list[Outbound]:
    remember(turn, kind)  # "udah clear cache" next: the complaint, the error kept
    report = file_complaint(turn, fix_shown=_CATEGORY, story=_story(turn))
    key = "server" if kind == SERVER else "credentials"
    return [turn.reply(f"account_errors.{key}", report, turn.menu_button())]


def _still(turn: FlowTurn, kind: str) -> list[Outbound]:
    """Tried, still there: a complaint with the error and what was told since."""
    remember(turn, kind)
    said = " ".join((turn.message.text or "").split())
    story = _story(turn, masked(said))
    report = file_complaint(turn, fix_shown=_CATEGORY, story=story)
    person = turn.button("common.talk_to_person", controls.HUMAN)
    key = "server_still" if kind == SERVER else "credentials_still"
    contact = turn.ctx.programme.contact_centre
    return [turn.reply(f"account_errors.{key}", report, person, contact_centre=contact)]


def _story(turn: FlowTurn, more: str = "") -> str:
    told = str(turn.session.profile.get(ERROR) or "")
    if more and more not in told:
        told = f"{told} {more}".strip()
        turn.session.profile[ERROR] = told[:MAX_TEXT_LENGTH]
    return told[:MAX_TEXT_LENGTH]


__all__ = ["CREDENTIALS", "SERVER", "answer"]
