"""A lost or forgotten login email, and "what if it does not work" after the forgotten-login
answer ("Lupa Password"): read against that answer, not as the broad intent the NLU gives.

- "kalo ga bisa?", "kalo tetep ga bisa gmn" right after it: if "Lupa Password" does not work,
  staff recover the account on a complaint naming the NIK and the registered phone number, or
  the toll-free contact centre (DOMAIN.md "Complaints" 9). Before: "Maaf kalau jawabanku kurang
  jelas" (the NLU read "kalo ga bisa?" as the eligibility check), or "langkah tadi sudah kamu
  coba" for a fix not yet tried.
- "email ny jg udh ga aktif", "email lama ku udh ga bisa dibuka" there, or said first ("email
  aku udh ga aktif, gmn login prakerja"): the lost email's answer (``kb.email_lost``: the user
  cannot change it alone; a complaint). Before: the general list of account problems, or the
  email code's fix.
- "lupa email nya jg" there: "Lupa Password" works with the NIK and shows the email masked.
  Before: the same answer again, word for word.

A message that also names a forgotten password first ("lupa password, email jg udh ga aktif")
keeps the forgotten-login fix, which covers both. Read by ``flows.route_readers.TOPICAL``."""

from __future__ import annotations

import re

from flows.account_help import forgot_login
from flows.complaint_topics import PAYOUT_NAMED, file_complaint
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.runtime import controls
from flows.runtime.machine import FlowTurn

TOPIC = "account_recovery"
"""The forgotten-login answer's topic in ``flows.last_answer`` (kept after these answers, so
that "tetep ga bisa" next still gets ``flows.account_stuck``)."""
MAX_WORDS = 12
"""A follow-up is short ("what if I don't have access to that email anymore?"); the first
message may be longer."""
FIRST_MAX_WORDS = 16
INTENTS = frozenset({"account_access", "register", "help", "out_of_scope", "inform", "complaint"})
"""Readings a lost email is given that name no other topic of their own."""

_EMAIL = r"(?:e-?mail\w*|surel|gmail\w*|yahoo)"
_NOT = r"(?:ga|gak|gk|g|nggak|ngga|enggak|engga|tidak|tdk|ndak|nda)"
_GONE = (
    rf"(?:{_NOT}\s*(?:aktif|(?:bisa|bs|bsa)\s+(?:di|ke)?(?:buka|akses|pakai|pake)\w*|kebuka)"
    r"|(?:gabisa|gbs|gakbisa|gbisa)\s+(?:di|ke)?(?:buka|akses)\w*"
    r"|nonaktif|non aktif|mati|hilang|ilang|dihapus|kehapus|diblokir|keblokir|inactive|"
    r"deactivated|deleted|no longer (?:active|exists|works?))"
)
_EMAIL_GONE = re.compile(
    rf"\b{_EMAIL}(?:\s+\w+){{0,4}}?\s+{_GONE}\b"
    r"|\b(?:(?:don'?t|do not|no longer) have access to|no (?:more |longer )?access to|"
    rf"lost access to|can'?t access|cannot access|can'?t open|{_NOT} (?:bisa|bs) "
    rf"(?:buka|akses|membuka|mengakses))\s+(?:\w+\s+){{0,2}}?{_EMAIL}"
)
"""The registered email no longer usable: "email ny jg udh ga aktif", "email lama ku udh ga
bisa dibuka", "I can't access my email"."""
_PHONE = re.compile(r"\b(?:no\.? ?hp|nomor|nomer|hp|handphone|phone)\b")
_FORGOT_EMAIL = re.compile(
    r"\b(?:lupa|ga inget|gak inget|ga ingat|tidak ingat|nggak inget|forgot|forget)\s+"
    rf"(?:\w+\s+)?{_EMAIL}"
)
"""The email forgotten too: "lupa email nya jg"."""
_IF = r"\b(?:kalo|kalau|klo|kl|kalu|if|what if|misal\w*|seandainya|andaikan)\b"
_FAILS = (
    rf"(?:{_NOT}|belum|blm)\s*(?:bisa|bs|berhasil|work\w*|jalan|masuk|dateng|datang|nyampe|"
    r"muncul)|gabisa|gbs|gakbisa|gbisa|gagal|error|eror|doesn'?t work|does not work|fails?|"
    r"can'?t|cannot|not work\w*|doesn'?t arrive"
)
_IF_NOT = re.compile(rf"{_IF}.{{0,25}}\b(?:{_FAILS})\b")
"""What if the fix does not work: "kalo ga bisa?", "kalo tetep ga bisa gmn", "if it fails"."""


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """The lost email's answer (said first or after the forgotten-login answer), or a follow-up
    of that answer; else None."""
    message = turn.message
    text = " ".join((message.text or "").lower().split())
    if message.payload is not None or not text or turn.session.flow is not None:
        return None
    if PAYOUT_NAMED.search(text) or _PHONE.search(text):
        return None  # an e-wallet's or the phone's own answer
    words = len(text.split())
    after = just_said(turn) == TOPIC and words <= MAX_WORDS
    if after and _EMAIL_GONE.search(text):
        return email_lost(turn)
    if after and _FORGOT_EMAIL.search(text):
        return _answer(turn, "login_follow_ups.email_forgotten")
    if after and _IF_NOT.search(text):
        return _answer(turn, "login_follow_ups.if_not")
    if after or words > FIRST_MAX_WORDS or not _EMAIL_GONE.search(text):
        return None
    clear = message.confidence >= controls.CLEAR_REQUEST and not message.ambiguous
    if (clear and message.intent not in INTENTS) or forgot_login(message):
        return None  # another question; a forgotten password too: its fix covers both
    return email_lost(turn)


def email_lost(turn: FlowTurn) -> list[Outbound]:
    """The registered email no longer usable: only staff change it, on a complaint naming the
    NIK and the registered phone (``kb.email_lost``)."""
    remember(turn, TOPIC)  # "tetep ga bisa" next: the account's stuck answer
    report = file_complaint(turn, topic="account_recovery")
    return [turn.reply("kb.email_lost", report, turn.menu_button())]


def _answer(turn: FlowTurn, key: str) -> list[Outbound]:
    remember(turn, TOPIC)  # "email ku jg udh ga aktif" next: still the forgotten login
    report = file_complaint(turn, topic="account_recovery")
    person = turn.button("common.talk_to_person", controls.HUMAN)
    said = turn.say(key, contact_centre=turn.ctx.programme.contact_centre)
    return [Outbound(said, (report, person, turn.menu_button()))]


__all__ = ["TOPIC", "answer", "email_lost"]
