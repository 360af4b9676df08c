"""The rating said not to work ("ga bisa kasih rating, tombolnya abu2", "can't rate my course"):
a rating is given after the certificate is issued (DOMAIN.md "Courses": completion →
certificate → rating), so the answer says that, then where the participant's own courses are
on record: not finished yet (the provider has not reported it), finished and waiting for the
certificate (about 1 working day after the provider reports), certificate issued (the rating
should be open: a complaint if it stays disabled), or rated already. Before, the message (read
as a complaint) opened the 13-button category picker with no explanation."""

from __future__ import annotations

import re

from flows.complaint_topics import file_complaint
from flows.follow_up_answers import RATING
from flows.last_answer import remember
from flows.messages import Outbound
from flows.my_data import participant
from flows.queries import EnrolmentsQuery
from flows.runtime.machine import FlowTurn
from flows.turn import Ask
from flows.views import EnrolmentView

MAX_WORDS = 20
SHOWN = 3

_RATING = r"(?:rating|rate|rating\w*|ulasan|review|bintang|stars?|penilaian|menilai|nilai)"
_BLOCKED = re.compile(
    rf"\b(?:(?:ga|gak|gk|g|nggak|ngga|enggak|tidak|tdk|belum|blm)\s+(?:bisa|bs)|gabisa|gbs|"
    rf"can'?t|cannot|unable to|couldn'?t)\s+(?:\w+\s+)?(?:kasih\s+|ngasih\s+|kasi\s+|memberi\s+|"
    rf"give\s+(?:a\s+)?)?{_RATING}\b"
    rf"|\b{_RATING}\b.{{0,40}}\b(?:abu\W?abu|abu2|abu|grey|gray|disabled|ga bisa di\w+|gak bisa "
    rf"di\w+|tidak bisa di\w+|ga aktif|gak aktif|tidak aktif|ga muncul|gak muncul|tidak muncul|"
    rf"not (?:clickable|working|showing)|greyed out|grayed out)"
    r"|\btombol\w*\b.{0,30}\b(?:abu\W?abu|abu2|grey|gray|ga bisa (?:di)?klik|gak bisa (?:di)?klik)"
)
"""Rating blocked: "ga bisa kasih rating", "tombol rating abu2", "can't rate my course"."""
_RATED = "rated"
_ISSUED = "certified"
_WAITING = "completed"


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """When the rating opens and where the participant's courses are; else None."""
    text = " ".join((turn.message.text or "").lower().split())
    if turn.message.payload is not None or not text or len(text.split()) > MAX_WORDS:
        return None
    if turn.session.flow is not None or not _BLOCKED.search(text):
        return None
    remember(turn, RATING)
    report = file_complaint(turn, topic="certificate")
    person = yield from participant(turn)
    if person is None:
        return [turn.reply("rating_blocked.general", report, turn.menu_button())]
    enrolments: list[EnrolmentView] = yield EnrolmentsQuery(person.id)
    bought = [item for item in enrolments if item.status != "cancelled"]
    if not bought:
        return [turn.reply("rating_blocked.general", report, turn.menu_button())]
    state = _state(bought)
    lines = [] if state == "rated" else [turn.say("rating_blocked.rule")]
    lines.append(turn.say(f"rating_blocked.{state}"))
    for item in bought[:SHOWN]:
        status = turn.say(f"enrolment_status.{item.status}")
        lines.append(turn.say("kb.enrolment_line", title=item.title, status=status))
    return [Outbound("\n".join(lines), (report, turn.menu_button()))]


def _state(bought: list[EnrolmentView]) -> str:
    """The state that decides the answer, the most advanced course's that is not rated."""
    statuses = {item.status for item in bought if not item.rated and item.status != _RATED}
    if _ISSUED in statuses:
        return "issued"
    if _WAITING in statuses:
        return "waiting"
    if statuses:
        return "not_finished"
    return "rated"


__all__ = ["answer"]
