"""A NIK said to be registered already ("nik aku udh terdaftar katanya") inside the complaint
form: the Dukcapil-mismatch fix of the NIK category is no help there. Named as the category,
the NIK-registered fix is shown instead (registered before: log in or "Lupa Password"; never
registered: someone may have used the NIK, so this complaint goes on); typed at "did this
help?", it is a "no" (``complaint_fix.helped``), said with the same answer, and the complaint
goes on about the NIK."""

from __future__ import annotations

from flows.messages import Outbound
from flows.nik_taken_follow_ups import NEVER
from flows.registration_help import reports_nik_taken
from flows.runtime.machine import FlowTurn, Slots
from flows.turn import Ask, FlowContext, Message

NIK_TAKEN = "nik_taken"
"""Slot: the complaint is about a NIK said to be registered already (its own fix shown)."""
CATEGORY = "nik"


def reports(message: Message) -> bool:
    """A typed report that the NIK is registered already (``registration_help``)."""
    return message.payload is None and reports_nik_taken(message)


def note(message: Message, slots: Slots) -> None:
    """Remember that the complaint is about a registered NIK, if the message says so."""
    if reports(message):
        slots[NIK_TAKEN] = True


def prefill(message: Message, ctx: FlowContext, slots: Slots) -> Slots:
    """The complaint's prefill (``slots``), with a registered NIK the opening message reported
    ("mau lapor, nik aku udh terdaftar padahal blm pernah daftar") noted."""
    if slots.get("category") == CATEGORY:
        note(message, slots)
    return slots


def fix_key(slots: Slots) -> str | None:
    """The NIK-registered fix for a complaint about a registered NIK, else None."""
    taken = slots.get("category") == CATEGORY and slots.get(NIK_TAKEN)
    return "complaints.fixes.nik_taken" if taken else None


def told_at_fix(turn: FlowTurn) -> Ask[list[Outbound]]:
    """At "did this help?" after another fix: the NIK-registered answer (just the "never
    registered" part if the message says so), and the complaint made about the NIK."""
    slots = turn.slots
    if not reports(turn.message) or slots.get(NIK_TAKEN):
        return []
    slots["category"], slots[NIK_TAKEN] = CATEGORY, True
    never = NEVER.search((turn.message.text or "").lower())
    key = "complaints.nik_taken.never" if never else "complaints.nik_taken.at_fix"
    return [Outbound(turn.say(key))]
    yield


__all__ = ["CATEGORY", "NIK_TAKEN", "fix_key", "note", "prefill", "reports", "told_at_fix"]
