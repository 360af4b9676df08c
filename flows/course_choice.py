"""Course choice: topic words, mode, city (in-person only), maximum price -> ranked results with
paging; details come from the course browser; choose -> checks -> enrolment with voucher and
redeem codes, the balance deducted and the redeem window explained.

Search filters live in ``session.profile["search"]`` so paging buttons (``search:<page>``) work
after the flow has ended; choosing is ``enrol:<id>`` then ``enrol_yes:<id>``. What a message
asks for (topic, mode, city, price) is read in ``flows.course_query``, a refinement of the
search just shown in ``flows.course_followups``, answers naming something else than was asked
in ``flows.course_answers``; the search and what it lets go when nothing matches are in
``flows.course_relax``."""

from __future__ import annotations

import re
from typing import Any

from flows import course_answers as answers
from flows import course_followups as followups
from flows import course_needs as needs
from flows import course_over_balance as over_balance
from flows import course_query as query
from flows import course_relax as relax
from flows import course_second_purchase as second_purchase
from flows import course_standing as standing
from flows import course_typed_place as typed_place
from flows.course_answers import or_changed, then
from flows.course_comeback import comes_back
from flows.course_query import SEARCH
from flows.durations import redeem_window
from flows.formatting import long_date, money
from flows.messages import Button, Outbound
from flows.my_data import not_linked, participant
from flows.queries import CourseDetailQuery, CreateEnrolment
from flows.runtime import controls, runner
from flows.runtime.machine import Flow, FlowTurn, Go, Option, Slot, Slots, State
from flows.turn import Ask, FlowContext, Step
from flows.views import SearchItem

FLOW = "course_choice"


def _in_person(slots: Slots, _: FlowContext) -> bool:
    return slots.get("mode") in ("offline", "hybrid", relax.IN_PERSON)


def _search_action(turn: FlowTurn) -> Ask[list[Outbound]]:
    slots = turn.slots
    online = slots.get("mode") in ONLINE_KINDS  # a city named before it is moot
    turn.session.profile[SEARCH] = {
        "words": slots.get("topic", ""),
        "mode": None if slots.get("mode") in (None, "any") else slots["mode"],
        "city": None if slots.get("city") in (None, "any") or online else slots["city"],
        "max_price": int(slots.get("max_price") or 0) or None,
        "cheapest": bool(slots.get("cheapest")),
        "level": slots.get("level"),
        "need": needs.kept(slots),  # "courses for getting a job": its courses first
        "at": turn.message.at.isoformat(),
    }
    turn.session.profile[ANSWERS] = dict(slots)  # what "kembali" at the results goes back to
    return (yield from results_page(turn, 1))


def _refine(turn: FlowTurn) -> Step:
    """A place typed at the results taken for "Cari lagi" ("yg ke3" of 2): the list again."""
    if typed_place.typed_place(turn):
        return (yield from typed_place.beyond(turn))
    return (yield from followups.refine(turn))


CONFIRMING = "confirming"
"""Slot of the course browser: the course whose purchase was just asked to be confirmed
(``flows.course_confirm`` answers questions there and asks again)."""
ANSWERS = "search_answers"
"""``session.profile`` key of the answers (and their history) that led to the last results."""


def back_to_questions(turn: FlowTurn) -> list[Outbound] | None:
    """ "kembali" right after the search results: the search's last question again, its other
    answers kept (like "kembali" inside the flow). None: no recent search to go back into."""
    session = turn.session
    answers = session.profile.get(ANSWERS)
    recent = followups.recent(session.profile.get(SEARCH) or {}, turn.message.at)
    if session.flow is not None or not isinstance(answers, dict) or not recent:
        return None
    session.profile.pop(ANSWERS)
    session.flow, session.step, session.slots = FLOW, "results", dict(answers)
    return runner.back(COURSE_CHOICE, COURSE_CHOICE.state("results"), turn)


ONLINE_KINDS = ("online", "webinar", "self_paced")
ONLY = ("webinar", "self_paced")
"""Modes of one kind of online class: the results say which kinds they leave out."""
PAGE = "search_shown"
"""``session.profile`` key of [page, pages] of the results last shown ("next", "kembali")."""
NEXT_PAGE = re.compile(
    r"^(?:lanjut\w*|next|berikut\w*|selanjutnya|halaman (?:berikut\w*|selanjutnya)|more|"
    r"(?:lihat |liat )?(?:yang |yg )?lain(?:nya)?|(?:lihat |liat )?lagi)\b"
)
_PAGE_NAMED = re.compile(r"^(?:halaman|hal\.?|page)\s*(\d{1,3})$")
_ANY_OF_THEM = re.compile(
    r"(?:(?:yg|yang|ya|ok|oke|okay)\s+)*(?:any|anything|any of them|any one|whatever|bebas|"
    r"terserah|apa (?:aja|saja)|yang mana (?:aja|saja)|yg mana (?:aja|saja)|semua(?:nya)?)"
    r"(?:\s+(?:aja|saja|deh|dong|kak|min|ya|is fine|then))*[\s.!?]*"
)
"""Any course will do, said to the results ("any", "bebas"): the same page again to pick from
(before, "which one do you mean?" with unrelated topics)."""


def turned_page(turn: FlowTurn) -> int | None:
    """The results page a message asks for right after results were shown: "lanjut", "next",
    "yang lain" (the next one), "kembali" (the one before), "halaman 3", "any" (the same one);
    None: not paging."""
    session, lowered = turn.session, " ".join((turn.message.text or "").lower().split())
    shown = session.profile.get(PAGE)
    recent = followups.recent(session.profile.get(SEARCH) or {}, turn.message.at)
    if session.flow is not None or not isinstance(shown, list) or not recent or not lowered:
        return None
    page, pages = int(shown[0]), int(shown[1])
    named = _PAGE_NAMED.match(lowered.strip(" ?!."))
    if named and 1 <= int(named.group(1)) <= pages:
        return int(named.group(1))
    if comes_back(lowered):  # "back to the courses" after other questions: the same page
        return page
    if controls.is_back(turn.message) and page > 1:
        return page - 1
    if NEXT_PAGE.match(lowered) and page < pages:
        return page + 1
    return page if _ANY_OF_THEM.fullmatch(lowered) else None


def results_page(turn: FlowTurn, page: int) -> Step:
    search: dict[str, Any] = turn.session.profile.get(SEARCH) or {}
    result = yield from relax.search(search, page, turn.ctx.programme.courses_per_page)
    again = turn.button("courses.search_again", f"flow:{FLOW}")
    notes: list[str] = []
    if result.total == 0:
        nearest = yield from relax.relaxed(turn, search)
        if nearest is None:
            other = turn.button("courses.other_categories", "courses")
            return [turn.reply("courses.search_empty", again, other)]
        result, notes = nearest
    buttons = [Button(_item(turn, item), f"course:{item.id}") for item in result.items]
    if result.page > 1:
        buttons.append(turn.button("courses.previous", f"search:{result.page - 1}"))
    if result.page < result.pages:
        buttons.append(turn.button("courses.next", f"search:{result.page + 1}"))
    buttons.append(again)
    turn.session.profile[PAGE] = [result.page, result.pages]
    heading = turn.say(
        "courses.search_page", page=result.page, pages=result.pages, total=result.total
    )
    shown = turn.session.profile.get(SEARCH) or {}  # relaxed, maybe: the mode as kept
    if shown.get("mode") in ONLY:  # a webinar is no video course, nor a blended class
        notes.append(turn.say(f"courses.only.{shown['mode']}"))
    if search.get("cheapest"):
        notes.append(turn.say("courses.cheapest_first"))
    over = yield from over_balance.note(turn, result.items)  # "Rp850.000" with Rp800.000 left
    notes.extend([over] if over else [])
    return [Outbound("\n".join([*notes, heading]), tuple(buttons), style="list")]


def _item(turn: FlowTurn, item: SearchItem) -> str:
    """A result's title and price, and its city when it is held in one (offline, hybrid)."""
    price, city = money(item.price), getattr(item, "city", None)  # stand-ins may hold none
    if city:
        return turn.say("courses.item_city", title=item.title, city=city, price=price)
    return turn.say("courses.item", title=item.title, price=price)


def choose(turn: FlowTurn, course_id: int) -> Step:
    """``enrol:<id>``: check the participant, then ask to confirm the purchase."""
    person = yield from participant(turn)
    if person is None:
        return not_linked(turn)
    blocked = _blocked(turn, person.status, person.purchase_deadline)
    if blocked is None:  # a course bought before not yet completed and rated, the rest gone
        blocked = yield from second_purchase.refusal(turn, person)
    if blocked is not None:
        return [blocked]
    course = yield CourseDetailQuery(course_id)
    if course is None:
        return [turn.reply("courses.not_found", turn.menu_button())]
    if course.price > person.balance:
        return [
            turn.reply(
                "enrol.not_enough_balance",
                turn.button("courses.search_again", f"flow:{FLOW}"),
                price=money(course.price),
                balance=money(person.balance),
            )
        ]
    yes = turn.button("enrol.confirm", f"enrol_yes:{course_id}", means="yes")
    no = turn.button("enrol.not_now", f"enrol_no:{course_id}", means="no")
    left = money(person.balance - course.price)
    if turn.slots.get("course") == course_id:  # its details shown: questions there are about it
        turn.slots[CONFIRMING] = course_id
    return [
        turn.reply("enrol.ask", yes, no, title=course.title, price=money(course.price), left=left)
    ]


def _blocked(turn: FlowTurn, status: str, deadline: Any) -> Outbound | None:
    menu = turn.menu_button()
    if status in ("registered", "applied", "not_selected"):
        return turn.reply(f"enrol.status_{status}", turn.button("menu.waves", "topic:waves"), menu)
    if status in ("revoked", "deleted"):
        return turn.reply("enrol.revoked", menu)
    if deadline is not None and status == "selected" and deadline < turn.message.at:
        return turn.reply("enrol.deadline_passed", menu, deadline=long_date(deadline, turn.lang))
    return None


def enrol(turn: FlowTurn, course_id: int) -> Step:
    """``enrol_yes:<id>``: the data layer checks again in one transaction and buys."""
    person = yield from participant(turn)
    if person is None:
        return not_linked(turn)
    outcome = yield CreateEnrolment(person.id, course_id)
    turn.slots.pop(CONFIRMING, None)
    menu = turn.menu_button()
    if outcome.reason is not None:
        return [turn.reply(f"enrol.failed.{outcome.reason}", menu)]
    return [
        turn.reply(
            "enrol.done",
            menu,
            title=outcome.title,
            price=money(outcome.price),
            balance=money(outcome.balance),
            voucher=outcome.voucher_code,
            redeem=outcome.redeem_code,
            platform=outcome.platform,
            **redeem_window(turn),  # "1 hour", never "1 hour(s)"
        )
    ]


MODE_OPTIONS = tuple(
    Option(m, f"course_choice.mode.options.{m}") for m in ("online", "offline", "hybrid", "any")
)
PRICE_OPTIONS = (
    Option("500000", "course_choice.max_price.options.p500"),
    Option("1000000", "course_choice.max_price.options.p1000"),
    Option("0", "course_choice.max_price.options.any"),
)

COURSE_CHOICE = Flow(
    name=FLOW,
    start="refine",
    description="Search by topic, mode, city and price; results lead to details and enrolment.",
    prefill=query.prefill,
    fills_ahead=True,
    confirm_cancel=False,
    states=(
        State("refine", action=_refine, go=(Go("standing"),)),
        State(  # buying needs selection, and a deadline not passed
            "standing",
            action=standing.noted,
            go=(Go("lapsed", standing.lapsed, "deadline passed"), Go("topic")),
        ),
        State("lapsed", final=True),  # the purchase deadline passed: no search offered
        State(
            "topic",
            Slot("topic", or_changed(answers.topic), free_text=True, entity="course_topic"),
            go=(Go("balance_asked", standing.asked, "balance asked"), *then(Go("check"))),
        ),
        State("balance_asked", action=standing.answer, go=(Go("topic"),)),
        State("check", action=relax.checked, go=(Go("mode"),)),
        State(
            "mode",
            Slot("mode", or_changed(answers.mode), MODE_OPTIONS),
            go=then(Go("city", _in_person, "in person"), Go("max_price")),
        ),
        State(
            "city", Slot("city", or_changed(query.city), free_text=True), go=then(Go("max_price"))
        ),
        State(
            "max_price",
            Slot("max_price", or_changed(query.price), PRICE_OPTIONS),
            go=then(Go("results")),
        ),
        State("changed", action=answers.changed, go=(Go("topic"),)),
        State("results", action=_search_action, go=(Go("shown"),)),
        State("shown", final=True),
    ),
)
