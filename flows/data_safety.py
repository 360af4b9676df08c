"""A bare "is it safe?" ("aman ga?", "bocor ga?", "is it safe?") right after a message about
one's personal data (the data held listed, how it is kept, erasing it): about that data, so
how it is protected (encrypted, used only for Kartu Prakerja, masked for staff, erasable on
request: ``kb.privacy``, DOMAIN.md "Personal data law"). Before, "aman ga?" right after the
data listing got "Maksud kamu yang mana?" with unrelated topics.

Which message came before is the session's ``recent`` texts (``flows.router``): the listing
records no topic of its own."""

from __future__ import annotations

import re

from flows import nik_why
from flows.account import privacy
from flows.last_answer import just_said
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.turn import within_context_of

SAFE = re.compile(
    r"(?:(?:terus|trus|trs|tapi|tp|tpi|but|jadi|jd|emang|memang|apa|apakah|is|are|it|they|"
    r"itu|semua\w*|data\w*|nya|ya|kak|min|sih)\s+)*"
    r"(?:aman(?:nya|kah|kan)?|safe|secure|terjamin|dijamin|terlindungi|protected|bocor|leak\w*|disebar\w*|"
    r"dijual|disalahgunakan)"
    r"(?:\s+(?:ga|gak|gk|g|nggak|ngga|enggak|engga|tidak|tdk|kah|kan|aja|ya|sih|dong|kak|min|"
    r"nih|gitu|or not|right|enough|ngga sih))*[\s?!.]*"
)
"""A bare question whether it is safe: "aman ga?", "tp aman kan?", "bocor ga?", "is it safe?"."""
_ABOUT_DATA = re.compile(
    r"\b(?:data\w*|ktp|nik|kk|privasi|privacy|pribadi|personal|simpan\w*|simpen\w*|disimpan|"
    r"disimpen|tersimpan|stored?|keep|kept)\b"
)
"""The message before was about one's data ("data aku apa aja yg kalian simpen")."""
ERASED = ("data_erased", "chat_erased")
"""Topics ``flows.deletion_link`` records once data is erased."""


def previous_text(turn: FlowTurn) -> str | None:
    """The user's text before this message, if the chat was active since."""
    recent = turn.session.profile.get("recent") or []
    if len(recent) < 2 or not within_context_of(turn.session.last_activity, turn.message.at):
        return None
    return str(recent[-2]).lower()


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """How personal data is protected, for "aman ga?" right after one's data; else None."""
    message = turn.message
    text = " ".join((message.text or "").lower().split())
    if message.payload is None and (about_nik := nik_why.answer(turn)) is not None:
        return about_nik  # "kenapa minta nik sih", "aman ga kasih nik disini"
    if message.payload is not None or not SAFE.fullmatch(text):
        return None
    if just_said(turn) in ERASED:
        return None  # right after an erasure: what it erased (``flows.account``), not how kept
    before = previous_text(turn)
    if before is None or not _ABOUT_DATA.search(before):
        return None
    return [privacy(turn)]


__all__ = ["SAFE", "answer", "previous_text"]
