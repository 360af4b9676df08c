"""Whether a linked participant's survey incentive has been paid ("survei nya udh dibayar blm",
"has my survey incentive been paid?"). The records here hold the training incentive's payments
only, not the survey's: the answer says so plainly instead of the general survey text, with
what the records do show (whether the training incentive was paid, and to which channel: the
survey's money goes to the same linked account), when the survey's money is due (at most 14
days after the survey is filled in) and where to ask (survei@prakerja.go.id, or a complaint).
Before, only the general survey text, as if nothing had been asked about their own payment."""

from __future__ import annotations

import re

from flows.complaint_topics import file_complaint
from flows.incentive_outlook import PAST_SELECTION
from flows.last_answer import SAID, remember
from flows.messages import Outbound
from flows.my_data import participant
from flows.queries import IncentivesQuery
from flows.runtime.machine import FlowTurn
from flows.turn import Ask
from flows.views import IncentiveView

TOPIC = "survey"
"""``flows.last_answer`` topic of the survey answer (``flows.rating_help``)."""

_SURVEY = re.compile(r"\b(?:survei|survey|survai|kuesioner|questionnaire)\w*")
_PAID = re.compile(
    r"\b(?:dibayar\w*|bayar\w*|masuk|cair|dicairkan|dicairin|ditransfer|transfer\w*|dikirim|"
    r"diterima|terima|nerima|dapet|dapat|paid|received|receive|got|arrived|come)\b"
)
_ASKED = re.compile(
    r"\b(?:udh|udah|sudah|sdh|dah|blm|belum|blom|belom|kah|yet|has|have|did|was|is)\b|\?"
)
_WHEN = re.compile(r"\b(?:kapan|kpn|when|berapa lama|brp lama|how long)\b")
"""When it comes is the survey answer's own question (``flows.rating_help.survey_paid_when``)."""


_WHETHER_PAYS = re.compile(
    r"\b(?:dapet|dapat|dpt|get)\s+(?:\w+\s+)?(?:ga|gak|gk|g|nggak|ngga|enggak|engga|tidak|tdk|"
    r"apa|anything)\b|\b(?:wajib|harus|perlu|required|mandatory)\b"
)
"""Whether the survey pays at all, or must be done ("survei itu wajib ga? dapet duit ga"):
the general answer, not one's own payment (probe p20 D22)."""
_DONE = re.compile(r"\b(?:udh|udah|sudah|sdh|dah|blm|belum|blom|belom|yet|has|have|did|was)\b")


def asks_paid(text: str) -> bool:
    """Whether one's own survey incentive is asked to have been paid (not when it comes)."""
    lowered = " ".join(text.lower().split())
    if not (_SURVEY.search(lowered) and _PAID.search(lowered) and _ASKED.search(lowered)):
        return False
    if _WHETHER_PAYS.search(lowered) and not _DONE.search(lowered):
        return False
    return not _WHEN.search(lowered)


def _answered_survey_now(turn: FlowTurn) -> bool:
    """The answer of this turn is the general survey answer (it recorded its topic now)."""
    said = turn.session.profile.get(SAID)
    return (
        isinstance(said, list)
        and len(said) == 3
        and said[0] == TOPIC
        and (said[2] == turn.session.turns)
    )


def paid(turn: FlowTurn, replies: list[Outbound]) -> Ask[list[Outbound]]:
    """``replies``, unless they are the survey answer to a linked participant past selection
    asking whether theirs was paid: then what the records show and where to check."""
    if not _answered_survey_now(turn) or not asks_paid(turn.message.text or ""):
        return replies
    person = yield from participant(turn)
    if person is None or person.status not in PAST_SELECTION:
        return replies
    items: list[IncentiveView] = yield IncentivesQuery(person.id)
    done = [item for item in items if item.status == "berhasil"]
    remember(turn, TOPIC)  # "brp lama cairnya" next: still the survey
    report = file_complaint(turn, topic="incentive")
    if not done:
        return [turn.reply("survey_record.not_yet", report, turn.menu_button())]
    channel = next((i.payout_channel for i in reversed(done) if i.payout_channel), None)
    where = turn.say("survey_record.channel", channel=channel) if channel else ""
    body = turn.say("survey_record.not_on_record", count=len(done), where=where)
    return [Outbound(body, (report, turn.menu_button()))]


__all__ = ["asks_paid", "paid"]
