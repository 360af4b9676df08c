"""More said about the complaint this chat just filed ("mau nambahin info ke tiket tadi,
ternyata mereka udh tutup", "aku lupa bilang, aku udah kirim email ke helpdesk juga"), and
"kira2 kapan beres?" said with thanks right after data went to a ticket.

Information added right after filing goes onto that ticket (help desks let the requester add
to an open ticket): ``flows.ticket_reply``'s confirm-then-send steps start, what was typed
filled in ("mau nambahin info ke tiket tadi," dropped: ``flows.ticket_add_info``), instead of
the forgot-password answer or "which one do you mean?". The question of time gets the no-SLA
answer (``flows.ticket_help``) whatever else the message says ("makasih, ..." was thanked
only). "Satu lagi" naming another problem ("oh iya satu lagi, otp login aku ga masuk2" after
a provider complaint) is no addition: it gets its own help or complaint."""

from __future__ import annotations

import re
from collections.abc import Callable

from flows import ticket_help
from flows.complaint_ticket import FILED_AT, FILED_CATEGORY, FILED_REFERENCE
from flows.complaint_topics import category_for
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.ticket_add_info import said_in, start_adding
from flows.turn import Ask, Step

_ADDS_INFO = re.compile(
    r"\b(?:tambahan\w*|tambahin|nambah(?:in|kan)?|menambahkan|satu lagi|"
    r"lupa (?:bilang|cerita|ngomong|kasih ?tau|ngasih ?tau|nyebut\w*|sebut\w*)|"
    r"info (?:baru|lagi|tambahan)|(?:ke|di|buat|untuk) (?:tiket|pengaduan|laporan)\w* (?:tadi|td)|"
    r"add (?:more |some )?(?:info\w*|details?)|forgot to (?:say|mention|tell))\b"
)
"""More said about the ticket just filed: "tambahan", "mau nambahin info ke tiket tadi"."""


_THANKED = ("thanks", None)
"""Readings ``flows.ticket_help`` is not asked about: "makasih, kira2 kapan beres?"."""


def answer(turn: FlowTurn, start: Callable[[FlowTurn], Step]) -> Ask[list[Outbound] | None]:
    """More said about the ticket just filed: the reply flow started (``start``) to add it;
    the answer to "when will it be done?" with thanks; else None."""
    message = turn.message
    text = " ".join((message.text or "").lower().split())
    if message.payload is not None or not text or turn.session.flow:
        return None
    if message.intent in _THANKED and (timed := ticket_help.answer(turn)):
        return timed  # "makasih, kira2 kapan beres?" right after data was sent
    reference = _just_filed(turn)
    if reference is None or not _ADDS_INFO.search(text) or "?" in text:
        return None
    if _another_problem(turn, text):
        return None  # "oh iya satu lagi, otp login aku ga masuk2": its own help or complaint
    return (yield from start_adding(turn, reference, said_in(message.text or ""), start))


_NEW_ITEM = re.compile(r"\b(?:satu lagi|1 lagi|lagi satu|one more)\b")
"""Another item announced, which may as well be another problem ("oh iya satu lagi, ...")."""


def _another_problem(turn: FlowTurn, text: str) -> bool:
    """ "Satu lagi" (no more than that says it adds to the ticket: "lupa bilang", "tambahan")
    with a complaint category other than the one just filed named."""
    if not _NEW_ITEM.search(text) or _ADDS_INFO.search(_NEW_ITEM.sub(" ", text)):
        return False
    named = category_for(text)
    filed = turn.session.profile.get(FILED_CATEGORY)
    return named is not None and filed is not None and named != filed


def _just_filed(turn: FlowTurn) -> str | None:
    profile = turn.session.profile
    filed_at, reference = profile.get(FILED_AT), profile.get(FILED_REFERENCE)
    if not isinstance(filed_at, (int, float)) or not reference:
        return None
    recent = 0 <= turn.message.at.timestamp() - float(filed_at) <= ticket_help.RECENT_SECONDS
    return str(reference) if recent else None


__all__ = ["answer"]
