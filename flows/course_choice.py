"""Course choice: topic words, mode, city (in-person only), maximum price -> ranked results with
paging; details come from the course browser; choose -> checks -> enrolment with voucher and
redeem codes, the balance deducted and the redeem window explained.

Search filters live in ``session.profile["search"]`` so paging buttons (``search:<page>``) work
after the flow has ended; choosing is ``enrol:<id>`` then ``enrol_yes:<id>``. A city named in the
message is a place, not a topic ("kelas menjahit di bandung"), and within half an hour of a
search a short follow-up naming a mode, city or price refines it ("kalo yang di bandung?",
"yang online aja") instead of starting over."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Any

from flows.formatting import long_date, money
from flows.messages import Button, Outbound
from flows.queries import CourseDetailQuery, CourseSearch, CreateEnrolment
from flows.questions import not_linked, participant
from flows.runtime.machine import Flow, FlowTurn, Go, Option, Slot, Slots, State
from flows.turn import Ask, FlowContext, Message, Step
from flows.validators import Result, Valid
from flows.validators import money as parse_money

FLOW = "course_choice"
_FILLER = re.compile(
    r"\b(?:cari|carikan|mau|ingin|pengen|pingin|pelatihan|kursus|kelas|training|course|"
    r"yang|soal|tentang|bidang|dong|min|kak|ada|gak|ga|nggak|apa|aku|saya|ikut|belajar|"
    r"online|daring|offline|luring|hybrid|campuran|di|kota|harga|maks|maksimal|max|dibawah|"
    r"bawah|rp|juta|jt|ribu|rb|\d+[\d.,]*(?:rb|k|jt)?|"
    r"kalo|kalau|klo|aja|saja|juga|lagi|yg|deh|sih|ya|gimana|bagaimana|bisa|buat|untuk|"
    r"tolong|coba|gan|nya|dah|udah|sudah|mana|dimana|dekat|sekitar|daerah|wilayah|"
    r"i|im|want|would|like|to|find|search|looking|look|for|a|an|the|in|on|at|about|me|my|"
    r"please|courses|class|classes|trainings|some|any|is|are|there|near|city|cheap|under)\b"
)
_MODES = (
    ("online", r"\b(?:online|daring|webinar|mandiri|self.?paced|video)\b"),
    ("offline", r"\b(?:offline|luring|tatap muka|kelas langsung)\b"),
    ("hybrid", r"\b(?:hybrid|hibrida|campuran)\b"),
    ("any", r"\b(?:bebas|semua|apa aja|apa saja|terserah|any)\b"),
)
_CITY = re.compile(r"\bdi (?:kota )?([a-z]+(?: [a-z]+)?)")
_ADMINISTRATIVE = re.compile(r"^(?:dki|di|kota|kabupaten|kab\.?|provinsi)\s+", re.IGNORECASE)
REFINE_WINDOW = timedelta(minutes=30)
"""A search shown this recently is refined, not replaced, by "yang di jakarta ada?"."""


def _topic(message: Message, _: Slots, __: FlowContext) -> Result:
    found = message.entity("course_topic")
    if found:
        return Valid(str(found))
    lowered = (message.text or "").lower()
    for pattern in dict(_MODES).values():  # "tatap muka" says how, not what
        lowered = re.sub(pattern, " ", lowered)
    words = " ".join(re.findall(r"[^\W\d_]+", _FILLER.sub(" ", lowered)))
    return Valid(words) if len(words) >= 3 else None


def _mode(message: Message, _: Slots, __: FlowContext) -> Result:
    found = _mode_in(message.text or "")
    return None if found is None else Valid(found)


def _mode_in(text: str) -> str | None:
    lowered = text.lower()
    return next((value for value, pattern in _MODES if re.search(pattern, lowered)), None)


def _city(message: Message, _: Slots, __: FlowContext) -> Result:
    found = message.entity("region")
    if found:
        return Valid(_place(str(found)))
    words = re.findall(r"[a-z]+", (message.text or "").lower())
    if any(w in ("bebas", "semua", "terserah", "any") for w in words):
        return Valid("any")
    return Valid(" ".join(words[-2:]).title()) if words else None


def _price(message: Message, _: Slots, __: FlowContext) -> Result:
    lowered = (message.text or "").lower()
    if re.search(r"\b(?:bebas|berapa aja|terserah|gak masalah|any|no limit)\b", lowered):
        return Valid(0)
    found = message.entity("money")
    amount = int(found) if isinstance(found, int | float) else parse_money(lowered)
    return Valid(amount) if amount else None


def prefill(message: Message, ctx: FlowContext) -> Slots:
    """What the opening message says. A city is no topic ("kelas excel di bandung"), and
    naming one means a class held there: offline or hybrid, unless the message says which."""
    slots: Slots = {}
    if not message.text:
        return slots
    named = _named_city(message)
    topic_message = message
    if named is not None:
        slots["city"] = named[0]
        topic_message = Message(text=_without(message.text, named[1]), entities=message.entities)
    for name, check, source in (
        ("topic", _topic, topic_message),
        ("mode", _mode, message),
        ("max_price", _price, message),
    ):
        result = check(source, slots, ctx)
        if isinstance(result, Valid):
            slots[name] = result.value
    if named is not None:
        slots.setdefault("mode", "any")  # the search keeps what is held in that city
    return slots


def _named_city(message: Message) -> tuple[str, str] | None:
    """(the city's name as the catalogue writes it, the words naming it in the message): a
    known region, or "di X" in a message asking for an offline or hybrid class."""
    text = message.text or ""
    for item in message.entities:
        if getattr(item, "entity", None) == "region":
            return _place(str(item.value)), text[item.start : item.end]
    if _mode_in(text) not in ("offline", "hybrid"):
        return None  # "di X" is a place only for a class held somewhere: not "bisa di hp"
    found = _CITY.search(text.lower())
    if found is None or _mode_in(found.group(1)) is not None:
        return None
    return found.group(1).title(), found.group(0)


def _place(region: str) -> str:
    """"DKI Jakarta" -> "Jakarta", "Kabupaten Bogor" -> "Bogor": courses name the city."""
    return _ADMINISTRATIVE.sub("", region).strip() or region


def _without(text: str, words: str) -> str:
    return re.sub(re.escape(words), " ", text, flags=re.IGNORECASE)


def refines(turn: FlowTurn) -> bool:
    """A short follow-up to the search just shown that names a mode, a city or a price:
    "yang online aja", "kalo yang di bandung?", "yang dibawah 300rb"."""
    previous: dict[str, Any] = turn.session.profile.get("search") or {}
    message = turn.message
    text = message.text or ""
    if not previous.get("words") or not _recent(previous, message.at) or len(text.split()) > 6:
        return False
    named = _mode_in(text) or _named_city(message) or message.entity("money")
    return bool(named)


def _refine(turn: FlowTurn) -> Ask[list[Outbound]]:
    """Right after a search, a message naming no topic ("yang di jakarta ada?", "yang online
    aja") refines it: what the message does not say is taken from the search just shown."""
    previous: dict[str, Any] = turn.session.profile.get("search") or {}
    slots = turn.slots
    if "topic" not in slots and previous.get("words") and _recent(previous, turn.message.at):
        slots["topic"] = previous["words"]
        slots.setdefault("mode", previous.get("mode") or "any")  # None: it was "Bebas"
        slots.setdefault("max_price", previous.get("max_price") or 0)
        if previous.get("city") and "city" not in slots:
            slots["city"] = previous["city"]
    return []
    yield  # a step that asks nothing


def _recent(search: dict[str, Any], now: datetime) -> bool:
    try:
        shown = datetime.fromisoformat(str(search.get("at")))
    except ValueError:
        return False
    return timedelta(0) <= now - shown <= REFINE_WINDOW


def _in_person(slots: Slots, _: FlowContext) -> bool:
    return slots.get("mode") in ("offline", "hybrid")


def _search_action(turn: FlowTurn) -> Ask[list[Outbound]]:
    slots = turn.slots
    online = slots.get("mode") == "online"  # a city named before choosing online is moot
    turn.session.profile["search"] = {
        "words": slots.get("topic", ""),
        "mode": None if slots.get("mode") in (None, "any") else slots["mode"],
        "city": None if slots.get("city") in (None, "any") or online else slots["city"],
        "max_price": int(slots.get("max_price") or 0) or None,
        "at": turn.message.at.isoformat(),
    }
    return (yield from results_page(turn, 1))


def results_page(turn: FlowTurn, page: int) -> Step:
    search: dict[str, Any] = turn.session.profile.get("search") or {}
    per_page = turn.ctx.programme.courses_per_page
    result = yield CourseSearch(
        str(search.get("words", "")),
        search.get("mode"),
        search.get("city"),
        search.get("max_price"),
        max(page, 1),
        per_page,
    )
    again = turn.button("courses.search_again", f"flow:{FLOW}")
    if result.total == 0:
        return [
            turn.reply(
                "courses.search_empty", again, turn.button("courses.other_categories", "courses")
            )
        ]
    buttons = [
        Button(
            turn.say("courses.item", title=item.title, price=money(item.price)), f"course:{item.id}"
        )
        for item in result.items
    ]
    if result.page > 1:
        buttons.append(turn.button("courses.previous", f"search:{result.page - 1}"))
    if result.page < result.pages:
        buttons.append(turn.button("courses.next", f"search:{result.page + 1}"))
    buttons.append(again)
    heading = turn.say(
        "courses.search_page", page=result.page, pages=result.pages, total=result.total
    )
    return [Outbound(heading, tuple(buttons), style="list")]


def choose(turn: FlowTurn, course_id: int) -> Step:
    """``enrol:<id>``: check the participant, then ask to confirm the purchase."""
    person = yield from participant(turn)
    if person is None:
        return not_linked(turn)
    blocked = _blocked(turn, person.status, person.purchase_deadline)
    if blocked is not None:
        return [blocked]
    course = yield CourseDetailQuery(course_id)
    if course is None:
        return [turn.reply("courses.not_found", turn.button("menu.button", "menu"))]
    if course.price > person.balance:
        return [
            turn.reply(
                "enrol.not_enough_balance",
                turn.button("courses.search_again", f"flow:{FLOW}"),
                price=money(course.price),
                balance=money(person.balance),
            )
        ]
    yes = turn.button("enrol.confirm", f"enrol_yes:{course_id}")
    no = turn.button("enrol.not_now", "menu")
    left = money(person.balance - course.price)
    return [
        turn.reply("enrol.ask", yes, no, title=course.title, price=money(course.price), left=left)
    ]


def _blocked(turn: FlowTurn, status: str, deadline: Any) -> Outbound | None:
    menu = turn.button("menu.button", "menu")
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
    menu = turn.button("menu.button", "menu")
    if outcome.reason is not None:
        return [turn.reply(f"enrol.failed.{outcome.reason}", menu)]
    hours = turn.ctx.programme.redeem_window_hours
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
            hours=hours,
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
    prefill=prefill,
    confirm_cancel=False,
    states=(
        State("refine", action=_refine, go=(Go("topic"),)),
        State("topic", Slot("topic", _topic, free_text=True), go=(Go("mode"),)),
        State(
            "mode",
            Slot("mode", _mode, MODE_OPTIONS),
            go=(Go("city", _in_person, "in person"), Go("max_price")),
        ),
        State("city", Slot("city", _city, free_text=True), go=(Go("max_price"),)),
        State("max_price", Slot("max_price", _price, PRICE_OPTIONS), go=(Go("results"),)),
        State("results", action=_search_action, go=(Go("shown"),)),
        State("shown", final=True),
    ),
)
