"""The purchase deadline asked about by someone whose account is blocked ("deadline aku
diperpanjang ga kalo gini" right after filing a blocked-account complaint): the assistant cannot
extend it, and with the account blocked the purchase cannot be made, so what helps is the
complaint (filed now, or the one just filed, by its number) and the toll-free contact centre,
so staff see it before the deadline (DOMAIN.md "Complaints": the official channels; no
resolution time is promised). Before, the general "buy your first course now" came, which a
blocked account cannot do."""

from __future__ import annotations

import re

from flows import account_help
from flows.complaint_ticket import FILED_AT, FILED_CATEGORY, FILED_REFERENCE
from flows.complaint_topics import file_complaint
from flows.last_answer import remember, said_since
from flows.messages import Outbound
from flows.purchase_deadline_rules import asks_deadline, asks_missed
from flows.runtime import controls
from flows.runtime.machine import FlowTurn
from flows.turn import within_context_of

MAX_WORDS = 16
_BLOCKED = re.compile(r"\b(?:blokir|diblokir|terblokir|ke ?blokir|blocked|dibekukan)\b")
_DEADLINE = re.compile(r"\b(?:deadline\w*|batas\w*|tenggat\w*)\b")
_RECENT_TURNS = 6
"""The blocked-account answer stays the context for this many messages."""


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """The deadline with a blocked account: no extension, the complaint and the phone line."""
    message = turn.message
    text = " ".join((message.text or "").lower().split())
    if turn.session.flow is not None or message.payload is not None or not text:
        return None
    if len(text.split()) > MAX_WORDS:
        return None
    if not (asks_deadline(text) or (asks_missed(text) and _DEADLINE.search(text))):
        return None  # "deadline aku diperpanjang ga", "batas beli aku gimana"
    reference = _filed_blocked(turn)
    blocked = reference is not None or bool(_BLOCKED.search(text))
    if not blocked and said_since(turn, account_help.BLOCKED, _RECENT_TURNS) is None:
        return None
    remember(turn, account_help.BLOCKED)
    contact = turn.ctx.programme.contact_centre
    person = turn.button("common.talk_to_person", controls.HUMAN)
    if reference:
        body = turn.say("deadline_blocked.filed", reference=reference, contact_centre=contact)
        return [Outbound(body, (person, turn.menu_button()))]
    report = file_complaint(turn, topic="account_blocked")
    body = turn.say("deadline_blocked.file", contact_centre=contact)
    return [Outbound(body, (report, person, turn.menu_button()))]


def _filed_blocked(turn: FlowTurn) -> str | None:
    """The reference of a blocked-account ticket this chat filed recently, else None."""
    profile = turn.session.profile
    if profile.get(FILED_CATEGORY) != "account_blocked":
        return None
    filed_at = profile.get(FILED_AT)
    if not isinstance(filed_at, (int, float)) or not within_context_of(filed_at, turn.message.at):
        return None
    return str(profile.get(FILED_REFERENCE) or "") or None


__all__ = ["answer"]
