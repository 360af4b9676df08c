"""The phone and the email both out of reach ("hp lama ilang, nomor udah ganti, email juga lupa
passwordnya. gimana masuk akun prakerja"): the phone-change steps start by logging in with the
email's code, so they cannot be done alone. First the email itself recovered through its own
provider; if it stays shut, a complaint with the NIK and the registered (old) phone number, so
staff recover the account (the account-recovery fix: "Email lama sudah tidak bisa dibuka? Buat
pengaduan dan sebutkan NIK serta nomor HP terdaftarmu"). Before, the phone-change steps alone."""

from __future__ import annotations

import re

from flows.complaint_topics import file_complaint
from flows.last_answer import remember
from flows.messages import Outbound
from flows.runtime import controls
from flows.runtime.machine import FlowTurn

TOPIC = "account_recovery"
"""``flows.last_answer`` topic: "tetep ga bisa" next is ``flows.account_stuck``'s."""
_PHONE_GONE = re.compile(
    r"\b(?:hp|handphone|phone|nomor|nomer|no hp|number|sim)\w*\b.{0,20}\b(?:hilang|ilang|"
    r"kecopetan|dicopet|dicuri|rusak|mati|hangus|ganti|diganti|berganti|ga aktif|gak aktif|"
    r"tidak aktif|nonaktif|lost|stolen|changed|dead|inactive)\b"
    r"|\b(?:lost|changed)\s+my\s+(?:phone|number|sim)\b"
)
_EMAIL = r"(?:e-?mail\w*|surel|gmail\w*|yahoo\w*)"
_EMAIL_GONE = re.compile(
    rf"\b{_EMAIL}\b.{{0,25}}\b(?:lupa|lupain|ga inget|gak inget|tidak ingat|forgot|forget|"
    r"ga bisa dibuka|gak bisa dibuka|gabisa dibuka|tidak bisa dibuka|ga bisa masuk|gak bisa masuk|"
    r"gabisa masuk|ga aktif|gak aktif|tidak aktif|nonaktif|hilang|ilang|kehapus|terhapus|"
    r"dihapus|dibajak|kebajak|diretas|hacked|lost|locked|deleted|can'?t (?:open|access|get into))\b"
    rf"|\b(?:lupa|forgot|forget)\s+(?:\w+\s+)?(?:password|pass|pw|sandi|kata sandi)\s+(?:\w+\s+)?"
    rf"{_EMAIL}\b"
    rf"|\b(?:lupa|lupain|ga inget|gak inget|tidak ingat|forgot|forget)\s+(?:\w+\s+)?{_EMAIL}\b"
)
"""The email's own password forgotten, the email itself forgotten ("lupa email, hp juga udah
ganti") or the email shut: "email juga lupa passwordnya"."""


def both_lost(text: str) -> bool:
    """The phone (lost, number changed) and the email (password forgotten, shut) both gone."""
    lowered = " ".join(text.lower().split())
    return bool(_PHONE_GONE.search(lowered) and _EMAIL_GONE.search(lowered))


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """Both out of reach: the email recovered first, else a complaint with the NIK and the
    registered phone; None otherwise."""
    if not both_lost(turn.message.text or ""):
        return None
    remember(turn, TOPIC)
    report = file_complaint(turn, fix_shown="account_recovery")
    person = turn.button("common.talk_to_person", controls.HUMAN)
    contact = turn.ctx.programme.contact_centre
    return [turn.reply("kb.phone_and_email_lost", report, person, contact_centre=contact)]


__all__ = ["answer", "both_lost"]
