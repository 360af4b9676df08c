"""A topic corrected right after its answer: "eh bukan sertifikat, maksudku insentif", "not
the certificate, I meant the incentive". The NLU reads both topics named (p24b d8: certificate
0.43, incentive 0.42: "which one do you mean?"); the one after "maksudku" / "I meant" is asked,
answered as if asked alone (``flows.route_text``). Likewise "cek lagi dong" right after a status
answer, even after a pause (p24b c13: "which one?" with "Berhenti langganan"): that status
again, read afresh from the record."""

from __future__ import annotations

import re

from flows.fallback import previous_intent
from flows.last_answer import just_said
from flows.repeated_questions import CHECK_AGAIN
from flows.runtime.machine import FlowTurn
from flows.several_contrast import TOPICS, concern
from flows.turn import Message

MAX_WORDS = 12
"""A correction is short; a longer message tells more than which topic was meant."""
_MEANT = re.compile(
    r"\b(?:maksud\s*(?:ku|aku|saya|gue|gw|gua|nya|ny|q)?|mksd\s*(?:ku|aku|nya)?|maksudnya|"
    r"yang aku maksud|yg aku maksud|i meant?|i was asking about|i'?m asking about)\b"
)
"""What was meant: "maksudku", "maksud aku", "I meant"."""
_NOT = re.compile(r"\b(?:bukan|bkn|not|no|salah)\b")
"""What was not meant, named before: "bukan sertifikat", "not the certificate"."""


def corrected(message: Message) -> str | None:
    """The intent of the topic meant ("maksudku insentif") after another one named as not
    meant, when the NLU did not read it first; else None."""
    text = " ".join((message.text or "").lower().split())
    if message.payload is not None or len(text.split()) > MAX_WORDS:
        return None
    meant = _MEANT.search(text)
    if meant is None:
        return None
    before, after = text[: meant.start()], text[meant.end() :]
    if not _NOT.search(before):
        return None
    asked = next((intent for intent, topic in TOPICS if topic.search(after)), None)
    if asked is None or asked == message.intent:
        return None
    return asked


_STATUSES = ("incentive_status", "certificate", "registration_status", "training_balance")
"""Intents whose answer reads the record: checked again, it is read afresh."""


def checked_again(turn: FlowTurn) -> str | None:
    """The status intent answered just before (``just_said``: recent, or gone on from after a
    pause), when this message asks to check it again; else None."""
    message = turn.message
    text = " ".join((message.text or "").lower().split())
    if message.payload is not None or not CHECK_AGAIN.match(text):
        return None
    before = previous_intent(turn)
    if before not in _STATUSES or just_said(turn) is None:
        return None
    return before


def asked_instead(turn: FlowTurn) -> str | None:
    """The intent to answer instead of the NLU's: the step asked after "tapi"
    (``flows.several_contrast.concern``: "sertifikat sdh keluar tp insentif blm dijadwalkan"),
    the topic meant (``corrected``), or the status checked again (``checked_again``); else
    None."""
    message = turn.message
    return concern(message) or corrected(message) or checked_again(turn)


__all__ = ["asked_instead", "checked_again", "corrected"]
