"""Prakerja SMS to a number that is not a participant's ("tolong berhentikan sms prakerja ke
nomor saya, saya bukan peserta, nomor ini baru saya beli", "I keep getting Prakerja texts but
I never registered"): SMS go to the phone an account registered (a recycled number: the
previous owner's account), and this chat's broadcast setting does not stop them. The answer
says so and offers a complaint or the official channels (DOMAIN.md), instead of only
unsubscribing the chat's broadcasts (probe p25d #9). Read outside a flow, whatever the NLU
read (unsubscribe, 0.67)."""

from __future__ import annotations

import re

from flows.complaint_story import masked
from flows.complaint_topics import file_complaint
from flows.messages import MAX_TEXT_LENGTH, Outbound
from flows.runtime.machine import FlowTurn

CATEGORY = "account_recovery"
"""The complaint's category: the phone number on an account ("ganti HP", DOMAIN.md #9)."""
_SMS = re.compile(r"\b(?:sms\w*|text messages?|texts?)\b")
_NOT_MINE = re.compile(
    r"\bbukan (?:peserta|pendaftar|member)\b|\b(?:ga|gak|gk|nggak|ngga|enggak|tidak|tdk|belum|"
    r"blm) (?:pernah )?(?:daftar|mendaftar|ikut|terdaftar)\b|\bnomor (?:\w+ ){0,2}?(?:baru|bekas)"
    r"\b|\b(?:baru|br) (?:saya |aku |sy |gw )?(?:beli|dibeli|ganti)\b|\b(?:pemilik|yg punya|"
    r"yang punya) (?:lama|sebelumnya|dulu)\b|\bbukan (?:nomor|akun) (?:saya|aku|sy|gw)\b"
    r"|\bnot a participant\b|\bnever (?:registered|signed up|applied)\b|\b(?:new|recycled|"
    r"second-hand) (?:phone )?number\b|\bprevious owner\b"
)
"""Told that the number is not a participant's: "saya bukan peserta", "nomor ini baru saya
beli", "ga pernah daftar", "nomor bekas", "I never registered", "new number"."""


def told(text: str) -> bool:
    """``text`` (any case) tells of SMS reaching a number that is not a participant's."""
    lowered = " ".join(text.lower().split())
    return bool(_SMS.search(lowered) and _NOT_MINE.search(lowered))


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """Where those SMS come from and who can stop them; None for anything else, or in a form."""
    message = turn.message
    if message.payload is not None or turn.session.flow is not None:
        return None
    if not told(message.text or ""):
        return None
    story = masked(message.text or "")[:MAX_TEXT_LENGTH]
    report = file_complaint(turn, fix_shown=CATEGORY, story=story)
    contact = turn.ctx.programme.contact_centre
    return [turn.reply("sms_not_mine.told", report, turn.menu_button(), contact_centre=contact)]


__all__ = ["answer", "told"]
