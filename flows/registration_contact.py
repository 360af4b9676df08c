"""Registration's contact details: the phone number, verified by a code sent to it, and the email.

One account per number and per email (the programme's login), but registration must not tell
anyone whether a number or an email has an account. So the number is checked only after the code
sent to it was entered: whoever learns that it has an account holds that phone (and is told to
link the account instead). The email is asked after that, and one that another account has is
refused without saying so: "I can't use that one here; if you registered before, log in".

A code the data layer refuses ends the attempt at the end its limit names (``REFUSALS``): this
chat asked this number's codes too often, or codes for too many numbers today, or the number got
too many from all chats, or this chat's own budget is used up (``otp_blocked``).
"""

from __future__ import annotations

from collections.abc import Callable

from flows import otp_sends
from flows.formatting import mask_phone
from flows.messages import Button, Outbound
from flows.otp_limits import SLOTS, Limit, OtpLimited
from flows.queries import ContactInUse, SendOtp
from flows.registration_checks import OTP
from flows.runtime import controls
from flows.runtime.machine import FlowTurn, Go, Slots, State
from flows.turn import Ask, FlowContext

REFUSED = {"phone": "registration.phone_taken", "email": "registration.email_unusable"}
"""What is said when another account has the number (after its code) or the email."""

REFUSALS = {
    "otp_blocked": "send limit reached",  # this chat's own budget (``otp_sends``)
    SLOTS[Limit.CHAT_NUMBER]: "this chat's sends for this number limit reached",
    SLOTS[Limit.CHAT_NUMBERS]: "this chat's numbers a day limit reached",
    SLOTS[Limit.NUMBER]: "sends to this number limit reached",
}
"""The slots (and final states) of a refused send, and their diagram labels."""


def forget(turn: FlowTurn, field: str) -> None:
    """Ask ``field`` again; a new number is verified again."""
    turn.slots.pop(field, None)
    if field == "phone":
        turn.slots.pop("otp", None)
        turn.slots.pop(OTP, None)


def check_contact(field: str) -> Callable[[FlowTurn], Ask[list[Outbound]]]:
    """The (verified) phone number or the email just given is not another account's; if it is,
    it is forgotten and asked again (``missing``)."""

    def check(turn: FlowTurn) -> Ask[list[Outbound]]:
        taken = yield ContactInUse(**{field: str(turn.slots[field])})
        if not taken:
            return []
        forget(turn, field)
        return [turn.reply(REFUSED[field])]

    return check


def missing(field: str) -> Go:
    return Go(field, lambda slots, _: field not in slots, f"{field} in use")


def send_otp(turn: FlowTurn) -> Ask[list[Outbound]]:
    """A code to the number typed, limited per chat and per number across chats
    (``flows.otp_limits``); every refusal says which limit and how long to wait (``REFUSALS``)."""
    rules = turn.ctx.programme.otp
    for slot in REFUSALS:
        turn.slots.pop(slot, None)
    sends = otp_sends.reserve_send(turn)
    if sends is None:
        return []
    ticket = yield SendOtp(
        turn.message.channel,
        turn.message.user_id,
        str(turn.slots["phone"]),
        rules.length,
        rules.ttl_minutes * 60,
        **otp_sends.send_limits(turn),
    )
    if isinstance(ticket, OtpLimited):  # this chat's or this number's codes are used up
        turn.slots[SLOTS[ticket.limit]] = True
        otp_sends.refused(turn, ticket)
        return []
    if ticket is None:  # the SMS gateway failed: say so; not counted against the send limit
        return otp_sends.send_failed(turn)
    otp_sends.record_sent(turn, ticket, sends)
    return [
        turn.reply(
            "registration.otp_sent",
            phone=mask_phone(str(turn.slots["phone"])),
            minutes=int(rules.ttl_minutes),
        )
    ]


def after_send() -> tuple[Go, ...]:
    """Where a send goes: the end of the limit that refused it, or the code question."""
    return (*(_refused(slot, label) for slot, label in REFUSALS.items()), Go("otp"))


def refusals() -> tuple[State, ...]:
    """The ends of a refused send; those of the data layer's limits offer a person."""
    budget, *limits = REFUSALS
    return (
        State(budget, final=True, params=otp_sends.wait_params),
        *(
            State(slot, final=True, params=otp_sends.wait_params, buttons=_person)
            for slot in limits
        ),
    )


def _refused(slot: str, label: str) -> Go:
    def guard(slots: Slots, _: FlowContext) -> bool:
        return bool(slots.get(slot))

    return Go(slot, guard, label)


def _person(turn: FlowTurn) -> tuple[Button, ...]:
    return (turn.button("common.talk_to_person", controls.HUMAN),)


def recheck(turn: FlowTurn) -> Ask[list[Outbound]]:
    """Before creating: another chat may have registered the number or the email meanwhile."""
    for field in ("phone", "email"):
        refused = yield from check_contact(field)(turn)
        if refused:
            return refused
    return []
