"""Broadcasts offered once, right after this chat was linked to an account (``flows.link_account``):
one short line and a "Kabari aku" button after everything else the turn answers (what was asked
before linking, too), when the participant does not receive them yet and this chat never said
no to them. Before, linking ended at "Beres!" and broadcasts were never mentioned.

Who receives a broadcast (``storage.repositories.campaign_deliveries.consenting``) is a linked
participant who opted in (``notify_opt_in``) on a chat without a broadcast opt-out. The offer is
left out when the participant opted in already (here or elsewhere), when this chat opted out
(``SetSubscription`` with ``subscribed=False``: "berhenti langganan", "kok masih dikirim"),
and once it was made in this chat: one offer, no nagging.

The chat's opt-out is noted in the session as it is made (``noting``, around every turn), since
flows have no query for the ``opt_outs`` rows themselves; an opt-out older than the session
record (``sessions.retention_days`` of silence) is not seen.

Only what broadcasts carry is promised: wave and programme news. Account news (selection,
incentive, complaints) comes through the dashboard, SMS and email (``kb.subscribe_how``)."""

from __future__ import annotations

from typing import Any

from flows.last_answer import remember
from flows.messages import Outbound
from flows.queries import SetSubscription
from flows.runtime.machine import FlowTurn
from flows.turn import Step
from flows.views import ParticipantView
from storage.sessions import Session

CHOICE = "broadcast_choice"
"""``session.profile`` key: "in" or "out", the last broadcast choice made in this chat."""
OFFERED = "broadcast_offered"
"""``session.profile`` key: broadcasts were offered after linking (never offered again)."""
PENDING = "broadcast_offer"
"""``session.profile`` key: the chat was just linked and the offer is due at the turn's end."""
TOPIC = "broadcasts_offered"
"""``flows.last_answer`` topic: broadcasts were just offered ("ga usah" next declines them:
``flows.subscription_follow_ups``)."""


def noting(session: Session, step: Step) -> Step:
    """``step`` as it is, with a broadcast opt-in or opt-out it makes noted in the session."""
    answer: Any = None
    while True:
        try:
            query = step.send(answer)
        except StopIteration as done:
            replies: list[Any] = done.value
            return replies
        if isinstance(query, SetSubscription):
            session.profile[CHOICE] = "in" if query.subscribed else "out"
        answer = yield query


def note_due(turn: FlowTurn, person: ParticipantView | None) -> None:
    """The participant just linked: the offer made at the turn's end, if it is worth making."""
    profile = turn.session.profile
    if person is None or person.notify_opt_in:  # receives them already (or no account)
        return
    if profile.get(CHOICE) == "out" or profile.get(OFFERED):  # said no here, or offered once
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


__all__ = ["CHOICE", "OFFERED", "PENDING", "TOPIC", "after_linking", "note_due", "noting"]
