"""A survey payment named by its number ("survei ketiga kapan dibayar?", "insentif survei ke 3
aku mana ya", "is there a third survey payment?") from a linked participant past selection:
whether their era has it (DOMAIN.md "Eras": 2020-2022 survey Rp50,000 × 3, 2023-2024 × 2;
config.yml ``programme.eras``), then what the records show (they hold the training incentive's
payments only, not the survey's: ``flows.survey_record``). Before, a 2021 participant asking
about their third survey got both eras' amounts, as if their wave were unknown.

None: no survey's number asked, the chat is not linked, the participant is not past selection
or their era is unknown (the general survey answer goes on)."""

from __future__ import annotations

from flows import nth
from flows.complaint_topics import file_complaint
from flows.incentive_outlook import PAST_SELECTION
from flows.last_answer import remember
from flows.messages import Outbound
from flows.my_data import Answer, participant
from flows.queries import IncentivesQuery
from flows.runtime.machine import FlowTurn
from flows.survey_record import TOPIC
from flows.views import IncentiveView

_SURVEY = r"(?:survei\w*|survey\w*|survai\w*|kuesioner\w*|questionnaires?)"
_NUMBERED = nth.patterns(_SURVEY, 2)
"""The survey's number: "survei ke 3", "survei yg ketiga", "third survey", "3rd survey payment"."""


def number_asked(text: str) -> int | None:
    """The survey's number the message names ("survei ketiga" -> 3), else None."""
    return nth.number_in(text, _NUMBERED)


def answer(turn: FlowTurn) -> Answer:
    """Whether the numbered survey is in the participant's era, and what the records show."""
    message = turn.message
    if message.payload is not None or turn.session.participant_id is None:
        return None
    number = number_asked(message.text or "")
    if number is None:
        return None
    person = yield from participant(turn)
    if person is None or person.status not in PAST_SELECTION:
        return None
    era = turn.ctx.programme.eras.get(person.era or "")
    if era is None:
        return None
    key = "survey_nth.in_era" if number <= era.survey_times else "survey_nth.beyond_era"
    lines = [turn.say(key, sequence=number, **era.facts())]
    items: list[IncentiveView] = yield IncentivesQuery(person.id)
    done = [item for item in items if item.status == "berhasil"]
    if not done:
        lines.append(turn.say("survey_record.not_yet"))
    else:
        channel = next((i.payout_channel for i in reversed(done) if i.payout_channel), None)
        where = turn.say("survey_record.channel", channel=channel) if channel else ""
        lines.append(turn.say("survey_record.not_on_record", count=len(done), where=where))
    remember(turn, TOPIC)  # "brp lama cairnya" next: still the survey
    report = file_complaint(turn, topic="incentive")
    return [Outbound("\n".join(lines), (report, turn.menu_button()))]


__all__ = ["answer", "number_asked"]
