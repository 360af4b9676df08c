"""Questions about the courses on screen (search results, a category's list, a course's details)
that no single detail answers: whether the certificate counts ("ini sertifikatnya diakui ga?")
and when the classes are ("jadwalnya kapan aja?"). Before, the first got "you have not bought a
training yet" and the second the open wave's dates.

What is said rests on ``DOMAIN.md`` and ``reference/prakerja_domain_research.md`` (5.2-5.4): a
course is assessed before it enters the catalogue; completing it (tests, a skills task) gives a
certificate in the dashboard about 1 working day after the provider reports it; webinars run on
a schedule, self-paced courses any time (the ``kb.training_modes`` answer). Whether employers
accept the certificate, or whether a course also gives a competency certificate (BNSP), is not
known: the user is told who to ask, nothing is claimed. Session dates are not in the catalogue:
the course's mode, city and hours are said, and the platform's page for the dates.

Regular expressions only, read while courses are on screen (the callers' gates)."""

from __future__ import annotations

import re
from typing import Any

from flows import certificate_of_shown
from flows.queries import CourseDetailQuery
from flows.runtime.machine import FlowTurn
from flows.turn import Ask

_CERTIFICATE = re.compile(r"\b(?:sertifikat|sertif|certificate)\w*")
_STANDING = re.compile(
    r"\b(?:diakui|diakuin|akui|resmi|berlaku|valid|sah|kepake|kepakai|dipake\w*|dipakai|"
    r"berguna|guna(?:nya)?|laku|bnsp|kompetensi|recogni[sz]ed|official|accepted|useful|worth|"
    r"melamar|ngelamar|lamar(?:an)?|apply|jobs?)\b"
)
"""What the certificate is worth ("diakui ga?", "bisa buat ngelamar kerja?"), not when it comes."""
_SCHEDULE = re.compile(
    r"\b(?:jadwal\w*|schedule\w*|kapan (?:aja|saja|mulai|dimulai|kelas\w*|sesi\w*)|"
    r"(?:mulai|dimulai|kelas\w*|sesi\w*) kapan|jam (?:berapa|brp) (?:kelas|sesi|mulai)\w*|"
    r"when (?:does it|is it|are the|is the) (?:start|class|session)\w*|what time)\b"
)
_ELSEWHERE = re.compile(
    r"\b(?:insentif|incentive|cair|gelombang|wave|pengumuman|announce|sertifikat|certificate|"
    r"tiket|ticket|batas|deadline|survei|survey|rating|ulasan|pendaftaran|daftar|register)\w*"
)
"""Another subject's schedule ("jadwal insentif", "jadwal gelombang"): not the courses'."""
_MINE = re.compile(
    r"\b(?:ku|aku|ak|saya|sy|gw|gue|gua|my|mine)\b|\b(?:jadwal|kelas|webinar|pelatihan|kursus|"
    r"sesi)ku\b"
)
"""One's own class ("jadwal webinar ku kapan"): the course bought, answered elsewhere."""
CERTIFICATE, SCHEDULE, GIVEN = "certificate", "schedule", "given"


def asked(text: str) -> str | None:
    """Which of these questions a message asks, if any."""
    lowered = " ".join(text.lower().split())
    if _CERTIFICATE.search(lowered) and _STANDING.search(lowered):
        return CERTIFICATE
    if certificate_of_shown.asks(lowered):  # "itu dapet sertifikat ga"
        return GIVEN
    if _SCHEDULE.search(lowered) and not (_ELSEWHERE.search(lowered) or _MINE.search(lowered)):
        return SCHEDULE
    return None


def answer(turn: FlowTurn, course_id: int | None) -> Ask[str | None]:
    """The answer to such a question typed while courses are shown (``course_id``: the course
    whose details are on screen), else None; the caller shows the courses again."""
    message = turn.message
    kind = asked(message.text or "") if message.payload is None else None
    if kind == CERTIFICATE:
        return turn.say("courses.certificate_standing")
    if kind == GIVEN and course_id is None:  # at a list; a course's own: certificate_of_shown
        return turn.say("courses.certificate_given")  # before, "you have not bought a training"
    if kind != SCHEDULE:
        return None
    if course_id is None:
        return turn.say("courses.schedule.none_shown")
    course: Any = yield CourseDetailQuery(course_id)
    if course is None:
        return turn.say("courses.schedule.none_shown")
    mode = turn.say(f"courses.modes.{course.mode}")
    city = turn.say("courses.city", city=course.city) if course.city else ""
    line = turn.say("courses.schedule.course", title=course.title, mode=mode, city=city,
                    hours=course.hours, platform=course.platform)  # fmt: skip
    if course.mode == "self_paced":
        line = f"{line} {turn.say('courses.schedule.self_paced')}"
    return line


__all__ = ["CERTIFICATE", "GIVEN", "SCHEDULE", "answer", "asked"]
