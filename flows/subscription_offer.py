"""Broadcasts offered once, right after this chat was linked to an account (``flows.link_account``):
one short line and a "Kabari aku" button after everything else the turn answers (what was asked
before linking, too), when the participant does not receive them yet and this chat never said
no to them. Before, linking ended at "Beres!" and broadcasts were never mentioned.

Who receives a broadcast (``storage.repositories.campaign_deliveries.consenting``) is a linked
participant who opted in (``notify_opt_in``) on a chat without a broadcast opt-out. The offer is
left out when the participant opted in already (here or elsewhere), when this chat opted out
(``SetSubscription`` with ``subscribed=False``: "berhenti langganan", "kok masih dikirim"),
and once it was made in this chat: one offer, no nagging.

The chat's opt-out is read from its ``opt_outs`` row (``ChatOptedOut``), however old it is.

Only what broadcasts carry is promised: wave and programme news. Account news (selection,
incentive, complaints) comes through the dashboard, SMS and email (``kb.subscribe_how``)."""

from __future__ import annotations

from flows.last_answer import remember
from flows.messages import Outbound
from flows.queries import ChatOptedOut
from flows.runtime.machine import FlowTurn
from flows.turn import Ask
from flows.views import ParticipantView

OFFERED = "broadcast_offered"
"""``session.profile`` key: broadcasts were offered after linking (never offered again)."""
PENDING = "broadcast_offer"
"""``session.profile`` key: the chat was just linked and the offer is due at the turn's end."""
TOPIC = "broadcasts_offered"
"""``flows.last_answer`` topic: broadcasts were just offered ("ga usah" next declines them:
``flows.subscription_follow_ups``)."""


def note_due(turn: FlowTurn, person: ParticipantView | None) -> Ask[None]:
    """The participant just linked: the offer made at the turn's end, if it is worth making."""
    profile = turn.session.profile
    if person is None or person.notify_opt_in or profile.get(OFFERED):  # receives them, or
        return  # offered once already
    message = turn.message
    if (yield ChatOptedOut(message.channel, message.user_id)):  # said no here, at any time
        return
    profile[OFFERED] = profile[PENDING] = True


def after_linking(turn: FlowTurn, replies: list[Outbound]) -> list[Outbound]:
    """The offer, when due, to follow ``replies`` (a typed "ya" takes it, unless one of them
    asks a yes of its own: "Beli ...? [Ya, beli]"); else nothing."""
    if not turn.session.profile.pop(PENDING, False) or turn.session.participant_id is None:
        return []
    remember(turn, TOPIC)
    asks_yes = any(button.means == "yes" for reply in replies for button in reply.buttons)
    notify = turn.button("registration.notify_me", "subscribe", means=None if asks_yes else "yes")
    return [turn.reply("link_account.updates_offer", notify)]


__all__ = ["OFFERED", "PENDING", "TOPIC", "after_linking", "note_due"]
