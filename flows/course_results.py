"""Questions about the search results shown, typed after them while no flow runs: "ini berapa
jam?" (each listed course's hours, from the catalogue, and the list again so its numbers still
choose) and a course picked by its number a few messages later ("yg ke 3" after a question on
certificates: the typed button no longer exists, the results still do); "beli" there is told
to open a course first, the list again. Before, "ini berapa jam?" got the open wave, "yg ke 3"
was not understood and "beli" was out of scope.

With a single result, "oke pilih yg itu" (or "yg itu aja") opens it: there is no other to
point at (before, "choose one from this list first"), and "beli" or "lanjut beli" opens it and
asks to confirm the purchase (before, a bare "beli" was told to choose one first). "lanjut" at
the last page says those are all the results and offers a new search (before, "I don't
understand" and the menu). Courses named by their place, compared, or
a place the list lacks: ``flows.course_picks``; the cheapest one ("the cheapest one"):
``flows.course_cheapest_pick``."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from flows import course_cheapest_pick as cheapest_pick
from flows import course_picks as picks
from flows import course_relax as relax
from flows import course_shown_questions as shown_questions
from flows.course_buy_wish import wants_to_buy
from flows.course_choice import FLOW, NEXT_PAGE, PAGE, results_page
from flows.course_followups import recent
from flows.course_query import SEARCH
from flows.course_return import asks_return
from flows.courses import course_detail
from flows.messages import Outbound
from flows.queries import CourseDetailQuery
from flows.runtime.machine import FlowTurn
from flows.turn import Ask
from flows.views import SearchPage

_HOURS = re.compile(
    r"\b(?:(?:berapa|brp|brapa) (?:jam|lama)|durasi\w*|lama(?:nya)? (?:berapa|brp)|how long|"
    r"how many hours|hours?)\b"
)
_CLOCK = re.compile(r"\b(?:mulai|dimulai|jadwal|tutup|buka|start\w*|begin\w*)\b")
_MODE = re.compile(
    r"\b(?:online|offline|daring|luring|tatap muka|in person|webinar|zoom|self[- ]?paced|mandiri|"
    r"hybrid)\b.{0,25}\b(?:atau|ato|apa|or|ga|gak|nggak|engga|ya|kah|not)\b|\b(?:mode|format|"
    r"metode|sistem|cara belajar)\w*\b.{0,15}\b(?:apa|gimana|gmn|what|how)\b"
)
"""How the listed courses are held asked ("is it online or offline?", "ini online ga?")."""
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
_POINTED = re.compile(
    r"(?:(?:ok|oke|okay|okey|sip|ya|iya|yaudah)[\s,]+)?(?:(?:mau|aku|saya)\s+)?(?:yg|yang|that|this)"
    r"(?:\s+(?:one|itu|ini|tadi|aja|saja|deh|dong|ya|kak|min))+[\s.!]*"
)
"""The one shown pointed at without a verb ("yg itu aja", "oke yang tadi")."""
_POINTING = re.compile(r"\b(?:itu|ini|tadi|that|this|it)\b")
"""A wish to buy that points at the one shown ("pilih yg itu"); a bare "beli" at several
results is told to choose one first."""
_BUYING = re.compile(r"\b(?:beli\w*|membeli|buy|purchase|checkout)\b")
"""A buying verb, not a choosing one: "ok buy it" at a single result asks to confirm the
purchase (before, it only opened the course)."""


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
    if asks_return(text):  # "oke balik ke pelatihan tadi" after a side question: the results
        return (yield from results_page(turn, page))
    named = _PAGE_NAMED.match(text.strip(" ?!."))
    if named is not None:  # "halaman 2" of one page: there is none, the page again
        shown_again = yield from results_page(turn, page)
        return [Outbound(turn.say("courses.no_such_page", pages=pages)), *shown_again]
    cheapest = yield from cheapest_pick.answer(turn, search)  # "the cheapest one": opened
    if cheapest is not None:
        return cheapest
    picked = yield from picks.answer(turn, search, page)  # "yg kedua detailnya dong",
    if picked is not None:  # "bandingin no 1 sama no 2", "pilih yg ke 3" of 2: only 2
        return picked
    said = yield from shown_questions.answer(turn, None)  # "sertifikatnya diakui ga?"
    if said is not None:
        return [Outbound(said), *(yield from results_page(turn, page))]
    wish = wants_to_buy(text)  # "beli", "lanjut beli"
    if NEXT_PAGE.match(text) and page >= pages and not wish:  # "lanjut" at the last page
        return None if session.suspended else [_all_shown(turn)]  # or to the flow set aside
    pointed = _POINTED.fullmatch(text) or (wish and _POINTING.search(text))
    before = picks.pointed_before(turn)  # "ok aku pilih itu" right after "yg pertama ...?"
    if (pointed or wish) and before is not None:
        if pointed:
            return (yield from course_detail(turn.session, before))
        return (yield from picks.bought(turn, before))
    only = (yield from _only_one(turn, search, page)) if pointed or wish else None
    buys = wish and _BUYING.search(text)  # "ok buy it": bought as "beli" is, not just opened
    if only is not None and pointed and not buys:  # "oke pilih yg itu": that one, opened
        return (yield from course_detail(turn.session, only))
    if only is not None and wish:  # "beli", "lanjut beli" at a single result: the one meant
        return (yield from picks.bought(turn, only))  # opened, its purchase asked to confirm
    if wish:  # "beli" at the list: which one? (its details have the button)
        shown_again = yield from results_page(turn, page)
        return [Outbound(turn.say("courses.choose_first")), *shown_again]
    if _MODE.search(text) and not _BUYING.search(text):  # "is it online or offline?"
        return (yield from _modes(turn, search, page))
    if _HOURS.search(text) and not any(p.search(text) for p in (_CLOCK, _MINIMUM, _ELSEWHERE)):
        return (yield from _hours(turn, search, page))
    return None


def _hours(turn: FlowTurn, search: dict[str, Any], page: int) -> Ask[list[Outbound]]:
    def line(course: Any) -> str:
        return turn.say("courses.hours_line", title=course.title, hours=course.hours)

    return (yield from _each_listed(turn, search, page, "courses.hours_shown", line))


def _modes(turn: FlowTurn, search: dict[str, Any], page: int) -> Ask[list[Outbound]]:
    def line(course: Any) -> str:
        mode = turn.say(f"courses.modes.{course.mode}")
        city = turn.say("courses.city", city=course.city) if course.city else ""
        return turn.say("courses.mode_line", title=course.title, mode=mode, city=city)

    return (yield from _each_listed(turn, search, page, "courses.modes_shown", line))


def _each_listed(
    turn: FlowTurn, search: dict[str, Any], page: int, heading: str, line: Callable[[Any], str]
) -> Ask[list[Outbound]]:
    """One line per course of the page shown (its hours, its mode), then the page again."""
    found: SearchPage = yield from relax.search(search, page, turn.ctx.programme.courses_per_page)
    lines = [turn.say(heading)]
    for item in found.items:
        course: Any = yield CourseDetailQuery(item.id)
        if course is not None:
            lines.append(line(course))
    return [Outbound("\n".join(lines)), *(yield from results_page(turn, page))]


def _only_one(turn: FlowTurn, search: dict[str, Any], page: int) -> Ask[int | None]:
    """The single course shown; None when the list holds more than one."""
    found: SearchPage = yield from relax.search(search, page, turn.ctx.programme.courses_per_page)
    if found.total != 1 or len(found.items) != 1:
        return None
    return found.items[0].id


def _all_shown(turn: FlowTurn) -> Outbound:
    """Every result was shown already: a new search, the categories or the menu."""
    again = turn.button("courses.search_again", f"flow:{FLOW}")
    other = turn.button("courses.all_categories", "courses")
    return turn.reply("courses.all_shown", again, other, turn.menu_button())
