"""Where the login code goes, asked right after the login-trouble answer (``flows.follow_ons``,
topic ``otp_login``): "Kode itu dikirim ke mana ya?", "otp nya masuk ke mana", "lewat sms atau
email?", "where is the code sent?".

The login code (OTP) goes to the account's email; a code by SMS is sent only at registration,
to verify the phone number (DOMAIN.md "Registration steps": login with email OTP, phone OTP
by SMS). Before, the question got "Maksud kamu yang mana?" with the payout account and the
voucher code as choices. A code for linking the payout account is ``flows.payout_otp``'s."""

from __future__ import annotations

import re

from flows.complaint_topics import file_complaint
from flows.last_answer import remember
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

WHERE = re.compile(
    r"\b(?:di)?(?:kirim\w*|masuk\w*|dateng\w*|datang\w*|sampai|sampe|nyampe\w*)\s+"
    r"(?:\w+\s+)?(?:ke\s*mana|kmn|kemana|ke mn|mana|lewat apa|via apa|dimana|di mana)\b"
    r"|\b(?:ke\s*mana|kemana|kmn|lewat apa|via apa)\s+(?:\w+\s+)?(?:di)?kirim\w*\b"
    r"|\b(?:sms|email|e-mail|wa|whatsapp)\s+(?:atau|apa|ato|or)\s+(?:sms|email|e-mail|wa|whatsapp)\b"
    r"|\bwhere\b.{0,20}\b(?:sent|send|go(?:es)?|arrive\w*|come\w*)\b"
)
"""Where a code is sent ("dikirim ke mana", "masuknya kemana", "sms atau email?")."""


def answer(turn: FlowTurn) -> list[Outbound]:
    """The login code goes to the email (the SMS code only at registration); the email's own
    checks one tap away as a complaint."""
    remember(turn, "otp_login")  # "udh cek spam", "brp lama" next: still the login code
    report = file_complaint(turn, topic="otp_login")
    return [turn.reply("kb.otp_where", report, turn.menu_button())]


__all__ = ["WHERE", "answer"]
