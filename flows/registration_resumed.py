"""The answer to a set-aside registration's question typed as if it were still running: after
three side questions in a row set it aside, or after the chat went idle, the KK number, the
birth date, the phone number or the email typed next is that question's answer. The
registration is resumed and the answer taken. Before, "3273010101150001" typed after an idle
half hour at the KK question was read as a NIK typed alone ("Itu NIK, ya?") and "081234567890"
after side questions at the phone question was not understood.

Only data (a number of six or more digits, an address with @) that the pending question
accepts; anything else keeps the offer to go on (``flows.parking``)."""

from __future__ import annotations

import copy
import re

from flows.messages import Outbound
from flows.registration import REGISTRATION
from flows.result import Valid
from flows.runtime import runner
from flows.runtime.machine import FlowTurn
from flows.turn import Ask

_DATA = re.compile(r"\d{6,}|\d[\d .\-]{8,}\d|@")
"""A number (the OTP code's six digits, a spaced NIK or phone) or an email address."""


def answered(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """The set-aside registration resumed with the message as its pending answer, else None."""
    session, message = turn.session, turn.message
    parked = session.suspended or {}
    text = message.text or ""
    if session.flow is not None or parked.get("flow") != REGISTRATION.name:
        return None
    if message.payload is not None or not _DATA.search(text):
        return None
    state = REGISTRATION.state(str(parked.get("step") or REGISTRATION.start))
    slot = state.slot
    slots = dict(parked.get("slots") or {})
    if slot is None or slot.validate is None:
        return None
    tried = slot.validate(message, copy.deepcopy(slots), turn.ctx)  # checked, nothing kept
    if not isinstance(tried, Valid):
        return None
    session.suspended = None
    session.flow, session.step, session.slots = REGISTRATION.name, state.name, slots
    from flows.route_hooks import hooks  # here: the router's hooks import the flows

    said = Outbound(turn.say("resume.continuing"))
    return [said, *(yield from runner.reply(REGISTRATION, turn, hooks()))]


__all__ = ["answered"]
