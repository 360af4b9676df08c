"""Whether a linked participant's own training is finished ("pelatihanku udh selesai blm",
"kelas aku udah kelar belum?", "is my training finished yet?"), answered from their records:
each course bought with its status, then what comes next (DOMAIN.md "Courses": completion ->
certificate, in the dashboard about 1 working day after the provider reports -> the mandatory
1-5 star rating and review -> the incentive schedule; "Eras", 2023-2024: the rest of the balance
within the era's days after the first course is rated, ``flows.balance_rest``).

Before, the NLU read it as a ticket's status (complaint_status 0.83) and, no ticket filed, the
answer was "Maksud kamu yang mana?". A chat not linked is offered linking (the answer needs the
records); None when the message asks no such thing."""

from __future__ import annotations

import re

from flows import balance_rest
from flows.complaint_topics import file_complaint
from flows.last_answer import just_said
from flows.messages import Button, Outbound
from flows.my_course_follow_ups import MY_COURSES
from flows.my_data import Answer, not_bought, not_linked, participant
from flows.queries import EnrolmentsQuery
from flows.runtime.machine import FlowTurn
from flows.views import EnrolmentView, ParticipantView

_COURSE = r"(?:pelatihan|kelas|kursus|training|course)"
_MINE = re.compile(
    rf"\b{_COURSE}(?:ku|nya)\b|\b{_COURSE}\w*\s+(?:saya|sy|aku|ak|gue|gw|gua)\b"
    r"|\bmy (?:training|course|class)\w*"
)
"""One's own course: "pelatihanku", "kelas aku", "my training" ("pelatihannya" too, in a chat
linked to a participant)."""
_NAMED_OWN = re.compile(r"\b\w+ku\b|\b(?:saya|sy|aku|ak|gue|gw|gua|my)\b")
_FINISHED = re.compile(
    r"\b(?:selesai|kelar|beres|tamat|rampung|tuntas|lulus|finished|completed?|done|over)\b"
)
_ASKED = re.compile(
    r"\?|\b(?:blm|belum|blom|belom|yet|kah|ya|ga|gak|gk|nggak|ngga|enggak|tidak|tdk)\W*$"
    r"|^\W*(?:apa|apakah|udah ?kah|is|has|have|did|am)\b"
)
"""Asked, not told: "... udh selesai blm", "apa pelatihanku sudah selesai", "is my ... done?"."""
_ELSEWHERE = re.compile(
    r"\b(?:sertifikat\w*|certificate\w*|insentif\w*|incentive\w*|kapan|kpn|when|jam|pukul|"
    r"cara\w*|gimana|gmn|how|kenapa|knp|why|bisa|boleh|harus|hrs|wajib|beli\w*|buy|refund\w*|"
    r"ganti|pindah|batal\w*|rating|ulasan|review|tiket|ticket|laporan|pengaduan|komplain\w*)\b"
)
"""Other questions with their own answers: the certificate, the incentive, when, how, why."""
FINISHED = ("completed", "certified", "rated")
"""Enrolment statuses of a course finished (as ``flows.my_data.FINISHED``)."""
_NEXT = {"completed": "certificate", "certified": "rating", "rated": "incentive"}


LISTED_MAX_WORDS = 8
"""Right after the list of one's courses, a question this short ("yg td udh selesai blm",
probe p19 D32) is about them."""


def asks(text: str, *, listed: bool = False) -> bool:
    """Whether the message asks if one's own training is finished; ``listed``: right after the
    list of one's courses, "yg td" (or the question alone, short) points at them."""
    lowered = " ".join(text.lower().split())
    mine = bool(_MINE.search(lowered))
    if listed and not mine and len(lowered.split()) <= LISTED_MAX_WORDS:
        mine = True  # "yg td udh selesai blm": the courses just listed
    if not (mine and _FINISHED.search(lowered) and _ASKED.search(lowered)):
        return False
    return not _ELSEWHERE.search(lowered)


def answer(turn: FlowTurn) -> Answer:
    """The courses bought and whether each is finished, then the next step; a chat not linked
    is offered linking. None: not asked."""
    message = turn.message
    listed = just_said(turn) == MY_COURSES
    if message.payload is not None or not asks(message.text or "", listed=listed):
        return None
    person = yield from participant(turn)
    if person is None:  # "pelatihannya udh selesai?" may be a course shown: not theirs
        own = _NAMED_OWN.search((message.text or "").lower())
        return not_linked(turn) if own else None
    records: list[EnrolmentView] = yield EnrolmentsQuery(person.id)
    bought = [item for item in records if item.status != "cancelled"]
    if not bought:
        return [not_bought(turn, person, "my_training_done.none")]
    done = [item for item in bought if item.status in FINISHED]
    key = "done_all" if len(done) == len(bought) else "done_some" if done else "not_yet"
    lines = [turn.say(f"my_training_done.{key}")]
    lines += [_line(turn, item) for item in bought[:3]]
    if not done:
        lines.append(turn.say("my_training_done.how_finished"))
        report = file_complaint(turn, topic="certificate")
        return [Outbound("\n".join(lines), (report, turn.menu_button()))]
    behind = min(done, key=lambda item: FINISHED.index(item.status))  # the step still open
    step = _NEXT[behind.status]
    lines.append(turn.say(f"my_training_done.next_{step}"))
    rest = _rest(turn, person, records) if step == "incentive" else None
    if rest is not None:
        lines.append(rest)
    return [Outbound("\n".join(lines), _buttons(turn, step))]


def _line(turn: FlowTurn, item: EnrolmentView) -> str:
    status = turn.say(f"enrolment_status.{item.status}")
    return turn.say("kb.enrolment_line", title=item.title, status=status)


def _rest(turn: FlowTurn, person: ParticipantView, records: list[EnrolmentView]) -> str | None:
    """The rest of the balance and its window, when there is one (2023-2024)."""
    if person.balance <= 0:
        return None
    rest = balance_rest.rest_of(turn, person, records)
    return balance_rest.told(turn, person, rest).text if rest is not None else None


def _buttons(turn: FlowTurn, step: str) -> tuple[Button, ...]:
    if step == "incentive":
        own = turn.button("intents.incentive_status", "intent:incentive_status")
        return (own, turn.menu_button())
    if step == "certificate":
        return (file_complaint(turn, topic="certificate"), turn.menu_button())
    return (turn.menu_button(),)


__all__ = ["FINISHED", "answer", "asks"]
