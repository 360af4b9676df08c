""" "gajadi deh" at "Tulis data tambahan untuk tiket ..." before anything was typed: stopped at
once, said plainly (nothing was sent, the ticket goes on as it was). Before, "Yakin mau
membatalkan? Jawaban yang sudah kamu isi tidak akan disimpan" was asked about answers never
given (probe p22c b05: "mau nambahin info" -> "bentar" -> "gajadi deh"). With words typed
(at "Kirim sekarang?") the runner still asks first."""

from __future__ import annotations

from flows.messages import Outbound
from flows.runtime import controls
from flows.runtime.machine import Flow, FlowTurn
from flows.runtime.runner import CANCELLED, CONFIRM
from flows.runtime.transitions import finish

FLOW = "ticket_reply"
STEP = "details"


def answer(flow: Flow, turn: FlowTurn) -> list[Outbound] | None:
    """The reply to staff stopped without a question when nothing was typed yet, else None."""
    session, message = turn.session, turn.message
    if flow.name != FLOW or session.step != STEP or turn.slots.get("details"):
        return None
    if turn.slots.get(CONFIRM) == "cancel" or message.payload is not None:
        return None  # already asked: the runner reads the answer
    if not controls.is_cancel(message) or controls.holds_on(message):
        return None
    reference = str(turn.slots.get("reference") or "-")
    session.profile[CANCELLED] = [session.flow, session.turns]  # "lanjut" next: told
    finish(turn)
    return [turn.reply("ticket_reply.dropped", turn.menu_button(), reference=reference)]


__all__ = ["answer"]
