"""What follows the warning when a password or a login code is typed into the chat ("pass aku
Rahasia123! tolong login in", then "kode otp nya 482913", then "kok gak bisa"). The assistant
never signs in for anyone: the password, now shared, is changed through "Lupa Password", and a
code is entered by the user where it was asked for (DOMAIN.md "Account": login by email OTP).
Before, the warning came with whatever the NLU guessed ("Hasil seleksi diumumkan ..." and the
link prompt), the code's with the menu, and "kok gak bisa" with "Maksud kamu yang mana?"."""

from __future__ import annotations

import re

from flows import account_help
from flows.complaint_topics import file_complaint
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

TOPIC = "password_typed"
"""``flows.last_answer`` topic: a password (or a code after it) was typed and answered."""
MAX_WORDS = 8
_STUCK = re.compile(
    r"\b(?:ga|gak|gk|g|nggak|ngga|tidak|tdk|blm|belum)\s*(?:bisa|bs|masuk|berhasil)\b"
    r"|\b(?:gabisa|gbs|gagal|error|eror|tetep|tetap|masih|kenapa|knp|kok|didn'?t work|"
    r"doesn'?t work|still|failed|can'?t)\b"
)
"""Still not in ("kok gak bisa", "masih gagal", "it didn't work")."""


def answer(turn: FlowTurn, kind: str) -> list[Outbound] | None:
    """After the warning for a typed ``kind`` of secret: a password, how to change it and sign
    in oneself; a login code right after that, where it is entered. None: another kind."""
    if kind == "password":
        remember(turn, TOPIC)  # "kode otp nya ..." or "kok gak bisa" next
        return [_reply(turn, "secret_next.password")]
    if kind == "otp" and just_said(turn) == TOPIC:
        remember(turn, TOPIC)
        return [_reply(turn, "secret_next.otp_after_password")]
    return None


def stuck(turn: FlowTurn) -> list[Outbound] | None:
    """ "kok gak bisa" right after that answer: the login's checks (``account_help``); None:
    not right after it, or no such message."""
    text = " ".join((turn.message.text or "").lower().split())
    if turn.message.payload is not None or not text or len(text.split()) > MAX_WORDS:
        return None
    if just_said(turn) != TOPIC or not _STUCK.search(text):
        return None
    if _WHY_NOT_HELPED.search(text):  # "knp gabisa dibantu": why the bot never signs in
        remember(turn, TOPIC)
        return [_reply(turn, "secret_next.why_not")]
    return account_help.login_trouble(turn)


_WHY_NOT_HELPED = re.compile(
    r"\b(?:kenapa|knp|napa|kok|why)\b.{0,25}\b(?:bantu\w*|dibantu|tolongin|help|masukin|"
    r"loginin|login\w*|sign in|log in)\b"
)
"""Why the bot does not sign in for them: "knp gabisa dibantu", "why can't you log in for me"."""


def _reply(turn: FlowTurn, key: str) -> Outbound:
    report = file_complaint(turn, topic="account_recovery")
    return turn.reply(key, report, turn.menu_button())


__all__ = ["TOPIC", "answer", "stuck"]
