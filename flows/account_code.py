"""A code sent by SMS to the phone on record of a participant, and its check: the proof that the
person in the chat holds the account, used to link a chat to the account and to erase the
account's data.

Sends are limited per chat in its session (``otp_sends``, shared with registration), and in the
database per asking chat and per participant across all chats (``flows.otp_limits``); a send the
SMS gateway could not make is not counted. The slots a send sets tell the flow where to go:
``otp_blocked`` (this chat got too many codes), ``otp_asked_often`` (this chat asked this
account's codes too often), ``otp_many_numbers`` (this chat asked codes for too many accounts or
numbers today), ``otp_limited`` (this phone got too many from all chats), ``no_phone`` (nothing
on record to send to).
"""

from __future__ import annotations

from collections.abc import Callable

from flows import otp_sends
from flows import registration_checks as checks
from flows.account_help import changed_number
from flows.messages import Button, Outbound
from flows.otp_limits import SLOTS, OtpLimited
from flows.queries import SendLinkOtp
from flows.result import Invalid, Result, Valid
from flows.runtime.machine import FlowTurn, Go, Option, Slot, Slots, State, Validator
from flows.turn import Ask, FlowContext, Message

PHONE = "_phone"  # slot: the masked phone on record the code went to


def send(turn: FlowTurn, participant_id: int, sent_key: str) -> Ask[list[Outbound]]:
    """Send a fresh code to the participant's phone; ``sent_key`` tells the user where it went
    (``{phone}``, ``{minutes}``)."""
    rules = turn.ctx.programme.otp
    sends = otp_sends.reserve_send(turn)
    if sends is None:
        return []
    sent = yield SendLinkOtp(
        participant_id,
        rules.length,
        rules.ttl_minutes * 60,
        channel=turn.message.channel,
        user_id=turn.message.user_id,
        **otp_sends.send_limits(turn),
    )
    if isinstance(sent, OtpLimited):
        turn.slots[SLOTS[sent.limit]] = True
        otp_sends.refused(turn, sent)
        return []
    if not sent.phone_hint:
        turn.slots["no_phone"] = True
        return []
    turn.slots[PHONE] = sent.phone_hint
    if sent.ticket is None:  # the gateway failed: not counted against the send limit
        return otp_sends.send_failed(turn)
    otp_sends.record_sent(turn, sent.ticket, sends)
    return [turn.reply(sent_key, phone=sent.phone_hint, minutes=int(rules.ttl_minutes))]


def check(message: Message, slots: Slots, ctx: FlowContext) -> Result:
    """Registration's code check; the fifth wrong code ends the attempt (``failed``)."""
    result = checks.otp(message, slots, ctx)
    if isinstance(result, Invalid) and result.reason == "otp_too_many":
        return Valid("failed")
    not_arrived = isinstance(result, Invalid) and result.reason == "otp_not_arrived"
    if not_arrived or (result is None and changed_number(message)):  # "nomor aku udh ganti"
        # the code went to the phone on record, not to a number the user wrote
        return Invalid("link_otp_not_arrived", {"phone": str(slots.get(PHONE, ""))}, miss=False)
    return result


def after_send(target: str) -> tuple[Go, ...]:
    """Where a send goes: a refusal's state, or ``target`` (the code question)."""
    return (
        _set("otp_blocked", "send limit reached"),
        _set("otp_asked_often", "this chat's sends for this account limit reached"),
        _set("otp_many_numbers", "this chat's accounts and numbers a day limit reached"),
        _set("otp_limited", "sends to this phone limit reached"),
        _set("no_phone", "no phone on record"),
        Go(target),
    )


def refusals(person: Callable[[FlowTurn], tuple[Button, ...]]) -> tuple[State, ...]:
    """The ends of a send that was refused (see ``after_send``); ``person`` offers help."""
    return (
        State("otp_blocked", final=True, params=otp_sends.wait_params),
        State("otp_asked_often", final=True, params=otp_sends.wait_params, buttons=person),
        State("otp_many_numbers", final=True, params=otp_sends.wait_params, buttons=person),
        State("otp_limited", final=True, params=otp_sends.wait_params, buttons=person),
        State("no_phone", final=True, buttons=person),
    )


def code_slot(validate: Validator = check) -> Slot:
    """The code question: a code (``check``, or ``validate`` around it), or "resend" (a button,
    or typed)."""
    return Slot("otp", validate, (Option("resend", "registration.otp.options.resend"),))


def _set(slot: str, label: str) -> Go:
    def guard(slots: Slots, _: FlowContext) -> bool:
        return bool(slots.get(slot))

    return Go(slot, guard, label)
