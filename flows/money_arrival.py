"""How long the incentive's money takes to arrive, asked on its own ("Baik. Lalu berapa lama
dananya masuk?", "brp hari uangnya cair", "how long until the money arrives"): the payout
rule (DOMAIN.md "Incentives": 3–5 working days after the scheduled date; support after 7×24
hours), whatever the NLU read. Before, a formal question it was unsure of got "Maksud kamu
yang mana?". A question the NLU reads clearly as one's own incentive status goes on to the
record (``flows.my_incentives``)."""

from __future__ import annotations

import re

from flows.follow_up_answers import INCENTIVE_TIMING
from flows.last_answer import remember
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

_HOW_LONG = re.compile(
    r"\b(?:berapa|brp|brapa|bbrp) (?:lama|lma|hari)\b|\bhow (?:long|many days)\b"
)
_MONEY = re.compile(r"\b(?:dana|uang|duit|insentif|incentives?|money|funds?|transfer\w*)\w*\b")
_ARRIVES = re.compile(
    r"\b(?:masuk\w*|cair\w*|sampai|sampe|nyampe|diterima|ditransfer|dikirim|arriv\w*|come in|"
    r"comes in|reach\w*|paid|received?)\b"
)
_OTHER = re.compile(
    r"\b(?:sertifikat\w*|certificate\w*|otp|kode|code|pelatihan\w*|kursus\w*|course\w*|saldo\w*|"
    r"balance|tiket\w*|ticket\w*|pengaduan\w*|verifikasi\w*|pengumuman\w*|refund\w*|"
    r"daftar|mendaftar|pendaftaran|register\w*|sign(?:ing)? up)\b"
)
"""Another stage named: the question is about that, or the whole way ("dari daftar sampe dapet
duit berapa lama?": the timeline's stages)."""


def asks_arrival(text: str) -> bool:
    """Whether ``text`` asks how long the incentive's money takes to arrive."""
    lowered = text.lower()
    found = _HOW_LONG.search(lowered) and _MONEY.search(lowered) and _ARRIVES.search(lowered)
    return bool(found) and not _OTHER.search(lowered)


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """The payout's usual arrival time and when to complain, else None."""
    message = turn.message
    if len(turn.message.parts) > 1:
        return None  # several questions: each answered (``flows.several_questions``)
    if message.payload is not None or not asks_arrival(message.text or ""):
        return None
    rules = turn.ctx.programme.dialogue
    clear = not message.ambiguous and message.confidence >= rules.min_confidence
    if message.intent == "incentive_status" and clear and turn.session.participant_id is not None:
        return None  # one's own schedule: the record answers
    remember(turn, INCENTIVE_TIMING)  # "udh 2 minggu" next: complain or wait
    facts = turn.ctx.programme.facts()
    return [turn.reply("kb.incentive_timing", turn.menu_button(), **facts)]


__all__ = ["answer", "asks_arrival"]
