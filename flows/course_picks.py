"""Courses of the search results named by their place in a message that says more than a pick
("yg kedua detailnya dong", "yg tadi pertama aja deh", "eh gajadi, yg pertama aja"), two of
them compared ("bandingin no 1 sama no 2 dong", "yg pertama sama yg kedua bagusan mana"), a
place the list lacks ("ok pilih yg ke 3" with 2 results: there are only 2), and "ok aku pilih
itu" right after a question about one of them (that one). A wish to buy where the one meant is
clear ("lanjut beli" at a single result) opens it and asks to confirm the purchase. Before:
"which one do you mean?" with unrelated buttons, a cancel, the menu, or "those are all the
results".

A comparison shows what the catalogue holds on both (price, mode, hours, provider, platform,
rating); which one is better is not judged: that depends on what the user needs.

Read while the results are on screen (``flows.course_results``), and at a course opened from
them (``flows.courses``: "eh gajadi, yg pertama aja" opens the first one, not the list)."""

from __future__ import annotations

import re
from typing import Any

from flows import course_relax as relax
from flows import course_shown_questions as shown_questions
from flows.course_buy_wish import wants_to_buy
from flows.course_choice import PAGE, choose, results_page
from flows.course_followups import recent
from flows.course_query import SEARCH
from flows.formatting import money
from flows.messages import Outbound
from flows.ordinals import LAST, places
from flows.queries import CourseDetailQuery
from flows.runtime.machine import FlowTurn
from flows.turn import Ask
from flows.views import SearchItem, SearchPage

POINTED = "search_pointed"
"""``session.profile`` key: the course of the results a message named by its place, and the
turn it did ("yg pertama sertifikatnya diakui ga", then "ok aku pilih itu")."""
_ELSEWHERE = re.compile(
    r"\b(?:insentif|incentive|gelombang|wave|tiket|ticket|pengaduan|complaint|saldo|balance|"
    r"survei|survey|rekening|e-?wallet|redeem|voucher|otp|kk|nik)\w*"
)
"""Another subject's place ("insentif ke 2 kapan"): no course of the list."""
_TOP = re.compile(
    r"\b(?:paling\s+atas|paling\s+awal|teratas|(?:the\s+)?top\s+one|at\s+the\s+top)\b"
)
"""The first one shown, said by where it stands ("yg itu aja yg paling atas")."""


def answer(turn: FlowTurn, search: dict[str, Any], page: int) -> Ask[list[Outbound] | None]:
    """The course(s) a message names by place at the results page ``page``, else None."""
    text = _TOP.sub(" pertama ", " ".join((turn.message.text or "").lower().split()))
    named = places(text)
    if not named or _ELSEWHERE.search(text):
        return None
    found: SearchPage = yield from relax.search(search, page, turn.ctx.programme.courses_per_page)
    items = found.items
    if not items:
        return None
    named = list(dict.fromkeys(len(items) if place == LAST else place for place in named))
    if any(place > len(items) for place in named):
        return (yield from _beyond(turn, found, page, len(named) > 1))
    chosen = [items[place - 1] for place in named]
    if len(chosen) >= 2:
        return (yield from _compared(turn, chosen[:3], page))
    turn.session.profile[POINTED] = {"id": chosen[0].id, "turn": turn.session.turns}
    if shown_questions.asked(text) is not None:  # "yg pertama sertifikatnya diakui ga": the
        return None  # question's own answer, the one named remembered
    if wants_to_buy(text):
        return (yield from bought(turn, chosen[0].id))
    return (yield from _opened(turn, chosen[0].id))


def pointed_before(turn: FlowTurn) -> int | None:
    """The course the message before named by its place ("ok aku pilih itu" after "yg pertama
    sertifikatnya diakui ga"), else None."""
    said = turn.session.profile.get(POINTED)
    if isinstance(said, dict) and said.get("turn") == turn.session.turns - 1:
        course = said.get("id")
        return course if isinstance(course, int) else None
    return None


def bought(turn: FlowTurn, course_id: int) -> Ask[list[Outbound]]:
    """The course opened, and its purchase asked to be confirmed."""
    shown = yield from _opened(turn, course_id)
    return [*shown, *(yield from choose(turn, course_id))]


def at_detail(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """At a course opened from the results, another one named by its place ("eh gajadi, yg
    pertama aja"): that one, from the same results."""
    session = turn.session
    shown, search = session.profile.get(PAGE), session.profile.get(SEARCH)
    if session.step != "detail" or not session.slots.get("from_search"):
        return None
    if not isinstance(shown, list) or not isinstance(search, dict):
        return None
    if not recent(search, turn.message.at) or not places(turn.message.text or ""):
        return None
    return (yield from answer(turn, search, int(shown[0])))


def _opened(turn: FlowTurn, course_id: int) -> Ask[list[Outbound]]:
    from flows.courses import course_detail  # here: flows.courses reads this module too

    shown: list[Outbound] = yield from course_detail(turn.session, course_id)
    return shown


def _beyond(turn: FlowTurn, found: SearchPage, page: int, compared: bool) -> Ask[list[Outbound]]:
    """A place the list lacks: how many there are; the only one opened, else the list again."""
    count = len(found.items)
    if found.total == 1:
        key = "courses.picked.compare_one" if compared else "courses.picked.only_one"
        said = Outbound(turn.say(key))
        return [said, *(yield from _opened(turn, found.items[0].id))]
    key = "courses.picked.only_some" if found.pages == 1 else "courses.picked.only_on_page"
    turn.session.flow = None  # the results again, also when asked at a course opened from them
    return [Outbound(turn.say(key, count=count)), *(yield from results_page(turn, page))]


def _compared(turn: FlowTurn, chosen: list[SearchItem], page: int) -> Ask[list[Outbound]]:
    """Two (or three) courses side by side, then the list again to open one."""
    lines = [turn.say("courses.picked.compare")]
    for item in chosen:
        course: Any = yield CourseDetailQuery(item.id)
        if course is None:
            continue
        city = turn.say("courses.city", city=course.city) if course.city else ""
        lines.append(
            turn.say(
                "courses.picked.compared",
                title=course.title,
                price=money(course.price),
                mode=turn.say(f"courses.modes.{course.mode}"),
                city=city,
                hours=course.hours,
                provider=course.provider,
                platform=course.platform,
                rating=f"{course.rating:.1f}" if course.rating is not None else "-",
            )
        )
    lines.append(turn.say("courses.picked.compare_note"))
    turn.session.flow = None  # the results again, also when asked at a course opened from them
    return [Outbound("\n\n".join(lines)), *(yield from results_page(turn, page))]


__all__ = ["POINTED", "answer", "at_detail", "bought", "pointed_before"]
