"""Prakerja itself called a scam, or asked whether it is one ("prakerja penipu", "prakerja itu
penipuan ya", "is prakerja a scam?"), with no not-selected context (``flows.not_selected_vent``
hears that first) and nobody else in the story: Prakerja is the government's official
programme, free and registered for by oneself at prakerja.go.id; how to recognise a scam in its
name (paid registration or "guaranteed" selection, secrets asked for, a cash-out offer) and the
official channels (DOMAIN.md "Complaints": the help centre's form, live chat, email, the contact
centre); a complaint one tap away for anyone cheated. Before, the fraud warning "⚠️ Itu
penipuan..." read as agreeing that Prakerja is a scam."""

from __future__ import annotations

import re

from flows.complaint_topics import category_for, file_complaint
from flows.complaint_venting import scorned, vented
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

MAX_WORDS = 12
"""Such a remark is short; a longer message tells a story the complaint or fraud answer takes."""
_PROGRAMME = re.compile(r"\b(?:prakerja\w*|program(?:nya)? ini|this program\w*)\b")
"""The programme named ("prakerja", "kartu prakerja", "program ini")."""
_SCAM = re.compile(
    r"\b(?:penipu\w*|nipu\w*|tipu\w*|scam\w*|hoax|hoaks|bodong|abal\W?abal|fraud\w*|fake)\b"
)
"""A scam word (not "php" or "bohong": disappointment, not a claim of fraud)."""
_REPORT = re.compile(
    r"\b(?:lapor\w*|ngelapor\w*|melapor\w*|ngadu\w*|mengadu\w*|adukan|komplain\w*|"
    r"complain\w*|pengaduan\w*|aduan\w*|report\w*)\b"
)
"""A report asked for in so many words: the complaint flow takes it."""


def _fraud_named(lowered: str) -> bool:
    """A fraud named besides the scam words (a joki, a code asked for, a cash-out offer)."""
    return category_for(lowered) == "fraud"


def called_scam(text: str) -> bool:
    """The programme itself called a scam, or asked whether it is one, with nobody else in the
    story and nothing it failed to give named (the incentive, the selection)."""
    lowered = " ".join(text.lower().split())
    if len(lowered.split()) > MAX_WORDS or _REPORT.search(lowered):
        return False
    if not (_PROGRAMME.search(lowered) and _SCAM.search(lowered)):
        return False
    return scorned(lowered, _fraud_named) and vented(lowered, _fraud_named) is None


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """The official programme and how to tell a scam, a complaint one tap away; else None."""
    message = turn.message
    if message.payload is not None or turn.session.flow is not None:
        return None
    if not called_scam(message.text or ""):
        return None
    turn.session.misses = 0
    report = file_complaint(turn, topic="fraud")  # cheated by someone in its name: report it
    contact = turn.ctx.programme.contact_centre
    return [
        turn.reply("programme_scam.official", report, turn.menu_button(), contact_centre=contact)
    ]


__all__ = ["answer", "called_scam"]
