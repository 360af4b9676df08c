"""Whether a low rating costs the incentive, asked beside a complaint about the training
("pelatihannya jelek bgt, kalo sy kasih bintang 1 insentif sy dipotong ga"). The NLU reads the
complaint (0.94) and the incentive's complaint form started, "Insentif belum masuk/gagal"
(probe p22b #4); ``flows.rating_help`` answers the question only for vaguer readings. Here it is
answered first: the stars given do not change the incentive, only giving the rating and review
matters (``kb.certificate_rating_value``); a training the user found bad gets the complaint
about the training provider one tap away (DOMAIN.md "Complaints" 10), so "trus sy mau lapor
pelatihannya jelek" next files that one."""

from __future__ import annotations

import re

from flows.complaint_topics import file_complaint
from flows.follow_up_answers import RATING
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.rating_help import with_change
from flows.runtime.machine import FlowTurn

MAX_WORDS = 30
_STARS = r"(?:bintang|bntg|stars?|rating|rate|nilai|ulasan|review)"
_MONEY = r"(?:insentif\w*|incentive\w*|duit\w*|uang\w*|600\w*)"
_MATTERS = (
    r"(?:ngaruh|pengaruh|berpengaruh|memengaruhi|mempengaruhi|dipotong|potong|berkurang|"
    r"kurang|hangus|batal|ilang|hilang|ga\s+(?:dapet|dpt|cair|dibayar)|gak\s+(?:dapet|dpt|cair)|"
    r"tidak\s+(?:dapat|cair|dibayar)|affect\w*|reduc\w*|cut|lose|lost)"
)
_ASKED = re.compile(
    rf"\b{_STARS}\b.{{0,60}}\b{_MONEY}\b.{{0,30}}\b{_MATTERS}"
    rf"|\b{_STARS}\b.{{0,40}}\b{_MATTERS}\b.{{0,30}}\b{_MONEY}\b"
    rf"|\b{_MONEY}\b.{{0,30}}\b{_MATTERS}\b.{{0,40}}\b{_STARS}\b"
)
"""The stars against the incentive: "kasih bintang 1 insentif sy dipotong ga"."""
_BAD_TRAINING = re.compile(
    r"\b(?:jelek\w*|buruk|parah|ngecewain|mengecewakan|kecewa|ga\s+jelas|gak\s+jelas|"
    r"tidak\s+jelas|asal\w*|bad|terrible|awful|disappoint\w*)\b"
)
"""The training itself found bad: the provider's complaint offered."""


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """The stars' effect answered, outside any form; else None."""
    message = turn.message
    if message.payload is not None or turn.session.flow is not None:
        return None
    text = " ".join((message.text or "").lower().split())
    if not text or len(text.split()) > MAX_WORDS or not _ASKED.search(text):
        return None
    remember(turn, RATING)  # "kalo ga kasih gmn" next: no incentive schedule
    said = with_change(turn, turn.say("kb.certificate_rating_value"), text)
    if not _BAD_TRAINING.search(text):
        return [Outbound(said, (turn.menu_button(),))]
    report = file_complaint(turn, topic="provider")
    remember(turn, PROVIDER)  # "trus sy mau lapor pelatihannya jelek" next: that complaint
    lines = [said, turn.say("rating_value_asked.provider")]
    return [Outbound("\n".join(lines), (report, turn.menu_button()))]


PROVIDER = "rating_bad_training"
"""``flows.last_answer`` topic: the provider's complaint was offered beside the stars' answer."""
_FILES = re.compile(
    r"\b(?:lapor\w*|melapor\w*|ngelapor\w*|komplain\w*|complain\w*|ngadu\w*|mengadu\w*|adu(?:in|kan)|"
    r"pengaduan|aduan|report\w*)\b"
)


def files_provider(turn: FlowTurn) -> bool:
    """ "trus sy mau lapor pelatihannya jelek" right after the provider's complaint was offered:
    that complaint (its topic recorded by ``file_complaint``), before any later reader offers
    another topic's complaint."""
    message = turn.message
    if message.payload is not None or turn.session.flow is not None:
        return False
    text = " ".join((message.text or "").lower().split())
    return just_said(turn) == PROVIDER and bool(_FILES.search(text)) and "?" not in text


__all__ = ["PROVIDER", "answer", "files_provider"]
