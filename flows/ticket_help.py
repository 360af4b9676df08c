"""How long a complaint takes ("kira2 brp lama diprosesnya" right after filing one, "brp lama
lagi" right after adding data to a ticket): no resolution time is published, so none is
promised; the status is one tap away."""

from __future__ import annotations

import re

from flows.complaint_ticket import FILED_AT
from flows.fallback import previous_intent
from flows.how_long import asks_bare
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.runtime.transitions import FINISHED

RECENT_SECONDS = 30 * 60
"""How long after filing (or adding data) a bare "brp lama diprosesnya?" is about the ticket."""

INTENTS = ("complaint_status", "benefits_info", "wave_schedule", "incentive_status", "help",
           "out_of_scope", "complaint", "registration_status")  # fmt: skip
"""The intents such a question is read as."""

_HOW_LONG = re.compile(
    r"\b(?:berapa lama|brp lama|brapa lama|kapan|kpn)\b.{0,30}\b(?:diproses\w*|proses\w*|"
    r"selesai\w*|ditanggapi|dibalas|dibales|direspon\w*|ditindaklanjuti|beres)|\bhow long\b"
    r".{0,40}\b(?:process\w*|take|resolv\w*|answer\w*)"
)
_ABOUT_TICKET = re.compile(r"\b(?:tiket|ticket|pengaduan|aduan|laporan|complaint|report)\w*")
_DATA_SENT = ("ticket_reply", "sent")
"""The flow end of data added to a ticket waiting for the participant."""


def answer(turn: FlowTurn) -> list[Outbound] | None:
    lowered = (turn.message.text or "").lower()
    in_context = _just_filed(turn) or _data_just_sent(turn)
    after_status = previous_intent(turn) == "complaint_status"  # "cek tiket", then "brp lama?"
    if _HOW_LONG.search(lowered):
        if not (_ABOUT_TICKET.search(lowered) or in_context or after_status):
            return None
    elif not (in_context and _bare(lowered)):  # "brp lama lagi" right after adding data
        return None
    status = turn.button("intents.complaint_status", "intent:complaint_status")
    return [turn.reply("kb.ticket_time", status, turn.menu_button())]


def _bare(lowered: str) -> bool:
    """A bare "how long?", the ticket perhaps named ("brp lama lagi tiketnya")."""
    return asks_bare(_ABOUT_TICKET.sub(" ", lowered))


def _just_filed(turn: FlowTurn) -> bool:
    filed_at = float(turn.session.profile.get(FILED_AT) or 0)
    return 0 <= turn.message.at.timestamp() - filed_at <= RECENT_SECONDS


def _data_just_sent(turn: FlowTurn) -> bool:
    finished = turn.session.profile.get(FINISHED) or []
    if len(finished) != 4 or tuple(finished[:2]) != _DATA_SENT:
        return False
    return 0 <= turn.message.at.timestamp() - float(finished[3]) <= RECENT_SECONDS


__all__ = ["INTENTS", "answer"]
