"""Broadcasts started or stopped as one question of several ("1. cara ganti email 2. saldo
aku brp 3. gimana cara berhenti langganan info"): asked first with Ya/Tidak, after the other
answers (``flows.several_questions``), never switched at once from inside a list (before, the
whole message went to the subscription and the other questions were dropped, or broadcasts
were stopped with nothing asked)."""

from __future__ import annotations

from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.turn import Ask

INTENTS = frozenset({"subscribe", "unsubscribe"})


def confirm(turn: FlowTurn) -> Ask[list[Outbound]]:
    """The change asked about, one tap away ("Ya" is the subscription's own payload)."""
    subscribed = turn.message.intent == "subscribe"
    payload = "subscribe" if subscribed else "unsubscribe"
    change = turn.button("common.yes", payload, means="yes")
    keep = turn.button("common.no", "menu", means="no")
    key = "kb.subscribe_confirm" if subscribed else "kb.unsubscribe_confirm"
    return [turn.reply(key, change, keep)]
    yield


__all__ = ["INTENTS", "confirm"]
