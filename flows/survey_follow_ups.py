"""Short follow-ups right after a survey answer (probe p23b b3, d3), which the NLU reads as the
programme's benefits or the payout account:

- "dapet brp kalo ngisi", "how much is it again": the survey incentive's amounts of the linked
  participant's own era (DOMAIN.md "Eras": 2020–2022 Rp50,000 × 3, 2023–2024 × 2), not every
  era's package table;
- "kirim email kemana tadi?", "what's the email?": the survey email the answer gave
  (survei@prakerja.go.id, subject "Survei Kebekerjaan"), repeated.

None: not right after a survey answer (within a few turns), or not such a question."""

from __future__ import annotations

import re

from flows import rating_help
from flows.incentive_outlook import PAST_SELECTION
from flows.last_answer import just_said, remember, said_since
from flows.messages import Outbound
from flows.my_data import participant
from flows.runtime.machine import FlowTurn
from flows.turn import Ask

TOPIC = "survey"
"""The topic survey answers remember (``flows.rating_help``, ``flows.survey_record``)."""
WITHIN = 3
"""How many messages after the survey answer its follow-ups are still about it."""
MAX_WORDS = 10
_EMAIL = re.compile(r"\b(?:e-?mail\w*|imel\w*|surel)\b")
_HOW_MUCH = re.compile(r"\b(?:berapa|brp|brapa|how much|nominal\w*|jumlah\w*|amount)\b")
_HOW_LONG = re.compile(
    r"\b(?:(?:berapa|brp|brapa)\s+(?:lama\w*|hari\w*|minggu\w*|bulan\w*)|how long|how many days)\b"
)
"""How long the payout takes ("brp lama cairnya"): the survey's timing answer (kb.survey_when)."""
_TRAINING = re.compile(
    r"\b(?:600\W?(?:rb|ribu|k|000)?|600\.000|pelatihan\w*|training|saldo\w*|balance|total)\b"
)
"""The training incentive, the balance or the whole package named: not the survey's."""
_INCENTIVE = re.compile(r"\b(?:insentif\w*|intensif\w*|incentives?)\b")
_SURVEY = re.compile(r"\b(?:survei\w*|survey\w*|survai\w*|kuesioner\w*)\b")


def _after_survey(turn: FlowTurn) -> bool:
    return just_said(turn) == TOPIC or said_since(turn, TOPIC, WITHIN) is not None


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """The survey's email again, or its amounts of the participant's era; else None."""
    message = turn.message
    lowered = " ".join((message.text or "").lower().split())
    if message.payload is not None or turn.session.flow is not None or not lowered:
        return None
    if len(lowered.split()) > MAX_WORDS or not _after_survey(turn):
        return None
    if _EMAIL.search(lowered):
        remember(turn, TOPIC)
        return [turn.reply("survey_follow_ups.email", turn.menu_button())]
    if not _HOW_MUCH.search(lowered) or _TRAINING.search(lowered) or _HOW_LONG.search(lowered):
        return None
    if _INCENTIVE.search(lowered) and not _SURVEY.search(lowered):
        return None  # "insentifnya brp?": the training incentive's own answer
    person = yield from participant(turn)
    era = None
    if person is not None and person.status in PAST_SELECTION:
        era = turn.ctx.programme.eras.get(person.era or "")
    remember(turn, TOPIC)
    amounts = rating_help.survey_amounts(turn, era)
    return [turn.reply("survey_follow_ups.amount", turn.menu_button(), amounts=amounts)]


__all__ = ["answer"]
