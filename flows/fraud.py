"""A fraud report: the warning (staff never ask for a password, an OTP or money), and what to
do right now when the story says a code, a password or money was already handed over."""

from __future__ import annotations

import re

from flows.messages import Outbound
from flows.runtime.machine import FlowTurn, Slots
from flows.turn import Ask, FlowContext


def warning(turn: FlowTurn) -> Ask[list[Outbound]]:
    return [
        Outbound(
            turn.say("complaints.fraud_warning", contact_centre=turn.ctx.programme.contact_centre)
        )
    ]
    yield


_GAVE_AWAY = re.compile(
    r"\b(?:udah|sudah|udh|sdh|dah|terlanjur|telanjur|keburu|already|i gave|i sent)\b"
    r"(?:\W+\w+){0,4}?\W+(?:kasih|kasi|kasihkan|beri|berikan|kirim|kirimkan|kasihin|kirimin|"
    r"sebut|sebutin|transfer|tf|bayar|gave|sent|shared|paid)\b"
)
_SECRET_OR_MONEY = re.compile(
    r"\b(?:otp|kode|code|sandi|password|pasword|pin|transfer|tf|bayar|uang|duit|money|paid)\b"
)


def gave_away(slots: Slots, _: FlowContext) -> bool:
    """A fraud story in which the user already handed over a code, a password or money."""
    story = str(slots.get("description", "")).lower()
    gave = _GAVE_AWAY.search(story) or re.search(r"\b(?:ke|ter)(?:kasih|kirim)\b", story)
    return slots.get("category") == "fraud" and bool(gave) and bool(_SECRET_OR_MONEY.search(story))


def urgent_steps(turn: FlowTurn) -> Ask[list[Outbound]]:
    contact = turn.ctx.programme.contact_centre
    return [Outbound(turn.say("complaints.urgent_steps", contact_centre=contact))]
    yield
