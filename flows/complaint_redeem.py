"""A redeem-code complaint whose story gives the class's time and when the code was entered
("kelasnya jam 8 malem, aku masukin jam 5 sore"): the story is kept, and the code's window for
that class is said before the next question (too early, too late or inside it, as
``flows.live_class`` says it outside the form), with how to go on. Before, the form went
straight to the order number. Said to fail still right after the redeem-code answer, outside
the form: ``flows.redeem_tried``."""

from __future__ import annotations

from dataclasses import replace

from flows import class_times, live_class
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

CATEGORY = "purchase_redeem"


def window_note(turn: FlowTurn) -> list[Outbound]:
    """The redeem window for the times the story gives, then "go on if it still fails", or
    nothing when the story gives no class time and entry time."""
    message = turn.message
    if turn.slots.get("category") != CATEGORY or message.payload or not message.text:
        return []
    said = class_times.said(message.text)
    if said is None or said.start is None or said.entry is None:
        return []
    window = live_class.answer(turn)
    if not window:
        return []
    shown = [replace(reply, buttons=()) for reply in window]  # the form's question follows
    return [*shown, Outbound(turn.say("complaints.redeem_window_then"))]


__all__ = ["window_note"]
