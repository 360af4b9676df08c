"""What the facts known here do not say about a certificate, asked by a participant: how long
it is valid ("berlaku brp lama sertifikatnya", "does the certificate expire?") and whether it
comes in English ("ada versi english nya ga?"). DOMAIN.md says only that completing a course
gives a certificate in the dashboard about 1 working day after the provider reports it, so the
answer says so honestly and points to the provider and the contact centre (probe p23b d5:
before, "waiting longer won't change anything" after the certificate-issued answer, or the
issued answer again). The validity is ``kb.certificate_validity``, the answer
``flows.certificate_asks`` gives it elsewhere. None: not such a question."""

from __future__ import annotations

import re

from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

MAX_WORDS = 16
VALIDITY = "kb.certificate_validity"
"""How long it is valid: the certificate answers' own key (one answer per question)."""
_CERTIFICATE = re.compile(r"\b(?:sertifikat\w*|sertif|certificate\w*|cert)\b")
_VALIDITY = re.compile(
    r"\bberlaku\b|\bmasa (?:berlaku|aktif)\b|\bkadaluarsa|\bkedaluwarsa|\bexpir\w*"
    r"|\bvalidity\b|\bvalid (?:for|until)\b"
)
_ENGLISH = re.compile(r"\b(?:english|inggris|bhs inggris|bahasa inggris|translat\w*|terjemah\w*)\b")


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """The honest "not known here", and whom to ask; else None."""
    message = turn.message
    lowered = " ".join((message.text or "").lower().split())
    if message.payload is not None or turn.session.flow is not None or not lowered:
        return None
    if len(lowered.split()) > MAX_WORDS or not _CERTIFICATE.search(lowered):
        return None
    english, validity = _ENGLISH.search(lowered), _VALIDITY.search(lowered)
    if not english:
        return [turn.reply(VALIDITY, turn.menu_button())] if validity else None
    facts = turn.ctx.programme.facts()
    lines = [turn.say("certificate_unknowns.english", **facts)]
    lines.append(turn.say("certificate_unknowns.where", **facts))
    if validity:
        lines.append(turn.say(VALIDITY))
    return [Outbound("\n".join(lines), (turn.menu_button(),))]


__all__ = ["answer"]
