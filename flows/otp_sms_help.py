"""The phone's code by SMS that does not arrive: "otp sms ga masuk", or the phone's carrier or
the SMS named right after the login-code fix (``otp_login``: "nomor aku telkomsel", "yg lewat sms
kak"): the SMS checks (the number, signal, a full inbox, a restart), not the email code's spam
folder and resend limit again; before, "nomor aku telkomsel" got "belum paham" and the menu."""

from __future__ import annotations

import re

from flows.complaint_topics import file_complaint
from flows.last_answer import remember
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

TOPIC = "otp_login"
SMS_NAMED = re.compile(
    r"\b(?:sms|telkomsel|tsel|simpati|kartu as|indosat|im3|ooredoo|xl|axis|smartfren|by\.u|byu|"
    r"tri|provider|operator|sinyal\w*)\b"
)
"""The SMS or the phone's carrier named after the login-code fix."""


def answer(turn: FlowTurn) -> list[Outbound]:
    """The SMS checks, what to do when they fail, and a complaint one tap away."""
    remember(turn, TOPIC)  # "harus nunggu brp lama?" next: the wait before a new code
    lines = (turn.say("complaints.fixes.otp_sms"), turn.say("kb.account_still_stuck"))
    report = file_complaint(turn, fix_shown=TOPIC)
    return [Outbound("\n".join(lines), (report, turn.menu_button()))]
