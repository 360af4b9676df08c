"""What support said before, reported ("kok gitu, kemaren cs bilang minggu ini", "kata petugas
udah diproses"): a fact told, no request for a person. It read as ``human_agent`` (0.54, "cs")
and the user was queued at once (probe p22b #33). Now: the assistant cannot see what was said
elsewhere nor promise a date (DOMAIN.md "Complaints": no resolution SLA is published); for the
incentive, when money arrives and when to complain (DOMAIN.md "Incentives"); a person is one
tap away, asked for, not assumed."""

from __future__ import annotations

import re

from flows.complaint_topics import file_complaint
from flows.messages import Outbound
from flows.runtime import controls
from flows.runtime.machine import FlowTurn

MAX_WORDS = 20
_STAFF = r"(?:cs|petugas|admin|operator|call ?cent(?:er|re)|agen|mbak\s+cs|mas\s+cs|support)"
_SAID = re.compile(
    rf"\b{_STAFF}\s+(?:\w+\s+)?(?:bilang\w*|blg|blng|ngomong|bicara|katanya|janji\w*|jawab\w*|"
    r"ngasih tau|kasih tau|ngabarin|said|told me|promised)\b"
    rf"|\bkata\s+(?:\w+\s+)?{_STAFF}\b|\b(?:dibilangin|dijanjiin|dijanjikan)\s+(?:\w+\s+)?{_STAFF}\b"
)
"""Support's words reported: "cs bilang minggu ini", "kata petugasnya udah diproses"."""
_WISH = re.compile(
    r"\b(?:mau|mo|pengen|pgn|ingin|minta|tolong|sambung\w*|hubung\w*|want|wanna|connect|"
    r"talk to|speak to)\b"
)
_INCENTIVE = re.compile(
    r"\b(?:insentif\w*|incentive\w*|cair\w*|masuk|dana|duit|uang|transfer\w*)\b"
)


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """Support's words heard, with what can be said here; else None."""
    message = turn.message
    if message.payload is not None or turn.session.flow is not None:
        return None
    text = " ".join((message.text or "").lower().split())
    if not text or len(text.split()) > MAX_WORDS or not _SAID.search(text) or _WISH.search(text):
        return None
    if message.intent != "human_agent":  # "kata cs sertifikat sy udh terbit": the certificate's
        return None
    recent: list[str] = turn.session.profile.get("recent") or []
    trail: list[str] = turn.session.profile.get("trail") or []
    said = " ".join([*recent[-2:], text]).lower()
    money = bool(_INCENTIVE.search(said)) or "incentive_status" in trail[-2:]
    lines = [turn.say("cs_said.heard")]
    if money:
        lines.append(turn.say("cs_said.incentive", **turn.ctx.programme.facts()))
    report = file_complaint(turn, topic="incentive" if money else None)
    person = turn.button("common.talk_to_person", controls.HUMAN)
    return [Outbound(" ".join(lines), (report, person, turn.menu_button()))]


__all__ = ["answer"]
