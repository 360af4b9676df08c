"""The phone's SMS code that never arrives, told in a long story ("... pas mau verifikasi nomor
hp itu kode otp nya ga pernah masuk ... apa karena nomornya atas nama kakak aku ya?"): the SMS
checks (``flows.otp_sms_help``), and when the number is someone else's, what is known: the
number must be the user's own and active, since it must later match the e-wallet in their own
name (DOMAIN.md "Registration steps", "Incentives"); no rule on the SIM card's registered
owner is known, so none is made up. "nomornya harus atas nama sendiri?" right after: that note.
Before, the NIK-versus-KK answer (the story names "nik sama kk"), then the payout account's."""

from __future__ import annotations

import re
from dataclasses import replace

from flows import otp_sms_help
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

TOPIC = "phone_owner"
"""``flows.last_answer`` topic: the note on whose number it is was given."""
MAX_WORDS = 14
_BY_PHONE = re.compile(
    r"\b(?:sms|(?:nomor|nomer|no|nmr)\s*(?:hp|handphone|telepon|telp|wa)|verifikasi (?:nomor|no)|"
    r"phone number)\b"
)
_MISSING = re.compile(
    r"\b(?:otp|kode)\w*\b.{0,25}\b(?:ga|gak|gk|tidak|tdk|belum|blm|nggak|ngga|never|not)\s+"
    r"(?:pernah\s+|juga\s+)?(?:masuk|dateng|datang|dtg|nyampe|sampai|sampe|muncul|arrive\w*)"
)
_OTHERS = re.compile(
    r"\batas nama\b|\b(?:punya|punyanya|milik)\s+(?:\w+\s+)?(?:kakak|kaka|kk|adik|adek|ibu|"
    r"ayah|bapak|mama|papa|suami|istri|ortu|orang ?tua|teman|temen|saudara|orang lain)\b"
    r"|\bin (?:my |someone'?s |another person'?s )?\w*'?s? name\b"
)
"""The number said to be registered to someone else ("atas nama kakak aku", "punya ibu")."""
_OWN_ASKED = re.compile(
    r"\b(?:atas nama|punya|milik)\s+(?:\w+\s+)?(?:sendiri|aku|saya|sy|own)\b"
    r"|\bin my (?:own )?name\b"
)


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """The SMS checks (and the note on the number's owner) for such a story; "harus atas nama
    sendiri?" right after: the note; else None."""
    message = turn.message
    text = " ".join((message.text or "").lower().split())
    if message.payload is not None or turn.session.flow is not None or not text:
        return None
    if _BY_PHONE.search(text) and _MISSING.search(text) and _OTHERS.search(text):
        replies = otp_sms_help.answer(turn)
        remember(turn, TOPIC)
        *before, last = replies  # one message: the number's owner, then the SMS checks
        owner = turn.say("account_sms_story.owner")
        return [*before, replace(last, text=f"{owner}\n\n{last.text}")]
    after = just_said(turn) in (TOPIC, otp_sms_help.TOPIC) and len(text.split()) <= MAX_WORDS
    if after and _OWN_ASKED.search(text):
        remember(turn, TOPIC)
        contact = turn.ctx.programme.contact_centre
        key = "account_sms_story.owner_asked"
        return [turn.reply(key, turn.menu_button(), contact_centre=contact)]
    return None


__all__ = ["TOPIC", "answer"]
