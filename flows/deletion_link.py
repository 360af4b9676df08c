"""The participant an erasure is about: the one the database links the chat to, looked up right
before the confirmation (never the session's ``participant_id``, which a rebuilt or stale
session may lack or get wrong). The warning, the code to the phone on record and the erasure
are all about that participant; the erasure is refused, and the confirmation asked again, when
the chat's link changed in between."""

from __future__ import annotations

from flows import account_code
from flows.last_answer import remember
from flows.messages import Outbound
from flows.queries import ParticipantQuery, RecordDeletion
from flows.runtime.machine import FlowTurn, Slots
from flows.turn import Ask, FlowContext
from flows.views import ParticipantView

LINKED = "_linked"
"""Slot: the participant the database linked this chat to at the confirmation (None: none)."""
UNLINKED = "_unlinked"  # slot: the chat is linked to no participant: nothing to prove
SCOPE = "_scope"  # slot: the part of the data the request named (``deletion_scope``)
_PROOF = ("confirm", "otp", account_code.PHONE, UNLINKED, LINKED)
"""Slots of one confirmation, dropped when it no longer holds."""
CHANGED = "changed"  # the ``erased`` slot when the erasure was refused
REQUEST = "erasure_request"
"""Profile: the number of the erasure just recorded ("udah dihapus?" next: ``data_rights_flow``)."""


def look_up(turn: FlowTurn) -> Ask[list[Outbound]]:
    """Whom the database links this chat to now."""
    message = turn.message
    found: ParticipantView | None = yield ParticipantQuery(message.channel, message.user_id)
    turn.slots[LINKED] = None if found is None else found.id
    if found is None and turn.slots.get(SCOPE) == "chat":  # only this chat's history anyway
        return [turn.reply("data_deletion.scope.chat_unlinked")]
    return []


def confirm_params(turn: FlowTurn) -> dict[str, object]:
    """What erasure costs a linked participant: the account and what it holds, for good; a chat
    linked to no account that asked for its history alone: that history, no personal data
    listed (it holds none of the account's)."""
    linked = turn.slots.get(LINKED) is not None
    chat_only = not linked and turn.slots.get(SCOPE) == "chat"
    what = "data_deletion.what_chat" if chat_only else "data_deletion.what_all"
    account = turn.say("data_deletion.account_lost") if linked else ""
    return {"account": account, "what": turn.say(what)}


def send_code(turn: FlowTurn) -> Ask[list[Outbound]]:
    """A linked participant proves again that the account is theirs: erasing it cannot be
    undone, and a chat that was linked once may be in someone else's hands now."""
    linked = turn.slots.get(LINKED)
    if linked is None:
        turn.slots[UNLINKED] = True
        return []
    return (yield from account_code.send(turn, int(linked), "data_deletion.otp_sent"))


def erase(turn: FlowTurn) -> Ask[list[Outbound]]:
    """Erase what the confirmation described: the participant it warned about (proven by the
    code to their phone) or this unlinked chat; refused when the chat's link changed since."""
    linked = turn.slots.get(LINKED)
    if linked is not None and turn.slots.get("otp") != "verified":
        return _refused(turn)  # never an account erased without the code to its phone
    window = turn.ctx.programme.link.lockout_hours * 3600  # recent link failures stay
    message = turn.message
    receipt = yield RecordDeletion(
        message.channel,
        message.user_id,
        window,
        participant_id=None if linked is None else int(linked),
    )
    if receipt.changed:
        return _refused(turn)
    session = turn.session
    session.participant_id = None
    session.profile = {REQUEST: receipt.request_id}  # a number, nothing personal
    turn.slots["request"] = receipt.request_id
    turn.slots["erased"] = "yes" if receipt.erased else "no"
    remember(turn, "data_erased" if receipt.erased else "chat_erased")  # "apa aja yg dihapus?"
    return []


def _refused(turn: FlowTurn) -> list[Outbound]:
    """Nothing erased: the confirmation is asked again from the current link."""
    for name in _PROOF:
        turn.slots.pop(name, None)
    turn.slots["erased"] = CHANGED
    return [turn.reply("data_deletion.link_changed")]


def refused(slots: Slots, _: FlowContext) -> bool:
    return slots.get("erased") == CHANGED


def unlinked(slots: Slots, _: FlowContext) -> bool:
    return bool(slots.get(UNLINKED))


def chat_of_account(slots: Slots, _: FlowContext) -> bool:
    """Only the chat history asked for, and the chat is linked: no erasure of it alone."""
    return slots.get(SCOPE) == "chat" and slots.get(LINKED) is not None


__all__ = ["CHANGED", "LINKED", "REQUEST", "SCOPE", "UNLINKED", "chat_of_account", "confirm_params",
           "erase", "look_up", "refused", "send_code", "unlinked"]  # fmt: skip
