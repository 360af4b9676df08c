"""Broadcasts asked back inside a form ("eh langganan lagi deh" right after "stop kirim2 info"
stopped them there): switched on again as an aside, and the form's question asked again, as a
stop inside a form is (``flows.subscription_requests.in_flow``; before, "aku belum menangkap
jawabannya"). A chat linked to no account is told, as outside a form, that broadcasts reach
it only once it is linked (``kb.subscribed_unlinked``)."""

from __future__ import annotations

from flows.contact_centre_aside import then_resume
from flows.last_answer import remember
from flows.messages import Outbound
from flows.my_data import participant
from flows.queries import SetSubscription
from flows.runtime.machine import Flow, FlowTurn
from flows.subscription_follow_ups import SUBSCRIBED
from flows.turn import Ask


def resumed(flow: Flow, turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """Broadcasts on again, then the pending question; None when no question is pending."""
    message, step = turn.message, turn.session.step
    state = flow.state(step) if step else None
    if state is None or state.slot is None:
        return None
    yield SetSubscription(message.channel, message.user_id, True)
    remember(turn, SUBSCRIBED)
    linked = (yield from participant(turn)) is not None
    key = "subscription.resumed_in_form" if linked else "subscription.resumed_in_form_unlinked"
    return then_resume(flow, state, turn, Outbound(turn.say(key)))


__all__ = ["resumed"]
