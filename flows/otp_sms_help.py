"""The phone's code by SMS that does not arrive: "otp sms ga masuk", or the phone's carrier or
the SMS named right after the login-code fix (``otp_login``: "nomor aku telkomsel", "yg lewat sms
kak"): the SMS checks (the number, signal, a full inbox, a restart), not the email code's spam
folder and resend limit again; before, "nomor aku telkomsel" got "belum paham" and the menu."""

from __future__ import annotations

import re

from flows.complaint_topics import file_complaint
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

TOPIC = "otp_login"
SMS_KEY = "otp_sms_said"
"""``session.profile`` key: the code just talked about comes by SMS, so "I've tried 5 times"
or "how long do I wait" next is about the SMS code, not the email code's limits."""
SMS_NAMED = re.compile(
    r"\b(?:sms|telkomsel|tsel|simpati|kartu as|indosat|im3|ooredoo|xl|axis|smartfren|by\.u|byu|"
    r"tri|provider|operator|sinyal\w*)\b"
)
"""The SMS or the phone's carrier named after the login-code fix."""


def answer(turn: FlowTurn) -> list[Outbound]:
    """The SMS checks, what to do when they fail, and a complaint one tap away."""
    keep(turn)  # "harus nunggu brp lama?" next: the wait before a new code
    lines = (turn.say("complaints.fixes.otp_sms"), turn.say("kb.account_still_stuck"))
    report = file_complaint(turn, fix_shown=TOPIC)
    return [Outbound("\n".join(lines), (report, turn.menu_button()))]


def keep(turn: FlowTurn) -> None:
    """The OTP answer given now is about the SMS code: its follow-ups stay on it."""
    remember(turn, TOPIC)
    remember(turn, "sms", key=SMS_KEY)


def after_sms(turn: FlowTurn) -> bool:
    """The answer just before was about the SMS code (``answer`` or one of its follow-ups)."""
    return just_said(turn, SMS_KEY) == "sms"


def tried(turn: FlowTurn) -> list[Outbound]:
    """ "I've tried 5 times" after the SMS checks: what is left (a complaint naming the
    number), not the email code's resend limit."""
    keep(turn)
    report = file_complaint(turn, topic=TOPIC)
    return [turn.reply("kb.otp_sms_tried", report, turn.menu_button())]


def wait(turn: FlowTurn) -> list[Outbound]:
    """ "how long do I have to wait" after the SMS checks: no SMS wait is known (DOMAIN.md
    gives only the email code's: 5 resends, then 2 hours), said honestly with that one."""
    keep(turn)
    report = file_complaint(turn, topic=TOPIC)
    return [turn.reply("kb.otp_sms_wait", report, turn.menu_button())]
