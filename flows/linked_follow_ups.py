"""Bare follow-ups of a participant already in the programme, read against the answer just
given instead of the NLU's reading of two words (probe p22b #7: both got the open wave,
"Gelombang 72 sedang dibuka…", read as ``wave_schedule``):

- "brp?", "dapet brp" right after the survey answer: the survey incentive of the participant's
  own era (DOMAIN.md "Eras": Rp50,000 × 3 in 2020–2022, × 2 in 2023–2024), "survey" remembered
  so "kapan isinya" next is still the survey's (``rating_help.survey_fill_when``);
- "kapan paling telat?", "deadlinenya kapan" right after the payout account answer: the account
  must be linked before the incentive is scheduled, which follows the first course's
  certificate, rating and review (DOMAIN.md "Incentives"); the first purchase is what has a
  deadline (judgement call: no linking deadline of its own is published)."""

from __future__ import annotations

import re

from flows import programme_after
from flows.complaint_topics import file_complaint
from flows.incentive_outlook import PAST_SELECTION
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.my_data import participant
from flows.payout_follow_ups import after_payout
from flows.rating_help import survey_amounts
from flows.runtime.machine import FlowTurn
from flows.turn import Ask

MAX_WORDS = 6
SURVEY = "survey"
"""``flows.last_answer`` topic of the survey answers (``flows.rating_help``)."""
PAYOUT_LATEST = "payout_latest"

_HOW_MUCH = re.compile(
    r"^\W*(?:(?:trus|terus|trs|lalu|jadi|jd|oh|ok|oke)\W*\s+)?(?:dapet|dpt|dapat|dpet)?\s*"
    r"(?:berapa|brp|brapa|brpa|bberapa|how much)(?:\s+(?:duit\w*|uang\w*|nominal\w*|jumlah\w*|"
    r"dapet\w*|dpt|dapat\w*|sih|ya|kak|min|emang|emg|tuh|itu|an|rupiah|nya))*\W*$"
)
"""How much, bare: "brp?", "dapet brp", "brp duitnya", "how much"."""
_LATEST = re.compile(
    r"\b(?:kapan|kpn|when)\b.{0,20}\b(?:paling|plg|the latest|at the latest|terakhir|"
    r"batas\w*|deadline\w*|harus|hrs|mesti)\b|\b(?:paling|plg)\s+(?:telat|lambat|lama|akhir)\b"
    r"|\b(?:batas\w*|deadline\w*)\s*(?:\w+\s+)?(?:kapan|kpn|nya|brp|berapa)?\W*$"
    r"|\bsampai\s+kapan\b|\bsampe\s+kapan\b|\bby when\b"
)
"""The latest it may be done: "kapan paling telat?", "batasnya kapan", "sampai kapan"."""


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """One of these follow-ups, outside any form; else None."""
    message = turn.message
    if message.payload is not None or turn.session.flow is not None:
        return None
    after = yield from programme_after.answer(turn)  # "abis ini sy ngapain lg, udh dpt semua"
    if after is not None:
        return after
    text = " ".join((message.text or "").lower().split())
    if not text or len(text.split()) > MAX_WORDS:
        return None
    if just_said(turn) == SURVEY and _HOW_MUCH.search(text):
        return (yield from _survey_amount(turn))
    if just_said(turn) == CERTIFICATE and (days := _finished_ago(text)) is not None:
        remember(turn, CERTIFICATE)  # "trus gmn" next: still the certificate
        report = file_complaint(turn, fix_shown=CERTIFICATE)
        return [turn.reply("kb.certificate_overdue", report, turn.menu_button(), days=days)]
    if _LATEST.search(text) and after_payout(turn) and not _names_other(text):
        remember(turn, PAYOUT_LATEST)
        return [turn.reply("linked_follow_ups.payout_latest", turn.menu_button())]
    return None


CERTIFICATE = "certificate"
"""The certificate answer's topic (``flows.certificate_wait.TOPIC``)."""
_AGO = (
    (
        re.compile(
            r"\b(?:last|past)\s+week\b|\b(?:minggu|pekan)\s+(?:lalu|kemarin|kemaren|kmrn)\b"
        ),
        7,
    ),
    (re.compile(r"\b(?:last|past)\s+month\b|\bbulan\s+(?:lalu|kemarin|kemaren|kmrn)\b"), 30),
)
"""A finish said as last week or last month ("he finished last week", "selesai minggu lalu"):
at least that many days, far past the working day a certificate takes (probe p22b #28; before,
the videos-are-not-the-training checklist)."""


def _finished_ago(text: str) -> int | None:
    return next((days for pattern, days in _AGO if pattern.search(text)), None)


_OTHER = re.compile(r"\b(?:gelombang|wave|daftar|pendaftaran|beli|pelatihan|kelas|course)\w*")


def _names_other(text: str) -> bool:
    """The deadline of something else named ("kapan paling telat beli pelatihan")."""
    return bool(_OTHER.search(text))


def _survey_amount(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """The survey incentive of the participant's era, else of the newest and the earlier."""
    person = yield from participant(turn)
    programme = turn.ctx.programme
    known = person is not None and person.status in PAST_SELECTION
    era = programme.eras.get(person.era or "") if known and person is not None else None
    amounts = survey_amounts(turn, era)
    remember(turn, SURVEY)  # "kapan isinya" next: where the survey appears
    return [turn.reply("linked_follow_ups.survey_amount", turn.menu_button(), amounts=amounts)]


__all__ = ["answer"]
