"""How long a complaint takes ("kira2 brp lama diprosesnya" right after filing one): no
resolution time is published, so none is promised; the status is one tap away."""

from __future__ import annotations

import re

from flows.complaint_ticket import FILED_AT
from flows.fallback import previous_intent
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

RECENT_SECONDS = 30 * 60
"""How long after filing a bare "brp lama diprosesnya?" is about the ticket."""

INTENTS = ("complaint_status", "benefits_info", "wave_schedule", "incentive_status", "help",
           "out_of_scope", "complaint", "registration_status")  # fmt: skip
"""The intents such a question is read as."""

_HOW_LONG = re.compile(
    r"\b(?:berapa lama|brp lama|brapa lama|kapan|kpn)\b.{0,30}\b(?:diproses\w*|proses\w*|"
    r"selesai\w*|ditanggapi|dibalas|dibales|direspon\w*|ditindaklanjuti|beres)|\bhow long\b"
    r".{0,40}\b(?:process\w*|take|resolv\w*|answer\w*)"
)
_ABOUT_TICKET = re.compile(r"\b(?:tiket|ticket|pengaduan|aduan|laporan|complaint|report)\w*")


def answer(turn: FlowTurn) -> list[Outbound] | None:
    lowered = (turn.message.text or "").lower()
    if not _HOW_LONG.search(lowered):
        return None
    filed_at = float(turn.session.profile.get(FILED_AT) or 0)
    just_filed = 0 <= turn.message.at.timestamp() - filed_at <= RECENT_SECONDS
    after_status = previous_intent(turn) == "complaint_status"  # "cek tiket", then "brp lama?"
    if not (_ABOUT_TICKET.search(lowered) or just_filed or after_status):
        return None
    status = turn.button("intents.complaint_status", "intent:complaint_status")
    return [turn.reply("kb.ticket_time", status, turn.menu_button())]


__all__ = ["INTENTS", "answer"]
