"""Questions about the search results shown, typed after them while no flow runs: "ini berapa
jam?" (each listed course's hours, from the catalogue, and the list again so its numbers still
choose) and a course picked by its number a few messages later ("yg ke 3" after a question on
certificates: the typed button no longer exists, the results still do); "beli" there is told
to open a course first, the list again. Before, "ini berapa jam?" got the open wave, "yg ke 3"
was not understood and "beli" was out of scope."""

from __future__ import annotations

import re
from typing import Any

from flows import course_relax as relax
from flows import course_shown_questions as shown_questions
from flows.course_buy_wish import wants_to_buy
from flows.course_choice import PAGE, results_page
from flows.course_followups import recent
from flows.course_query import SEARCH
from flows.courses import course_detail
from flows.messages import Outbound
from flows.ordinals import ordinal
from flows.queries import CourseDetailQuery
from flows.runtime.machine import FlowTurn
from flows.turn import Ask
from flows.views import SearchPage

_HOURS = re.compile(
    r"\b(?:(?:berapa|brp|brapa) (?:jam|lama)|durasi\w*|lama(?:nya)? (?:berapa|brp)|how long|"
    r"how many hours|hours?)\b"
)
_CLOCK = re.compile(r"\b(?:mulai|dimulai|jadwal|tutup|buka|start\w*|begin\w*)\b")
_MINIMUM = re.compile(r"\b(?:minimal|minimum|paling sedikit|sedikitnya|at least)\b")
"""The rule's minimum asked for ("durasi pelatihan minimal brp jam"): its own answer."""
_ELSEWHERE = re.compile(
    r"\b(?:sertifikat|certificate|insentif|incentive|cair|pengumuman|gelombang|wave|tiket|"
    r"ticket|pengaduan|saldo|balance|redeem|voucher|otp|email|sms|webinar|zoom)\w*"
)
"""Another subject's duration ("brp lama sertifikat keluar?"), not the courses listed."""
_PAGE_NAMED = re.compile(r"^(?:ke |buka |lihat |liat )?(?:halaman|hal\.?|page)\s*(\d{1,3})$")
"""A page named ("halaman 2"); one the results have is turned to by
``flows.course_choice.turned_page``, one they lack is answered here."""


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """The answer to a question about the results just shown, else None."""
    session, text = turn.session, " ".join((turn.message.text or "").lower().split())
    shown = session.profile.get(PAGE)
    search: dict[str, Any] = session.profile.get(SEARCH) or {}
    if session.flow is not None or turn.message.payload is not None or not text:
        return None
    if not isinstance(shown, list) or not recent(search, turn.message.at):
        return None
    page, pages = int(shown[0]), int(shown[1])
    named = _PAGE_NAMED.match(text.strip(" ?!."))
    if named is not None:  # "halaman 2" of one page: there is none, the page again
        shown_again = yield from results_page(turn, page)
        return [Outbound(turn.say("courses.no_such_page", pages=pages)), *shown_again]
    said = yield from shown_questions.answer(turn, None)  # "sertifikatnya diakui ga?"
    if said is not None:
        return [Outbound(said), *(yield from results_page(turn, page))]
    if wants_to_buy(text):  # "beli" at the list: which one? (its details have the button)
        shown_again = yield from results_page(turn, page)
        return [Outbound(turn.say("courses.choose_first")), *shown_again]
    if _HOURS.search(text) and not any(p.search(text) for p in (_CLOCK, _MINIMUM, _ELSEWHERE)):
        return (yield from _hours(turn, search, page))
    number = ordinal(text)
    if number is None:
        return None
    return (yield from _picked(turn, search, page, number))


def _hours(turn: FlowTurn, search: dict[str, Any], page: int) -> Ask[list[Outbound]]:
    found: SearchPage = yield from relax.search(search, page, turn.ctx.programme.courses_per_page)
    lines = [turn.say("courses.hours_shown")]
    for item in found.items:
        course: Any = yield CourseDetailQuery(item.id)
        if course is not None:
            lines.append(turn.say("courses.hours_line", title=course.title, hours=course.hours))
    return [Outbound("\n".join(lines)), *(yield from results_page(turn, page))]


def _picked(
    turn: FlowTurn, search: dict[str, Any], page: int, number: int
) -> Ask[list[Outbound] | None]:
    found: SearchPage = yield from relax.search(search, page, turn.ctx.programme.courses_per_page)
    if not 1 <= number <= len(found.items):
        return None
    return (yield from course_detail(turn.session, found.items[number - 1].id))
