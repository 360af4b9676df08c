"""A lost KTP told by a linked participant already selected ("KTP saya hilang padahal sudah
lolos, perlu apa?"): not the registration's KTP needs (the e-KTP photo is behind them), but what
it touches now. DOMAIN.md: the incentive goes to a bank or e-wallet in one's own name (same
NIK), and the NIK is checked against Dukcapil; replacing the KTP is Dukcapil's. Whether any step
of the programme asks for the KTP again is not in DOMAIN.md: said so, the official channel named."""

from __future__ import annotations

import re

from flows import my_data
from flows.runtime.machine import FlowTurn

MAX_WORDS = 30
PAST_REGISTRATION = ("selected", "enrolled", "completed")
_LOST = re.compile(
    r"\b(?:e-?ktp|ktp|id card)\w*\b.{0,25}\b(?:hilang|ilang|hlg|rusak|dicuri|kecurian|lost|"
    r"stolen|damaged|patah)\b|\b(?:hilang|ilang|lost|lose)\s+(?:\w+\s+)?(?:e-?ktp|ktp|id card)\b"
)


def answer(turn: FlowTurn) -> my_data.Answer:
    """The lost KTP's answer for one selected; None otherwise (the registration's answer)."""
    message = turn.message
    if message.payload is not None or turn.session.participant_id is None:
        return None
    if turn.session.flow is not None:
        return None
    text = " ".join((message.text or "").lower().split())
    if not text or len(text.split()) > MAX_WORDS or not _LOST.search(text):
        return None
    person = yield from my_data.participant(turn)
    if person is None or person.status not in PAST_REGISTRATION:
        return None
    contact = turn.ctx.programme.contact_centre
    report = turn.button("complaints.file", "flow:complaints")
    menu = turn.menu_button()
    return [turn.reply("ktp_lost_selected.told", report, menu, contact_centre=contact)]


__all__ = ["answer"]
