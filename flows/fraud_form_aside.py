"""A scam asked about in the middle of another form ("ada yg nawarin jasa daftar bayar 100rb,
aman ga?" at the eligibility check's citizen question): the fraud answer (free, nobody can
guarantee selection, don't pay), the report one tap away, and the form's question again (probe
p24b: before, the check was set aside for a fraud complaint whose story became the next
answer, "oke, lanjut. ya aku wni"). A report ("mau lapor joki", "aku ketipu") is no question:
the complaint flow takes it as before. The complaint form's own fraud asides are
``flows.complaint_fraud_asides``."""

from __future__ import annotations

from dataclasses import replace

from flows import parking
from flows.complaint_topics import category_for
from flows.contact_centre_aside import pending
from flows.fraud import asks_only, sells_selection, warned
from flows.messages import Outbound
from flows.runtime.machine import Flow, FlowTurn
from flows.runtime.prompts import prompt

_OWN_FORMS = frozenset({"complaints"})
"""Forms whose fraud talk is their own."""
_OWN_AT_QUESTIONS = frozenset({"registration"})
"""Forms whose questions (a step with a slot) have their own fraud aside
(``flows.registration_asides``: the report after the form, no button)."""


def in_flow(flow: Flow, turn: FlowTurn) -> list[Outbound] | None:
    """The fraud answer and the pending question again; None for anything else."""
    state = pending(flow, turn) if flow.name not in _OWN_FORMS else None
    text = turn.message.text or ""
    if state is None or not asks_only(text):
        return None
    if flow.name in _OWN_AT_QUESTIONS and state.slot is not None:
        return None
    if category_for(text) != "fraud" and not sells_selection(text):
        return None
    *told, offer = warned(turn)
    replies = [*told, replace(offer, buttons=offer.buttons[:1])]  # the report; no menu mid-form
    if parking.side_question(turn):  # the third side question in a row: the form set aside
        return [*replies, parking.set_aside(turn)]
    resumed = Outbound(turn.say("common.resume_question"))
    return [*replies, resumed, prompt(flow, state, turn)]


__all__ = ["in_flow"]
