"""Whether a course is free, asked with no topic ("yg gratis ada?", "maksudnya pelatihan yg ga
bayar", "ada pelatihan gratis ga min biar saldo ga kepake", "kalo pake saldo prakerja berarti
gratis dong"): every course has a price, paid from the training balance, not from the
participant's own money; the balance buys courses only and is never paid out in cash (DOMAIN.md
"Courses", fraud: "cash out your balance" offers). Asked whether there is one, the cheapest
courses follow (``flows.course_cheapest``); asked again right after, it is said in short.
Before, each such message got the programme's benefits, again and again.

A free course on a topic ("kursus bahasa inggris gratis ada?") is a search, which says the same
once (``courses.free_topic``); registering for free ("daftarnya gratis kan?") is the benefits'."""

from __future__ import annotations

import re

from flows import course_query as query
from flows.course_cheapest import FREE_TOPIC, listed
from flows.course_wishes import FREE
from flows.era_answers import BENEFITS
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.turn import Ask

_UNPAID = re.compile(
    r"\b(?:(?:ga|gak|gk|g|nggak|ngga|enggak|tidak|tdk|tanpa|ga usah|gausah|gak usah|nggak usah)"
    r" ?(?:bayar\w*|berbayar|keluar (?:uang|duit)|pake (?:uang|duit))|not paid|unpaid)\b"
)
"""Not paying ("yg ga bayar", "tanpa keluar uang")."""
_ABOUT_COURSES = re.compile(
    r"\b(?:pelatihan|kelas|kursus|training|course|class|saldo|balance)\w*|"
    r"^\W*(?:yg|yang|ada|ada yg|ada yang|the|any)\b"
)
"""Courses, the balance that buys them, or a bare "yg gratis ada?"."""
_ELSEWHERE = re.compile(
    r"\b(?:daftar\w*|pendaftaran|registrasi|register\w*|joki|calo|akun|otp|ongkir|wifi|"
    r"internet|kuota|pulsa|ongkos|transport\w*|makan|konsumsi|sertifikat\w*|certificate)\b"
)
"""Another thing that may be free: registering, the data, a certificate."""
_THERE = re.compile(r"\?|\b(?:ada|adakah|mana|apa (?:aja|saja)|list|any|which|is there)\b")
"""Asks whether there is one (the cheapest then follow), not only whether it costs."""
TOPIC = FREE_TOPIC
"""``flows.last_answer`` topic: the balance pays for courses was just said (said again, in
short: "maksudnya pelatihan yg ga bayar", "berarti gratis dong")."""


def asks(turn: FlowTurn) -> bool:
    """Whether the message asks about a free course, no topic named."""
    message = turn.message
    lowered = " ".join((message.text or "").lower().split())
    if message.payload is not None or turn.session.flow is not None or not lowered:
        return False
    if not (FREE.search(lowered) or _UNPAID.search(lowered)) or _ELSEWHERE.search(lowered):
        return False
    if just_said(turn) == BENEFITS:
        return False  # "trus pelatihannya gratis ga?" right after the benefits: theirs, in short
    return bool(_ABOUT_COURSES.search(lowered)) and not query.topic_words(lowered)


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """The balance pays, and the cheapest courses when asked whether there is a free one."""
    if not asks(turn):
        return None
    again = just_said(turn) == TOPIC
    remember(turn, TOPIC)
    said = turn.say("courses.free_again" if again else "courses.free")
    lowered = (turn.message.text or "").lower()
    if again or not _THERE.search(lowered):
        search = turn.button("menu.courses", "flow:course_choice")
        return [Outbound(said, (search, turn.menu_button()))]
    return [Outbound(said), *(yield from listed(turn))]


__all__ = ["answer", "asks"]
