"""The linking's code question (``account_code.check``) with what ``flows.otp_follow_ups``
reads besides a code: the trust question ("kok minta otp?") answered, and "trs gmn" after the
code was said to go to a number no longer used told that way again."""

from __future__ import annotations

from flows import account_code
from flows.otp_follow_ups import SAID, asks_what_now, asks_why
from flows.result import Invalid, Result, Valid
from flows.runtime.machine import Slots
from flows.turn import FlowContext, Message


def link_check(message: Message, slots: Slots, ctx: FlowContext) -> Result:
    """The linking's code question (``account_code.check``), with the trust question answered
    and "trs gmn" after a changed number told the way again."""
    result = account_code.check(message, slots, ctx)
    if isinstance(result, Invalid) and result.reason == "link_otp_not_arrived":
        slots[SAID] = result.reason
    elif isinstance(result, Valid):
        slots.pop(SAID, None)
    if result is not None:
        return result
    if asks_why(message.text):
        return Invalid("link_otp_why", miss=False)
    lowered = " ".join((message.text or "").lower().split())
    if slots.get(SAID) and asks_what_now(lowered):
        return Invalid("link_otp_changed_next", miss=False)
    return None


__all__ = ["link_check"]
