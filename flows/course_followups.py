"""What a message typed after courses are shown means: within the context window a short
follow-up naming a mode, city or price ("kalo yang di bandung?", "yang online aja") refines the
last search instead of starting over; at the course browser, a category is named by its name, in
part or with a typo ("kuliner", "kulinr"). The filters themselves are read in
``flows.course_query``."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from difflib import SequenceMatcher
from typing import Any

from flows import course_bought, course_buying
from flows import course_filters as filters
from flows import course_query as query
from flows.course_price_noted import price_noted
from flows.course_query import LET_GO, OTHER_INTENT_SURE, SEARCH
from flows.messages import Outbound
from flows.my_courses import asks_my_courses
from flows.runtime.machine import FlowTurn
from flows.runtime.transitions import finish
from flows.turn import Ask, Message, within_context

FOLLOW_UP_INTENTS = (None, "inform", "course_search", "out_of_scope")
"""How the NLU reads a bare follow-up to courses shown: "yang paling murah" or "kuliner" alone
is out of scope to it."""


def refines(turn: FlowTurn) -> bool:
    """Whether a course search starts here (the router asks before taking the intent at its
    word): a short follow-up to the search just shown that names a mode, a city or a price
    ("yang online aja", "kalo yang di bandung?", "yang dibawah 300rb", "yang paling murah"), or
    a search the NLU is unsure of that plainly asks for courses on a topic."""
    previous: dict[str, Any] = turn.session.profile.get(SEARCH) or {}
    shown = previous.get("words") is not None and recent(previous, turn.message.at)
    return (shown and follows_up(turn.message)) or plainly_searches(turn)


_COURSE_WORD = re.compile(r"\b(?:pelatihan|kursus|kelas|training|course)\w*")


def plainly_searches(turn: FlowTurn) -> bool:
    """A course search the NLU reads first but is unsure of, naming courses and a topic:
    "kursus python yg paling murah brp ya" (a search, or a question about the benefits, at
    0.53) is searched rather than asked "which did you mean?"."""
    message = turn.message
    lowered = (message.text or "").lower()
    unsure = message.ambiguous or message.confidence < turn.ctx.programme.dialogue.min_confidence
    if message.intent != "course_search" or not unsure or not _COURSE_WORD.search(lowered):
        return False
    return not asks_my_courses(lowered) and bool(query.topic_words(lowered))


def follows_up(message: Message) -> bool:
    """A short message naming a mode, a city, a price or the cheapest first: it refines the
    courses just shown (search results, a category's page)."""
    return len((message.text or "").split()) <= 6 and filters.names_filter(message)


def may_be_about_courses(message: Message) -> bool:
    """Typed at the course browser: no other intent the NLU is sure of."""
    return (
        message.intent in FOLLOW_UP_INTENTS
        or message.ambiguous
        or message.confidence < OTHER_INTENT_SURE
    )


def category_named(message: Message, names: Sequence[str]) -> str | None:
    """The one category a message names, whole, in part or with a typo ("Kuliner", "kulinr",
    "kategori desain grafis", "culinary"); None when it names none or several, or a filter
    too ("kuliner yang online" is a search)."""
    said = query.topic_words(message.text or "").split()
    if not set(said) - {"dan", "and"} or filters.names_filter(message):
        return None  # "dan" alone names no category
    exact = [name for name in names if name.lower() == " ".join(said)]
    found = exact or [name for name in names if _all_in(said, name.lower().split())]
    return found[0] if len(found) == 1 else None


def _all_in(said: list[str], name: list[str]) -> bool:
    return all(any(_close(word, part) for part in name) for word in said)


def _close(word: str, part: str) -> bool:
    """The same word, or a typo of a longer one ("kulinr", "pemasran")."""
    return word == part or (len(word) >= 5 and SequenceMatcher(None, word, part).ratio() >= 0.85)


def refine(turn: FlowTurn) -> Ask[list[Outbound]]:
    """Right after a search, a message naming a filter and no topic ("yang di jakarta ada?",
    "yang online aja") refines it: what the message does not say is taken from the search just
    shown, with the filters it let go to find anything asked for again ("find me a digital
    marketing course under 500k", no price fit, then "online aja": online, up to Rp500.000;
    before, the price was lost). "Cari lagi" or "cari pelatihan" starts afresh."""
    previous: dict[str, Any] = turn.session.profile.get(SEARCH) or {}
    slots, message = turn.slots, turn.message
    if message.payload is None and asks_hours(message.text or ""):
        finish(turn)  # "durasi pelatihan minimal brp jam": a question, no search on "jam"
        return [course_hours(turn)]
    asked = course_bought.answer(turn) or course_buying.answer(turn)
    if asked is not None:  # "gmn cara beli pelatihan": a question, no search on "gmn cara"
        finish(turn)
        return asked
    if "topic" in slots or not message.text or not filters.names_filter(message):
        return []
    if previous.get("words") is None or not recent(previous, message.at):
        return price_noted(turn)  # "ada pelatihan yg harganya 600rb an ga": kept, topic next
    if previous.get("words") is not None and recent(previous, message.at):
        let_go: dict[str, Any] = previous.get(LET_GO) or {}
        slots["topic"] = previous["words"]
        slots.setdefault("mode", previous.get("mode") or let_go.get("mode") or "any")  # "Bebas"
        slots.setdefault("max_price", previous.get("max_price") or let_go.get("max_price") or 0)
        city = previous.get("city") or let_go.get("city")
        slots.setdefault("city", city or "any")  # None: every city, not asked
        kept = ("cheapest", "level")  # what the message does not say again
        slots.update({k: previous[k] for k in kept if k not in slots and previous.get(k)})
    return []
    yield  # a step that asks nothing


_HOURS = re.compile(
    r"\b(?:berapa|brp|brapa|bberapa) (?:\w+ )?jam\b|\bjam(?:nya)? (?:minimal|minimum|min)\b"
    r"|\b(?:minimal|minimum|min|paling sedikit|sedikitnya) (?:\w+ ){0,2}jam\b"
    r"|\bhow many hours\b|\b(?:minimum|min) (?:\w+ )?hours\b|\bhours?\b.*\b(?:minimum|at least)\b"
)
_TRAINING = re.compile(r"\b(?:pelatihan|kursus|kelas|training|course|durasi|duration)\w*")
_CLOCK = re.compile(r"\b(?:tutup|buka|mulai|dimulai|jadwal|redeem|tayang|webinar(?:nya)?)\b")


def asks_hours(text: str) -> bool:
    """How many hours a course runs at least ("pelatihan prakerja berapa jam minimal?",
    "durasi pelatihan minimal brp jam"); not a clock time ("webinar mulai jam brp")."""
    lowered = text.lower()
    return bool(_HOURS.search(lowered) and _TRAINING.search(lowered)) and not _CLOCK.search(lowered)


def course_hours(turn: FlowTurn) -> Outbound:
    """How long a course runs at least under the current rules (``min_course_hours`` of the
    era; where the era states none, only where each course's length is shown), with the
    search one tap away."""
    search = turn.button("menu.courses", "flow:course_choice")
    facts = turn.ctx.programme.facts()
    key = "kb.course_hours" if facts["min_hours"] is not None else "kb.course_hours_unstated"
    return turn.reply(key, search, turn.menu_button(), **facts)


def recent(search: dict[str, Any], now: datetime) -> bool:
    """Whether the search was shown within the context window ("yang di jakarta ada?" then
    refines it rather than starting over)."""
    try:
        shown = datetime.fromisoformat(str(search.get("at")))
    except ValueError:
        return False
    return within_context(shown, now)
