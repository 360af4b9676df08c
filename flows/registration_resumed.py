"""The answer to a set-aside form's question typed as if it were still running: after three side
questions in a row set it aside, or after the chat went idle, the NIK, the KK number, the birth
date, the phone number, the email or the SMS code typed next is that question's answer. The
form (registration, linking the account, erasing the data, the requirements check) is resumed
and the answer taken. Before, "3273010101150001" typed after an idle half hour at the KK
question was read as a NIK typed alone ("Itu NIK, ya?"), the birth date typed after an idle
pause at the linking's question got "Tanggal itu untuk apa, ya?", and the SMS code typed after
it got "belum paham" and the menu.

Only data (a number of six or more digits, an address with @, a date alone):

- that the pending question accepts: taken;
- a code of the right length at a code question: taken (a wrong or expired code is the form's
  to explain: tries left, a new code one tap away);
- anything else: the offer to go on (``flows.parking``), not a guess at what the data is for
  (the requirements check asks for no such data: there, other data is read as usual).

Other messages keep the offer to go on, or the answer they ask for."""

from __future__ import annotations

import copy
import re

from flows import data_alone, parking
from flows import validators as check
from flows.account import DATA_DELETION
from flows.eligibility import ELIGIBILITY
from flows.flow_table import OTP_STEPS
from flows.link_account import LINK_ACCOUNT
from flows.messages import Outbound
from flows.registration import REGISTRATION
from flows.result import Valid
from flows.runtime import runner
from flows.runtime.machine import Flow, FlowTurn, State
from flows.turn import Ask

_DATA = re.compile(r"\d{6,}|\d[\d .\-]{8,}\d|@")
"""A number (the OTP code's six digits, a spaced NIK or phone) or an email address."""
FORMS: dict[str, Flow] = {
    flow.name: flow for flow in (REGISTRATION, LINK_ACCOUNT, DATA_DELETION, ELIGIBILITY)
}
"""The forms whose pending answer, typed after they were set aside, resumes them."""


def answered(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """The set-aside form resumed with the message as its pending answer; the offer to go on
    for other data; else None."""
    session, message = turn.session, turn.message
    parked = session.suspended or {}
    flow = FORMS.get(str(parked.get("flow") or ""))
    if session.flow is not None or flow is None or message.payload is not None:
        return None
    if not _is_data(turn):
        return None
    state = flow.state(str(parked.get("step") or flow.start))
    slot = state.slot
    if slot is None or slot.validate is None or slot.free_text:
        return None
    slots = dict(parked.get("slots") or {})
    tried = slot.validate(message, copy.deepcopy(slots), turn.ctx)  # checked, nothing kept
    if not isinstance(tried, Valid) and not _code_at_code_question(turn, flow, state):
        # data, but not this question's: go on? (the check's age question is no form's data)
        return None if flow is ELIGIBILITY else [parking.resume_offer(turn)]
    session.suspended = None
    session.flow, session.step, session.slots = flow.name, state.name, slots
    from flows.route_hooks import hooks  # here: the router's hooks import the flows

    said = Outbound(turn.say("resume.continuing"))
    return [said, *(yield from runner.reply(flow, turn, hooks()))]


def _is_data(turn: FlowTurn) -> bool:
    text = turn.message.text or ""
    return bool(_DATA.search(text)) or data_alone.date_alone(turn.message)


def _code_at_code_question(turn: FlowTurn, flow: Flow, state: State) -> bool:
    """A code of the right length typed at the SMS code's question: ours, however it fares."""
    if (flow.name, state.name) not in OTP_STEPS:
        return False
    length = turn.ctx.programme.otp.length
    return check.otp_code(turn.message.text or "", length) is not None


__all__ = ["FORMS", "answered"]
