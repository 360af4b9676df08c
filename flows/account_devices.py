"""Logging in on more than one phone asked ("bisa login prakerja di 2 hp ga?", "can I log in on
two phones?"). DOMAIN.md says nothing about devices, so no rule is made up: what is known (the
login is the user's own email and password, then a code to that email), logging out of a phone
that is not theirs, and the official line for a sure answer. Before, the OTP fix (spam folder,
5 resends) to a question about no missing code."""

from __future__ import annotations

import re

from flows.last_answer import remember
from flows.messages import Outbound
from flows.runtime import controls
from flows.runtime.machine import FlowTurn

TOPIC = "login_devices"
"""``flows.last_answer`` topic of this answer."""
_DEVICE = r"(?:hp|handphone|hape|ponsel|perangkat|device|devices|gadget|phones?|henpon|laptop)"
_SEVERAL = re.compile(
    rf"\b(?:2|dua|two|beberapa|banyak|multiple|several|more than one|lebih dari (?:1|satu))\s+"
    rf"{_DEVICE}\b"
    rf"|\b{_DEVICE}\s+(?:yang |yg )?(?:berbeda|beda|lain|other|another|different)\b"
    rf"|\b(?:another|other|different)\s+{_DEVICE}\b"
)
"""More than one device named: "di 2 hp", "hp yg beda", "another phone"."""
_LOGIN = re.compile(r"\b(?:login|log in|log-in|masuk|sign ?in|akun|account)\b")
_ASKS = re.compile(r"\?|\b(?:bisa|bs|boleh|blh|can|could|may|apakah|ga|gak|gk|nggak|ngga)\b")


def asks(text: str) -> bool:
    """Whether ``text`` asks about logging in on several devices."""
    lowered = " ".join(text.lower().split())
    return bool(_SEVERAL.search(lowered) and _LOGIN.search(lowered) and _ASKS.search(lowered))


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """The honest answer, or None."""
    if turn.message.payload is not None or not asks(turn.message.text or ""):
        return None
    remember(turn, TOPIC)
    person = turn.button("common.talk_to_person", controls.HUMAN)
    contact = turn.ctx.programme.contact_centre
    return [turn.reply("account_devices.asked", person, turn.menu_button(), contact_centre=contact)]


__all__ = ["TOPIC", "answer", "asks"]
