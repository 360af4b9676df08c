"""Sadness or despair said in a short message, no crisis in it ("sedih bgt sumpah", "sedih bgt
ga lolos lg", "udh putus asa bgt", "aku udah nganggur 2 tahun, ga tau lg hrs gmn"): one kind
sentence, then the concrete next step for what the sadness is about (DOMAIN.md):

- not selected (said, or the answer just before was the not-selected one, or the linked
  participant was not selected): not their fault, selection is random among eligible
  applicants and waves are oversubscribed; check the data, join the next wave;
- out of work: Prakerja is for job seekers; check the requirements, find a course;
- else: heard, with the mental-health line for when it is too heavy and a person one tap away.

Before, these got "Maaf, aku hanya bisa membantu soal Kartu Prakerja" or "belum paham". Thoughts
of ending one's life are ``flows.distress``' (heard before any flow); a message that names a
topic ("sedih insentif ga cair2") is left to that topic's answer."""

from __future__ import annotations

import re

from flows.distress import in_crisis
from flows.eligibility_letdown import just_failed
from flows.follow_up_answers import NOT_SELECTED
from flows.how_long import SUBJECT
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.my_data import participant
from flows.runtime import controls
from flows.runtime.machine import FlowTurn
from flows.turn import Ask

MAX_WORDS = 20
TOPIC = "sadness"
"""``flows.last_answer`` topic (``SAID`` key kept for the not-selected answer's follow-ups)."""
JOBLESS_TOPIC = "sadness_jobless"

SAD = re.compile(
    r"\b(?:sedih|sdih|sedi|nangis|menangis|galau|hancur|terpuruk|stres|stress|strez|depresi|"
    r"putus\s+asa|putus\s+harapan|pasrah|nyesek|sakit\s+hati|down|hopeless|sad|depressed)\b"
)
"""Sadness or despair."""
JOBLESS = re.compile(
    r"\b(?:nganggur|menganggur|pengangguran|jobless|unemployed|(?:kena|di)\s*phk|"
    r"(?:ga|gak|nggak|belum|blm|susah|sulit)\s+(?:dapet|dapat|dpt|cari|nyari|ada)\s+"
    r"(?:kerja\w*|pekerjaan|kerjaan))\b"
)
"""Being out of work said."""
LOST = re.compile(
    r"\b(?:(?:ga|gak|gk|nggak|ngga|tidak|tdk)\s+tau\s+(?:lagi|lg\s+)?\s*(?:harus|hrs|mesti|"
    r"musti)?\s*(?:gimana|gmn|bagaimana|ngapain|apa)|bingung|pusing|capek|cape|lelah|"
    r"putus\s+asa|pasrah|sedih|stres|stress)\b"
)
"""At a loss: "ga tau lg hrs gmn", "bingung", "capek"."""
NOT_PASSED = re.compile(r"\b(?:lolos|lulus\s+seleksi|selected)\b")


def _sad(lowered: str) -> str | None:
    """Which sadness this is ("jobless", "sad"), or None."""
    if JOBLESS.search(lowered) and LOST.search(lowered):
        return "jobless"
    return "sad" if SAD.search(lowered) else None


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """A kind word and the next step for a short sad message outside any form; else None."""
    message = turn.message
    lowered = " ".join((message.text or "").lower().split())
    if message.payload is not None or not lowered or turn.session.flow is not None:
        return None
    if len(lowered.split()) > MAX_WORDS or in_crisis(lowered) or SUBJECT.search(lowered):
        return None
    kind = _sad(lowered)
    if kind is None or just_failed(turn) is not None:  # "yah sedih" after "not eligible":
        return None  # the verdict's own letdown (``flows.eligibility_letdown``)
    turn.session.misses = 0
    if kind == "jobless":
        return _jobless(turn)
    not_selected = yield from _not_selected(turn, lowered)
    if not_selected:
        remember(turn, NOT_SELECTED)  # "trs hrs gmn biar lolos" next: the not-selected answer's
        waves = turn.button("menu.waves", "topic:waves")
        return [turn.reply("sadness.not_selected", waves, turn.menu_button())]
    person = turn.button("common.talk_to_person", controls.HUMAN)
    buttons = [person, turn.menu_button()]
    if just_said(turn) == JOBLESS_TOPIC:  # "udh putus asa bgt" after being out of work
        buttons.insert(0, turn.button("eligibility.start", "flow:eligibility", means="yes"))
    remember(turn, TOPIC)
    return [turn.reply("sadness.heard", *buttons)]


def _jobless(turn: FlowTurn) -> list[Outbound]:
    remember(turn, JOBLESS_TOPIC)
    check = turn.button("eligibility.start", "flow:eligibility", means="yes")
    search = turn.button("menu.courses", "flow:course_choice")
    return [turn.reply("sadness.jobless", check, search, turn.menu_button())]


def _not_selected(turn: FlowTurn, lowered: str) -> Ask[bool]:
    """The sadness is about not being selected: said, answered just before, or on record."""
    if NOT_PASSED.search(lowered) or just_said(turn) == NOT_SELECTED:
        return True
    if turn.session.participant_id is None:
        return False
    person = yield from participant(turn)
    return person is not None and person.status == "not_selected"


__all__ = ["answer"]
