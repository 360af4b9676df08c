"""Course browser: category -> paged list (5 per page) -> details, over the programme database.

Payloads: ``courses`` (categories), ``courses:<page>:<category>``, ``course:<id>``.
"""

from __future__ import annotations

from typing import Any

from flows.formatting import money
from flows.menu import menu_button
from flows.messages import Button, Outbound
from flows.queries import CategoriesQuery, CourseDetailQuery, CoursePageQuery
from flows.responses import text
from flows.turn import FlowContext, Step
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
