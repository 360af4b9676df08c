"""What comes after a finished training, asked by someone who finished one ("udh selesai
pelatihan nih terus ngapain lagi", "pelatihannya udah kelar, abis itu apa?", "I finished my
course, what now?"): the certificate, the mandatory rating and review, the incentive schedule
and its arrival (DOMAIN.md "Courses", "Incentives"), and the days to spend the rest of the
balance. Before, the message's words were searched as a course topic ('pelatihan "udh selesai
ngapain"').

Not after the certificate answer: "udh selesai semua kok" there is the certificate's
(``flows.certificate_done``); nor with the certificate, incentive or balance named ("udah
selesai tapi sertifikat blm muncul" is a problem, answered as one)."""

from __future__ import annotations

import re

from flows.certificate_done import finished_said
from flows.certificate_wait import TOPIC as CERTIFICATE_TOPIC
from flows.last_answer import just_said
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

_COURSE = re.compile(r"\b(?:pelatihan|kelas|kursus|training|course|class)\w*")
_NEXT = re.compile(
    r"\b(?:ngapain|ngapa2in|harus apa|hrs apa|langkah\w*|abis itu|habis itu|setelah itu|"
    r"sesudah itu|selanjutnya|berikutnya|(?:terus|trus|trs|lalu|terus nya|trusnya) "
    r"(?:apa|gimana|gmn|bagaimana)|next|what now|now what|what(?:'s| is)? next|"
    r"what (?:do|should) i do)\b"
)
"""What to do next: "terus ngapain lagi", "langkah selanjutnya apa", "what now?"."""
_NAMED = re.compile(
    r"\b(?:sertifikat\w*|certificate\w*|insentif\w*|incentive\w*|saldo\w*|balance|rating|"
    r"ulasan|review)\b"
)
"""A subject named: the question is that subject's."""
_NEAR = 20
"""How close (characters) the finished word must be to the course word: "finished high
school ... training ... next month" in a long story is no finished training."""


def _finished_course(lowered: str) -> bool:
    """Whether a finished word sits next to a course word ("udh selesai pelatihan",
    "pelatihannya udah kelar", "I finished my course")."""
    if not finished_said(lowered):
        return False
    for course in _COURSE.finditer(lowered):
        window = lowered[max(0, course.start() - _NEAR) : course.end() + _NEAR]
        if finished_said(window):
            return True
    return False


def asks(turn: FlowTurn) -> bool:
    """Whether the message says a training is finished and asks what comes next."""
    message = turn.message
    lowered = " ".join((message.text or "").lower().split())
    if message.payload is not None or turn.session.flow is not None or not lowered:
        return False
    if just_said(turn) == CERTIFICATE_TOPIC or _NAMED.search(lowered):
        return False
    return bool(_NEXT.search(lowered)) and _finished_course(lowered)


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """The steps after a finished training, else None."""
    if not asks(turn):
        return None
    facts = turn.ctx.programme.facts()
    lines = [turn.say("courses.after_finished", **facts)]
    if turn.ctx.programme.era.rest_days > 0:
        lines.append(turn.say("kb.course_buy_rest", **facts))
    certificate = turn.button("menu.certificate", "intent:certificate")
    incentive = turn.button("kb.my_incentive", "intent:incentive_status")
    return [Outbound("\n".join(lines), (certificate, incentive, turn.menu_button()))]


__all__ = ["answer", "asks"]
