"""The course search as run, and what it lets go when nothing matches every filter.

A field word also finds its category's courses ("masak": the Kuliner category too,
``flows.course_fields``). When nothing matches, as few filters as possible are let go, one
before two, in ``RELAX_ORDER``, and a note says exactly which: a city let go keeps the class in
person ("no in-person class in Medan" is followed by in-person classes elsewhere, not by
webinars), an in-person mode let go keeps the city ("no offline class in Bandung" is followed
by blended ones there), and only a further step lets the in-person wish go too. A topic no
course has is never searched with the other filters: the nearest topics and categories are
offered instead ("kursus ngoding": did you mean programming?), else the categories to browse."""

from __future__ import annotations

from collections.abc import Iterator
from difflib import SequenceMatcher
from itertools import combinations
from typing import Any

from flows import course_needs as needs
from flows.course_category_names import title
from flows.course_fields import NEAR, nearer, widened
from flows.course_query import LET_GO, SEARCH
from flows.course_wishes import preferred
from flows.formatting import money
from flows.messages import Button, Outbound
from flows.queries import CategoriesQuery, CourseSearch
from flows.runtime.machine import FlowTurn
from flows.runtime.transitions import finish
from flows.turn import Ask
from flows.views import SearchPage

RELAX_ORDER = ("max_price", "mode", "city")
"""Filters let go, one more at a time, when nothing matches them all (the topic stays). The mode
before the city: a blended class in the city asked for is nearer than an in-person one in
another city."""
IN_PERSON = "in_person"
"""The search's mode for a class held in some city (offline or hybrid)."""
KINDS = ("online", "webinar", "self_paced", "offline", "hybrid")
"""The kinds of class the notes name (a mode asked for; any other is a class in person)."""
NEAR_RATIO = 0.8
"""How alike a word and a category's word are to offer the category ("kulinr": Kuliner)."""
_OTHER = {"offline": "hybrid", "hybrid": "offline"}
"""The other kind of class held in a city."""


def search(found: dict[str, Any], page: int, per_page: int) -> Ask[SearchPage]:
    """One page of the courses matching the saved search ``found`` (a level asked for first)."""
    words = f"{widened(str(found.get('words', '')))} {preferred(found.get('level'))}"
    words = f"{words} {needs.preferred(found.get('need'))}"  # getting a job: CV, interviews
    query = CourseSearch(
        words.strip(),
        found.get("mode"),
        found.get("city"),
        found.get("max_price"),
        max(page, 1),
        per_page,
        bool(found.get("cheapest")),
    )
    result: SearchPage = yield query
    return result


def relaxed(turn: FlowTurn, asked: dict[str, Any]) -> Ask[tuple[SearchPage, list[str]] | None]:
    """Nothing matched every filter: the nearest results, and the note saying which filters
    were let go ("nothing under Rp500.000 ..."). The relaxed search is saved, so paging
    follows it, with the filters let go (``LET_GO``): "online aja" next asks for them again."""
    for dropped in _drops(asked):
        wider = _without(asked, dropped)
        result = yield from search(wider, 1, turn.ctx.programme.courses_per_page)
        if result.total:
            let_go = {name: asked[name] for name in dropped if asked.get(name)}
            turn.session.profile[SEARCH] = {**wider, "at": asked.get("at"), LET_GO: let_go}
            return result, _notes(turn, asked, dropped)
    return None


def _drops(asked: dict[str, Any]) -> Iterator[tuple[str, ...]]:
    """The sets of filters to let go, fewest first. A city asks for a class in person even
    with no mode said, so "mode" may be let go then too; letting it go while the city stays
    changes nothing then, and is skipped."""
    implied = {"mode": asked.get("city")}  # a city asks for a class in person
    names = [name for name in RELAX_ORDER if asked.get(name) or implied.get(name)]
    for size in range(1, len(names) + 1):
        for dropped in combinations(names, size):
            if "mode" in dropped and "city" not in dropped and not asked.get("mode"):
                continue
            yield dropped


def _without(asked: dict[str, Any], dropped: tuple[str, ...]) -> dict[str, Any]:
    wider = {key: value for key, value in asked.items() if key not in dropped}
    if "city" in dropped and "mode" not in dropped and not asked.get("mode"):
        wider["mode"] = IN_PERSON  # "yg di medan": in person, in another city
    return wider


def _notes(turn: FlowTurn, asked: dict[str, Any], dropped: tuple[str, ...]) -> list[str]:
    notes: list[str] = []
    if "max_price" in dropped:
        notes.append(turn.say("courses.relaxed.max_price", value=money(int(asked["max_price"]))))
    kind = turn.say(f"courses.relaxed.kinds.{_kind(asked.get('mode'))}")
    city = str(asked.get("city") or "")
    if "city" in dropped and "mode" in dropped:
        notes.append(turn.say("courses.relaxed.city_and_mode", kind=kind, value=city))
    elif "city" in dropped:
        notes.append(turn.say("courses.relaxed.city", kind=kind, value=city))
    elif "mode" in dropped and city:  # offline asked, blended shown there (or the reverse)
        other = turn.say(f"courses.relaxed.kinds.{_OTHER.get(_kind(asked.get('mode')), IN_PERSON)}")
        notes.append(turn.say("courses.relaxed.mode_in_city", value=kind, other=other, city=city))
    elif "mode" in dropped:
        notes.append(turn.say("courses.relaxed.mode", value=kind))
    return notes


def _kind(mode: object) -> str:
    """The kind of class a mode asks for, as the notes name it."""
    return str(mode) if mode in KINDS else IN_PERSON


def checked(turn: FlowTurn) -> Ask[list[Outbound]]:
    """Before the other questions: the topic asked for has courses. When none has it ("kursus
    ngoding"), the nearest are offered instead ("did you mean ...?") or, with none near, the
    categories to browse; the search ends there, never at a bare "no match"."""
    topic = str(turn.slots.get("topic") or "").strip()
    shown = turn.session.profile.get(SEARCH) or {}
    free = turn.slots.pop("free", None) and topic  # "any free course?": the balance pays
    said = [Outbound(turn.say("courses.free_topic", topic=topic))] if free else []
    need = needs.kept(turn.slots)  # "courses for getting a job": what is searched for it
    said += [Outbound(turn.say(f"courses.need.{need}"))] if need else []
    if not topic or topic == shown.get("words"):  # none, or the words just searched (refined)
        return said
    found: SearchPage = yield CourseSearch(widened(topic), per_page=1)
    if found.total:
        return said
    return [*said, *(yield from _nearest(turn, topic))]


def _nearest(turn: FlowTurn, topic: str) -> Ask[list[Outbound]]:
    slots = dict(turn.slots)
    categories: list[tuple[str, int]] = yield CategoriesQuery()
    finish(turn)
    near, result = "", None
    for words in nearer(topic):
        result = yield CourseSearch(widened(words), per_page=turn.ctx.programme.courses_per_page)
        if result.total:
            near = words
            break
    named = _categories_named(topic, categories)
    held = [item.category for item in result.items] if near and result else []
    chosen = list(dict.fromkeys([*named, *held]))[:3]
    lang = turn.session.language
    browse = [Button(title(lang, name, n), f"courses:1:{name}") for name, n in categories]
    if not chosen and not near:
        turn.session.flow, turn.session.step = "courses", "categories"  # typed names open one
        listed = (*browse, turn.menu_button())
        key = "courses.no_topic_story" if _story(turn) else "courses.no_topic"
        return [Outbound(turn.say(key, topic=topic), listed, style="list")]
    buttons = [b for b in browse if b.payload.removeprefix("courses:1:") in chosen]
    if near and not _categories_named(near, categories):
        turn.session.profile[SEARCH] = _search(slots, near, turn)
        buttons.insert(0, turn.button("courses.suggest_search", "search:1", words=near))
    buttons.append(turn.button("courses.all_categories", "courses"))
    key = "courses.did_you_mean_story" if _story(turn) else "courses.did_you_mean"
    return [Outbound(turn.say(key, topic=topic), tuple(buttons), style="list")]


STORY_WORDS = 8
"""A message longer than this that left no known topic tells a situation ("saya mantan PMI baru
pulang dari Taiwan, ada pelatihan khusus purna PMI?"): its leftover words are not echoed as a
topic (before, 'Belum ada pelatihan "mantan pmi pulang taiwan ..."'); what to learn is asked."""


def _story(turn: FlowTurn) -> bool:
    return len((turn.message.text or "").split()) > STORY_WORDS


def _categories_named(words: str, categories: list[tuple[str, int]]) -> list[str]:
    """The categories a word of ``words`` names, whole, in part or with a typo ("kulinr")."""
    said = [NEAR.get(word, word) for word in words.lower().split() if len(word) >= 4]
    return [
        name
        for name, _ in categories
        if any(_near(word, part) for word in said for part in name.lower().split())
    ]


def _near(word: str, part: str) -> bool:
    """The same word, its start ("tekno"), or a typo of it ("kulinr", "pemasran")."""
    if word == part or (len(word) >= 5 and part.startswith(word)):
        return True
    return len(word) >= 5 and SequenceMatcher(None, word, part).ratio() >= NEAR_RATIO


def _search(slots: dict[str, Any], words: str, turn: FlowTurn) -> dict[str, Any]:
    """The search a suggestion's button shows: the nearer words, with the filters said."""
    mode = slots.get("mode")
    return {
        "words": words,
        "mode": None if mode in (None, "any") else mode,
        "city": None if slots.get("city") in (None, "any") else slots.get("city"),
        "max_price": int(slots.get("max_price") or 0) or None,
        "cheapest": bool(slots.get("cheapest")),
        "level": slots.get("level"),
        "at": turn.message.at.isoformat(),
    }
