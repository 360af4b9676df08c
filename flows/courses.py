"""Course browser: category -> paged list (5 per page) -> details, over the programme database.

Payloads: ``courses`` (categories), ``courses:<page>:<category>``, ``course:<id>``. Text typed
at the browser is read by ``typed``: a category's name opens it, a topic or a refinement of the
category shown runs a course search; a change of mind is read for what comes after it, and a
user lost is told how to choose (``flows.course_browsing``).
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from flows import (
    course_any_hour,
    course_bought,
    course_buying,
    course_detail_typed,
    course_picks,
    course_return,
    purchase_deadline_rules,
)
from flows import course_browsing as browsing
from flows import course_confirm as confirm
from flows import course_followups as followups
from flows import course_query as query
from flows import course_shown_questions as shown_questions
from flows.course_buy_wish import wants_to_buy
from flows.course_category_names import title
from flows.course_choice import CONFIRMING, COURSE_CHOICE, results_page
from flows.course_fields import widened
from flows.course_query import SEARCH
from flows.formatting import money
from flows.menu import menu_button
from flows.messages import Button, Outbound
from flows.my_courses import asks_my_courses
from flows.queries import CategoriesQuery, CourseDetailQuery, CoursePageQuery, CourseSearch
from flows.responses import text
from flows.result import Valid
from flows.runtime import runner
from flows.runtime.hooks import Hooks
from flows.runtime.machine import FlowTurn
from flows.turn import Ask, FlowContext, Message, Step
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
    buttons = tuple(Button(title(lang, name, n), list_payload(name, 1)) for name, n in found)
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
    course_return.placed(session, str(course.category))  # what "Kembali ke daftar" goes to
    session.step = "detail"
    session.slots.pop(CONFIRMING, None)  # another course's confirmation is no longer pending
    session.slots["course"] = course_id
    return [Outbound(body, _detail_buttons(session, course_id))]


def _detail_buttons(session: Session, course_id: int) -> tuple[Button, ...]:
    choose = Button(text(session.language, "courses.choose"), f"enrol:{course_id}")
    return (_back_button(session), choose, menu_button(session.language))


_ASPECTS = (
    ("hours", r"\b(?:durasi\w*|(?:berapa|brp) (?:jam|lama|hari)|how (?:long|many hours)|hours?)\b"),
    ("price", r"\b(?:harga\w*|(?:berapa|brp) (?:duit|rupiah|biaya\w*)|price|cost)\b"),
    ("mode", r"\b(?:online|offline|daring|luring|webinar|tatap muka|metode\w*|mode)\b"),
    ("provider", r"\b(?:lembaga\w*|provider|penyelenggara\w*|siapa yang (?:ngajar|mengajar))\b"),
    ("platform", r"\b(?:platform\w*|beli(?:nya)? di ?mana|where (?:to|do i) buy)\b"),
)
"""What a question about the course shown asks ("ini berapa jam?", "harganya berapa?")."""
_PER_COURSE = ("hours", "price", "provider", "platform")
_ASKS = re.compile(r"\?|\b(?:apa|apakah|ini|itu|gimana|bagaimana|berapa|brp|is it|is this)\b")


def about_shown(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """A question about the course on screen, answered from its details."""
    session, lowered = turn.session, (turn.message.text or "").lower()
    course_id = session.slots.get("course")
    aspect = next((name for name, pattern in _ASPECTS if re.search(pattern, lowered)), None)
    if session.step != "detail" and aspect in _PER_COURSE and _ASKS.search(lowered):
        # "ini berapa jam?" at a list: it differs per course, so one is chosen first (the list
        # again, so its numbers still choose from it)
        unshown = Outbound(text(session.language, "courses.about.none_shown"))
        category, page = session.slots.get("category"), int(session.slots.get("page", 1))
        if session.step == "list" and category:
            return [unshown, *(yield from course_page(session, str(category), page, turn.ctx))]
        return [unshown, *(yield from categories(session))]
    confirming = confirm.pending(turn)  # "saldo ku cukup ga" at "Beli ...? [Ya, beli]"
    if confirming is not None and aspect is None and confirm.asks_balance(lowered):
        return (yield from confirm.balance(turn, confirming))
    if session.step != "detail" or not isinstance(course_id, int) or aspect is None:
        return None
    if followups.follows_up(turn.message) and not _ASKS.search(lowered):
        return None  # "yang online aja": the search refined, not a question about this course
    course: Any = yield CourseDetailQuery(course_id)
    if course is None:
        return None
    mode = text(session.language, f"courses.modes.{course.mode}")
    line = text(session.language, f"courses.about.{aspect}", title=course.title,
                hours=course.hours, price=money(course.price), mode=mode,
                provider=course.provider, platform=course.platform)  # fmt: skip
    if confirming is not None:  # the confirmation asked again, its buttons kept
        return (yield from confirm.again(turn, confirming, line))
    return [Outbound(line, _detail_buttons(session, course_id))]


def back(turn: FlowTurn) -> Step:
    """ "kembali" at the browser: from a course to its list, from a list to the categories."""
    session = turn.session
    category = course_return.list_of(session)
    if session.step == "detail" and session.slots.get("from_search"):
        session.flow = None  # back to the search results, which stand outside the browser
        return (yield from results_page(turn, 1))
    if session.step == "detail" and category:
        page = int(session.slots.get("page", 1))
        return (yield from course_page(session, str(category), page, turn.ctx))
    return (yield from categories(session))


def _back_button(session: Session) -> Button:
    lang = session.language
    category = course_return.list_of(session) if session.flow == FLOW else None
    if session.flow == FLOW and session.slots.get("from_search"):
        return Button(text(lang, "courses.back_to_list"), "search:1")
    if category:
        page = int(session.slots.get("page", 1))
        return Button(text(lang, "courses.back_to_list"), list_payload(str(category), page))
    return Button(text(lang, "courses.other_categories"), "courses")


def typed(turn: FlowTurn, hooks: Hooks) -> Ask[list[Outbound] | None]:
    """Text typed at the browser instead of a tap. A category's name opens it ("kuliner",
    "Kulinr"); a refinement of the category shown searches within it ("yang online aja", "yg
    di surabaya ada ga"); a topic the catalogue knows is searched ("masak"). None: the message
    is about something else, and the router goes on."""
    if (returned := (yield from course_return.answer(turn))) is not None:  # "yang barista"
        return returned  # a listed course named, "balik ke pelatihan tadi", "kembali"
    wished = yield from course_detail_typed.bought(turn)  # "beli", "mau beli yg ini"
    if wished is not None:
        return wished
    asked = yield from confirm.asked_done(turn)  # "jadi beli ga tadi?" at "Beli ...?"
    if asked is not None:
        return asked
    other = yield from course_picks.at_detail(turn)  # "eh gajadi, yg pertama aja": that one
    if other is not None:
        return other
    if browsing.takes_back(turn):  # "ga jadi deh" at a course: its list again, not the menu
        turn.session.slots.pop(CONFIRMING, None)
        return [Outbound(turn.say("courses.not_taken")), *(yield from back(turn))]
    if turn.session.step != "detail" and wants_to_buy(turn.message.text or ""):
        return (yield from _explained(turn, "courses.choose_first"))  # "beli" at a list
    if asks_my_courses(turn.message.text or ""):
        return None  # "kursus yg sudah saya beli": their own, not the catalogue
    if turn.session.step != "detail":  # "beli nya dmn", "bisa refund ga?": no topic to search
        bought = course_bought.answer(turn) or course_buying.answer(turn)
        if bought is not None:
            return bought
    deadline = yield from purchase_deadline_rules.answer(turn)  # "batas beli pelatihan brp hari?"
    if deadline is not None:  # not a course's duration ("brp hari")
        return deadline
    any_hour = yield from course_any_hour.answer(turn, hooks)  # "yg bisa dikerjain malem2"
    if any_hour is not None:
        return any_hour
    if course_buying.over_balance(turn.message.text or ""):  # "nambahin pake duit sendiri ga"
        return (yield from then_shown(turn, turn.say("kb.course_price_over_balance")))
    said = yield from shown_questions.answer(turn, course_detail_typed.shown(turn))
    if said is not None:  # "sertifikatnya diakui ga?", "jadwalnya kapan aja?"
        return (yield from then_shown(turn, said))
    turn = browsing.instead(turn)  # "eh ga jadi, mau yg jahit aja": what comes instead
    message = turn.message
    answered = yield from about_shown(turn)
    if answered is not None:
        return answered
    found: list[tuple[str, int]] = yield CategoriesQuery()
    category = followups.category_named(message, [name for name, _ in found])
    if category is not None:
        return (yield from course_page(turn.session, category, 1, turn.ctx))
    if browsing.lost(turn):  # "ga tau bingung", "apa aja pilihannya"
        return (yield from _explained(turn))
    if not followups.may_be_about_courses(message) and not _only_a_topic(message):
        return None
    shown = turn.session.slots.get("category")
    if shown and followups.follows_up(message):
        turn.session.profile[SEARCH] = listing(str(shown), message.at)  # what refine() reads
    elif not (yield from _known_topic(turn)):
        return None
    return (yield from runner.start(COURSE_CHOICE, turn, hooks))


def _explained(turn: FlowTurn, at_list: str = "courses.lost.list") -> Step:
    """How to choose, and the categories (or the list shown, after ``at_list``) again."""
    listed = turn.session.step == "list" and turn.session.slots.get("category")
    said = turn.say(at_list if listed else browsing.categories_key(turn))
    return (yield from then_shown(turn, said))


def then_shown(turn: FlowTurn, said: str) -> Step:
    """``said``, then what is on screen again: the course (its buttons), the list, or the
    categories."""
    session = turn.session
    course_id = course_detail_typed.shown(turn)
    if course_id is not None:
        return [Outbound(said, _detail_buttons(session, course_id))]
    category, page = session.slots.get("category"), int(session.slots.get("page", 1))
    if session.step == "list" and category:
        return [Outbound(said), *(yield from course_page(session, str(category), page, turn.ctx))]
    return [Outbound(said), *(yield from categories(session))]


def _only_a_topic(message: Message) -> bool:
    """The whole message is a course topic ("bahasa inggris" at the browser is the course, not
    a wish to switch the chat to English)."""
    for entity in message.entities:
        if getattr(entity, "entity", None) == "course_topic":
            covered = int(getattr(entity, "end", 0)) - int(getattr(entity, "start", 0))
            return covered >= len((message.text or "").strip()) - 2
    return False


def listing(category: str, at: datetime) -> dict[str, Any]:
    """A category's page as the search a follow-up refines: its name as the words, which every
    course of the category matches (a course elsewhere that names them all matches too)."""
    none = {"mode": None, "city": None, "max_price": None, "cheapest": False}
    return {"words": category, **none, "at": at.isoformat()}


def _known_topic(turn: FlowTurn) -> Ask[bool]:
    """Whether the message names a topic the catalogue has courses on ("masak", not "asdf")."""
    said = query.topic(turn.message, turn.slots, turn.ctx)
    if not isinstance(said, Valid):
        return False
    result: SearchPage = yield CourseSearch(widened(str(said.value)), per_page=1)
    return result.total > 0
