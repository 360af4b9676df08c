"""A wish for a course that fits the user's own hours, typed at the course browser: "yg bisa
dikerjain malem2 kalo anak udh tidur", "yang bisa dipelajari kapan aja", "something I can do at
night". Self-paced (video) courses are watched at any hour; webinars and classes in person keep
a schedule. The answer says so and searches the self-paced courses (of the category shown, or
of a topic asked next). Before, such a message got small talk ("Makasih udah ngajak ngobrol!")."""

from __future__ import annotations

import re
from dataclasses import replace

from flows.course_choice import COURSE_CHOICE
from flows.course_query import SEARCH
from flows.messages import Outbound
from flows.runtime import runner
from flows.runtime.hooks import Hooks
from flows.runtime.machine import FlowTurn
from flows.turn import Ask

_HOURS = re.compile(
    r"\b(?:malam|malem|mlm|malem2|malam2|malam-malam|malem-malem|tengah malam|subuh|dini hari|"
    r"kapan (?:aja|saja|pun|aj)|kapanpun|jam (?:berapa|brp) (?:aja|saja)|jam bebas|"
    r"waktu(?:nya)? (?:bebas|fleksibel|luang)|fleksibel|di ?sela|sempet2|sempat2|"
    r"(?:anak|bocil|si kecil)\w* (?:udh|udah|sudah|sdh|dah) (?:tidur|bobo|bobok)|"
    r"at night|any ?time|whenever|own pace|my own time|flexible)\b"
)
"""When the user can study: at night, in spare moments, at any hour."""
_DOABLE = re.compile(
    r"\b(?:bisa|bs|can|could|dikerja\w*|dipelajari|diikut\w*|ditonton|nonton|belajar|study|"
    r"learn)\b"
)
"""Something the user can do then ("yg bisa dikerjain ...", "a course I can do ..."), not when
a course is held ("pelatihannya kapan aja?")."""
_ELSEWHERE = re.compile(
    r"\b(?:redeem|jadwal\w*|webinar\w*|zoom|jam \d|pukul|tutup|buka|cair\w*|insentif|sertifikat|"
    r"pengaduan|cs|petugas|admin|balas|dibalas|\d{1,2}[.:]\d{2})\b"
)
"""Another subject at some hour ("webinar aku jam 19.00", "cs bisa dihubungi malam?")."""
SEARCHED = "belajar mandiri"
"""The message the search reads instead: the self-paced mode, no topic."""


def asks(text: str) -> bool:
    """Whether a message asks for a course the user can follow at their own hours."""
    lowered = " ".join(text.lower().split())
    if not _HOURS.search(lowered) or _ELSEWHERE.search(lowered):
        return False
    return bool(_DOABLE.search(lowered))


def self_paced(turn: FlowTurn) -> FlowTurn | None:
    """The turn as a search for self-paced courses; None when the message asks no such
    course."""
    message = turn.message
    if message.payload is not None or not asks(message.text or ""):
        return None
    searched = replace(
        message, text=SEARCHED, intent=None, confidence=0.0, ranking=(), ambiguous=False,
        entities=(),
    )  # fmt: skip
    return FlowTurn(turn.session, searched, turn.ctx)


def answer(turn: FlowTurn, hooks: Hooks) -> Ask[list[Outbound] | None]:
    """At the course browser: self-paced courses fit any hour, and the search for them (of the
    category listed, else of a topic asked next); None when the message asks no such course."""
    searched = self_paced(turn)
    if searched is None:
        return None
    session = turn.session
    shown = session.slots.get("category")
    if shown and session.step == "list":
        from flows.courses import listing  # here: flows.courses calls this module

        session.profile[SEARCH] = listing(str(shown), turn.message.at)  # what refine() reads
    note = Outbound(turn.say("courses.any_hour"))
    return [note, *(yield from runner.start(COURSE_CHOICE, searched, hooks))]


__all__ = ["SEARCHED", "answer", "asks", "self_paced"]
