"""The summary answered with "kirim ke cs aja langsung": the complaint is filed (a ticket is
how it reaches staff, whatever the channel), and talking to a person is one tap away under
the ticket's reference. Before, the chat went to the staff queue and the complaint was left
silently unfiled."""

from __future__ import annotations

import re
from dataclasses import replace

from flows.complaint_form_words import sends
from flows.messages import Button
from flows.runtime import controls
from flows.runtime.machine import Flow, FlowTurn

ASKED = "_to_staff"
"""Slot: the complaint was sent with a wish for staff: a person offered after the filing."""
_SEND_TO_STAFF = re.compile(
    r"^(?:(?:ya|iya|ok|oke|udah|udh|yaudah|ya udah|langsung|tolong)\W+){0,2}"
    r"(?:kirim|kirimin|kirimkan|teruskan|terusin|lanjutkan|forward|send)\w*\s+"
    r"(?:(?:aja|saja|langsung)\s+)?(?:ke|sama|to)\s+(?:cs|petugas|admin|staf\w*|agen|orang|"
    r"customer service|the staff|an agent)\b"
)
"""Send it to staff: "kirim ke cs aja langsung", "langsung kirim ke petugas", "send to staff"."""


def send_to_staff(text: str) -> bool:
    return bool(_SEND_TO_STAFF.search(" ".join(text.lower().split())))


def as_send(flow: Flow, turn: FlowTurn) -> FlowTurn:
    """At the complaint's summary, "kirim ke cs aja langsung" is read as the summary's answer
    (send), not as a wish for a person that leaves the complaint unfiled; else ``turn``."""
    session, message = turn.session, turn.message
    if flow.name != "complaints" or session.step != "confirm" or message.payload is not None:
        return turn
    if not send_to_staff(message.text or "") and not sends(message.text or ""):
        return turn  # "iya langsung kirim aja min" (read as a person asked for): sent too
    return FlowTurn(session, replace(message, intent="complaint"), turn.ctx)


def buttons(turn: FlowTurn) -> tuple[Button, ...]:
    """A person one tap away after the filing, when the complaint was sent "ke cs"."""
    if not turn.slots.get(ASKED):
        return ()
    return (turn.button("common.talk_to_person", controls.HUMAN),)


__all__ = ["ASKED", "as_send", "buttons", "send_to_staff"]
