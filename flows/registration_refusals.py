"""Why the registration refused a number ("knp nik aku ditolak?", "kok ditolak sih?") asked at
one of its questions: the refusal the bot just gave explained (the NIK's length, region code,
date or serial, the KK's, a birth date that does not match the NIK), or, when nothing was
refused here, that it was accepted and what refuses a NIK elsewhere (data that differs from
Dukcapil's, a NIK registered already); then the question asked again. Before, such a question
was read as one about the selection announcement, or as a complaint that set the form aside.

The registration's validators record their last refusal (``registration_checks.REFUSED``)."""

from __future__ import annotations

import re

from flows import nik_gender
from flows.contact_centre_aside import pending, then_resume
from flows.messages import Outbound
from flows.registration_checks import REFUSED
from flows.runtime.machine import Flow, FlowTurn

FLOW = "registration"
FIELDS = ("nik", "kk", "dob")
MAX_WORDS = 12
"""A "why" question is short; a longer message is something else."""

_WHY = re.compile(r"\b(?:kenapa|knp|napa|ngapa|mengapa|kok|koq|why|how come|alasan\w*|sebab\w*)\b")
_REFUSED = re.compile(
    r"\b(?:di ?tolak|tolak\w*|(?:ga|gak|gk|nggak|tidak|tdk|not) ?(?:valid|bisa|diterima|masuk|"
    r"accepted)|gabisa|invalid|gagal|salah|error|eror|rejected|refused|declined|wrong)\b"
)
_FIELD_WORDS = {
    "nik": re.compile(r"\b(?:nik|ktp)"),
    "kk": re.compile(r"\b(?:kk|kartu keluarga|family card)\b"),
    "dob": re.compile(r"\b(?:tgl|tanggal|lahir|ttl|birth|dob)\b"),
}
_NUMBER = re.compile(r"\d{6,}")


def asks_why(text: str) -> bool:
    """ "knp nik aku ditolak?", "kok ditolak sih", "why was my NIK rejected": not a number
    typed with it (that is an answer)."""
    lowered = " ".join(text.lower().split())
    if not lowered or len(lowered.split()) > MAX_WORDS or _NUMBER.search(lowered):
        return False
    return bool(_WHY.search(lowered) and _REFUSED.search(lowered))


def field_named(text: str) -> str | None:
    lowered = text.lower()
    return next((field for field, words in _FIELD_WORDS.items() if words.search(lowered)), None)


def answer(flow: Flow, turn: FlowTurn) -> list[Outbound] | None:
    """The reason at the registration's pending question, then that question again; else
    None. "aku cewek kok, kenapa nik nya gitu": the NIK's date rule (``flows.nik_gender``).
    "kok ga bisa" naming nothing at a question that is no number's (the email): nothing was
    refused here, so what does not work is asked (before, the NIK's "not refused here")."""
    state = pending(flow, turn) if flow.name == FLOW else None
    text = turn.message.text or ""
    if state is None:
        return None
    gender = nik_gender.explain(turn)
    if gender is not None:
        return then_resume(flow, state, turn, Outbound(gender))
    if not asks_why(text):
        return None
    named = field_named(text)
    asked = state.slot.name if state.slot is not None else ""
    if named is None and not _refused_here(turn) and asked not in FIELDS:
        return then_resume(flow, state, turn, Outbound(_unclear(turn, asked)))
    return then_resume(flow, state, turn, Outbound(explain(turn, named)))


LABELLED = ("name", "phone", "email")
"""Questions whose answer has a label (``slots.<name>``) to name in ``registration_unclear``."""


def _unclear(turn: FlowTurn, asked: str) -> str:
    """Nothing refused here: which part does not work, and what this question needs."""
    if asked in LABELLED:
        return turn.say("registration_unclear.what", what=turn.say(f"slots.{asked}"))
    return turn.say("registration_unclear.general")


def _refused_here(turn: FlowTurn) -> bool:
    """A NIK, KK or birth date refused and not yet accepted (its why is what is asked)."""
    refused = turn.slots.get(REFUSED)
    return isinstance(refused, dict) and refused.get("field") in FIELDS


def explain(turn: FlowTurn, named: str | None) -> str:
    """The refusal of ``named`` (else of the last field refused, else the NIK) explained, or
    that it was accepted here and what refuses one elsewhere."""
    slots = turn.slots
    refused = slots.get(REFUSED)
    refused = refused if isinstance(refused, dict) else {}
    field = named or str(refused.get("field") or "nik")
    if refused.get("field") == field:
        params = refused.get("params")
        key = f"registration.why_refused.{refused.get('reason')}"
        return turn.say(key, **(params if isinstance(params, dict) else {}))
    what = turn.say(f"slots.{field}")
    if field in slots:
        return turn.say("registration.why_refused.accepted", what=what)
    return turn.say("registration.why_refused.general")


__all__ = ["FIELDS", "answer", "asks_why", "explain", "field_named"]
