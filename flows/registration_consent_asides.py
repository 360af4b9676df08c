"""A question asked at the registration's consent question, answered before the consent is
asked again briefly (as other forms answer their asides), rather than the consent's "Ya
atau Tidak dulu" with the question ignored:

- a phone that cannot take the e-KTP photo or the selfie ("hp aku jadul gabisa foto selfie,
  gmn?"): the photo and the face check are done live with a phone camera (DOMAIN.md
  "Registration steps"), another phone may be used for them if the e-KTP, the face and the
  account are one's own;
- any other question the NLU reads, even unsure or carrying an entity ("kalo pake seabank
  bisa?", payment_account with ``payout``): its answer, without its buttons.

A yes or no, typed data (a name, a NIK), "why must I agree?" and a question about registering
itself stay the consent's own (``registration_checks.consent``)."""

from __future__ import annotations

import re
from dataclasses import replace

from flows import questions
from flows.fallback import ANSWER_INTENTS, SOCIAL
from flows.helpers import answered_first
from flows.messages import Outbound
from flows.registration_checks import consent
from flows.registration_start import asks
from flows.result import Invalid
from flows.runtime.machine import Flow, FlowTurn, State
from flows.runtime.prompts import prompt
from flows.turn import Ask

STEP = "consent"

_CAMERA = re.compile(
    r"\b(?:selfie|swafoto|kamera|camera|foto|photo|verifikasi wajah|verif wajah|face)\b"
)
_CANNOT = re.compile(
    r"\b(?:jadul|lama|jelek|rusak|(?:ga|gak|gk|nggak|tidak|tdk|ndak)\s*(?:bisa|ada|punya)|gabisa|"
    r"gbs|can'?t|cannot|no|old|broken)\b"
)
_OWN = ("register", "check_eligibility", "out_of_scope", "human_agent", "cancel", "delete_my_data")
"""Readings the consent question answers itself (or the runner does: a person, a cancel)."""
MIN_CONFIDENCE = 0.3
"""An unsure reading still names the aside's topic (complaint at 0.43); below, no answer."""


def answer(flow: Flow, state: State, turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """The aside answered and the consent asked again briefly, else None."""
    message = turn.message
    if state.name != STEP or message.payload is not None or not message.text:
        return None
    read = consent(message, dict(turn.slots), turn.ctx)  # a yes, a no, "why?", a name: its own
    if not isinstance(read, Invalid) or read.reason != "consent_unclear":
        return None
    text = " ".join(message.text.lower().split())
    if _CAMERA.search(text) and _CANNOT.search(text):  # "hp aku jadul gabisa foto selfie"
        said = f"{turn.say('registration.aside.camera')} {turn.say('complaints.aside.other_phone')}"
        return _resumed(flow, state, turn, [Outbound(said)])
    if not asks(message) or message.intent is None or message.confidence < MIN_CONFIDENCE:
        return None
    if message.intent in _OWN or message.intent in ANSWER_INTENTS or message.intent in SOCIAL:
        return None
    replies = yield from answered_first(turn, message.intent)  # its own answer ("seabank")
    if replies is None:
        replies = yield from questions.answer(message.intent, turn, digression=True)
    if not replies or turn.session.flow != flow.name:
        return replies or None
    return _resumed(flow, state, turn, [replace(reply, buttons=()) for reply in replies])


def _resumed(flow: Flow, state: State, turn: FlowTurn, said: list[Outbound]) -> list[Outbound]:
    go_on = Outbound(turn.say("common.resume_question"))
    return [*said, go_on, prompt(flow, state, turn, simple=True)]


__all__ = ["answer"]
