"""Course browser: category -> paged list (5 per page) -> details, over the programme database.

Payloads: ``courses`` (categories), ``courses:<page>:<category>``, ``course:<id>``. Text typed
at the browser is read by ``typed``: a category's name opens it, a topic or a refinement of the
category shown runs a course search.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from flows import course_query as query
from flows.course_choice import COURSE_CHOICE
from flows.course_query import SEARCH
from flows.formatting import money
from flows.menu import menu_button
from flows.messages import Button, Outbound
from flows.queries import CategoriesQuery, CourseDetailQuery, CoursePageQuery, CourseSearch
from flows.responses import text
from flows.runtime import runner
from flows.runtime.machine import FlowTurn
from flows.turn import Ask, FlowContext, Message, Step
from flows.validators import Valid
from flows.views import SearchPage
from storage.sessions import Session

FLOW = "courses"


def list_payload(category: str, page: int) -> str:
    return f"courses:{page}:{category}"


def categories(session: Session) -> Step:
    lang = session.language
    found: list[tuple[str, int]] = yield CategoriesQuery()
    session.flow, session.step = FLOW, "categories"
    if not found:
        return [Outbound(text(lang, "courses.none"), (menu_button(lang),))]
    buttons = tuple(Button(f"{name} ({count})", list_payload(name, 1)) for name, count in found)
    return [Outbound(text(lang, "courses.categories"), (*buttons, menu_button(lang)), style="list")]


def course_page(session: Session, category: str, page: int, ctx: FlowContext) -> Step:
    lang = session.language
    result: Any = yield CoursePageQuery(category, max(page, 1), ctx.programme.courses_per_page)
    session.flow, session.step = FLOW, "list"
    session.slots = {"category": category, "page": result.page}
    if result.total == 0:
        text_ = text(lang, "courses.empty", category=category)
        return [Outbound(text_, (Button(text(lang, "courses.other_categories"), "courses"),))]
    buttons = [
        Button(
            text(lang, "courses.item", title=item.title, price=money(item.price)),
            f"course:{item.id}",
        )
        for item in result.items
    ]
    if result.page > 1:
        buttons.append(
            Button(text(lang, "courses.previous"), list_payload(category, result.page - 1))
        )
    if result.page < result.pages:
        buttons.append(Button(text(lang, "courses.next"), list_payload(category, result.page + 1)))
    buttons += [Button(text(lang, "courses.other_categories"), "courses"), menu_button(lang)]
    heading = text(
        lang,
        "courses.page",
        category=category,
        page=result.page,
        pages=result.pages,
        total=result.total,
    )
    return [Outbound(heading, tuple(buttons), style="list")]


def course_detail(session: Session, course_id: int) -> Step:
    lang = session.language
    course: Any = yield CourseDetailQuery(course_id)
    back = _back_button(session)
    if course is None:
        return [Outbound(text(lang, "courses.not_found"), (back, menu_button(lang)))]
    body = text(
        lang,
        "courses.detail",
        title=course.title,
        category=course.category,
        provider=course.provider,
        platform=course.platform,
        mode=text(lang, f"courses.modes.{course.mode}"),
        city=text(lang, "courses.city", city=course.city) if course.city else "",
        price=money(course.price),
        hours=course.hours,
        rating=f"{course.rating:.1f}",
    )
    session.step = "detail"
    choose = Button(text(lang, "courses.choose"), f"enrol:{course_id}")
    return [Outbound(body, (back, choose, menu_button(lang)))]


def _back_button(session: Session) -> Button:
    lang = session.language
    category = session.slots.get("category") if session.flow == FLOW else None
    if category:
        page = int(session.slots.get("page", 1))
        return Button(text(lang, "courses.back_to_list"), list_payload(str(category), page))
    return Button(text(lang, "courses.other_categories"), "courses")


def typed(turn: FlowTurn, hooks: runner.Hooks) -> Ask[list[Outbound] | None]:
    """Text typed at the browser instead of a tap. A category's name opens it ("kuliner",
    "Kulinr"); a refinement of the category shown searches within it ("yang online aja", "yg
    di surabaya ada ga"); a topic the catalogue knows is searched ("masak"). None: the message
    is about something else, and the router goes on."""
    message = turn.message
    found: list[tuple[str, int]] = yield CategoriesQuery()
    category = query.category_named(message, [name for name, _ in found])
    if category is not None:
        return (yield from course_page(turn.session, category, 1, turn.ctx))
    if not query.may_be_about_courses(message) and not _only_a_topic(message):
        return None
    shown = turn.session.slots.get("category")
    if shown and query.follows_up(message):
        turn.session.profile[SEARCH] = _listing(str(shown), message.at)  # what refine() reads
    elif not (yield from _known_topic(turn)):
        return None
    return (yield from runner.start(COURSE_CHOICE, turn, hooks))


def _only_a_topic(message: Message) -> bool:
    """The whole message is a course topic ("bahasa inggris" at the browser is the course, not
    a wish to switch the chat to English)."""
    for entity in message.entities:
        if getattr(entity, "entity", None) == "course_topic":
            covered = int(getattr(entity, "end", 0)) - int(getattr(entity, "start", 0))
            return covered >= len((message.text or "").strip()) - 2
    return False


def _listing(category: str, at: datetime) -> dict[str, Any]:
    """A category's page as the search a follow-up refines: its name as the words, which every
    course of the category matches (a course elsewhere that names them all matches too)."""
    return {
        "words": category,
        "mode": None,
        "city": None,
        "max_price": None,
        "cheapest": False,
        "at": at.isoformat(),
    }


def _known_topic(turn: FlowTurn) -> Ask[bool]:
    """Whether the message names a topic the catalogue has courses on ("masak", not "asdf")."""
    said = query.topic(turn.message, turn.slots, turn.ctx)
    if not isinstance(said, Valid):
        return False
    result: SearchPage = yield CourseSearch(str(said.value), per_page=1)
    return result.total > 0
