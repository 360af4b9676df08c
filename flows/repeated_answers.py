"""The same answer about to be given again to the message right after it ("kapan gelombang 73
dibuka" four times, "cara daftar gmn" twice): said to be the same as before, and from the third
time on a person offered too, rather than the identical text each time as if not said before.
Only an answer of substance outside a flow (a flow's question asked again is how a form works;
"Sama-sama!" or a greeting is no answer to vary)."""

from __future__ import annotations

import hashlib
from dataclasses import replace

from flows.messages import Outbound
from flows.runtime import controls
from flows.runtime.machine import FlowTurn

REPEATED = "repeated"
"""``session.profile`` key: [digest of the answer's first text, times given, ``Session.turns``]."""
MIN_LENGTH = 80
"""A shorter first text is an acknowledgement or a greeting, not an answer to vary."""
OFFER_PERSON_FROM = 3
"""From the third identical answer in a row, a person is offered."""
_SOCIAL = frozenset({"thanks", "greet", "goodbye", "affirm", "deny", "bot_challenge"})


def varied(turn: FlowTurn, replies: list[Outbound]) -> list[Outbound]:
    """``replies`` as given, or, when they repeat the answer just given, said to be the same
    (and a person offered after a few); the answer is remembered either way."""
    session, message = turn.session, turn.message
    if not replies or session.flow is not None or message.payload is not None:
        session.profile.pop(REPEATED, None)
        return replies
    if message.intent in _SOCIAL or len(replies[0].text) < MIN_LENGTH:
        session.profile.pop(REPEATED, None)
        return replies
    digest = hashlib.sha256(replies[0].text.encode()).hexdigest()[:16]
    before = session.profile.get(REPEATED)
    times = 1
    if isinstance(before, list) and len(before) == 3:
        same = before[0] == digest and before[2] == session.turns - 1
        times = int(before[1]) + 1 if same else 1
    session.profile[REPEATED] = [digest, times, session.turns]
    if times < 2:
        return replies
    first = replace(replies[0], text=turn.say("repeated.same") + "\n" + replies[0].text)
    said = [first, *replies[1:]]
    if times < OFFER_PERSON_FROM:
        return said
    person = turn.button("common.talk_to_person", controls.HUMAN)
    return [*said, Outbound(turn.say("repeated.offer_person"), (person, turn.menu_button()))]


__all__ = ["REPEATED", "varied"]
