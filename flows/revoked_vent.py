"""A revoked participant's sense of injustice ("ga adil ini, saya cuma telat sehari"), right
after the revocation was explained or from a chat linked to a revoked participant: heard first,
then the rule (the same deadline for everyone, which the assistant cannot waive) and the one
path there is: a complaint when the course was bought in time or something else went wrong.
Before, such a message got "belum paham" and the menu."""

from __future__ import annotations

import re

from flows import revoked_reason
from flows.complaint_topics import file_complaint
from flows.last_answer import just_said, remember
from flows.linked_status import linked_in
from flows.messages import Outbound
from flows.runtime import controls
from flows.runtime.machine import FlowTurn
from flows.turn import Ask

REVOKED = "revoked"
"""The ``flows.last_answer`` topic of the revocation answers (``flows.revocation_help``)."""
MAX_WORDS = 15
_UNFAIR = re.compile(
    r"\b(?:ga|gak|gk|nggak|ngga|enggak|tidak|tdk|kurang)\s+adil\b|\bunfair\b|\bnot fair\b"
    r"|\b(?:cuma|cm|hanya|cuman|only)\s+(?:telat|terlambat|late)\b"
    r"|\b(?:telat|terlambat)\s+(?:se)?(?:hari|sehari|dikit|sedikit|\d+\s*(?:hari|jam))\b"
    r"|\b(?:zalim|zolim|dzolim|dzalim|semena|seenaknya|kejam|tega)\b"
)
"""Injustice felt about the revocation."""


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """The injustice heard, the rule and the complaint; None when this is no such message."""
    message = turn.message
    text = " ".join((message.text or "").lower().split())
    if message.payload is not None or turn.session.flow is not None or not text:
        return None
    reason = yield from revoked_reason.answer(turn)  # "telat beli krn sakit": its story kept
    if reason is not None or len(text.split()) > MAX_WORDS or not _UNFAIR.search(text):
        return reason
    if just_said(turn) != REVOKED and not (yield from linked_in(turn, "revoked")):
        return None
    remember(turn, REVOKED)  # "kalo banding?" next: still about the revocation
    report = file_complaint(turn, topic="revoked")
    person = turn.button("common.talk_to_person", controls.HUMAN)
    days = turn.ctx.programme.facts().get("purchase_days")
    return [turn.reply("revoked_vent.heard", report, person, purchase_days=days)]


__all__ = ["answer"]
