"""Typed answers to the course search's questions that name something else than was asked: a
city or a price order answered to "which mode?" ("yg di bandung ada ga": a class held there;
"yg paling murah": any mode, the cheapest first), a filter answered to "what would you like to
learn?" ("yg offline aja": no particular topic, that mode), and a question about devices at
"which mode?" ("bisa pake hp?"), answered before the question is asked again; and a change of
mind naming another topic at any of the questions ("ga jadi, yg jahit aja"), which starts the
search again with it (``or_changed`` wraps the questions' validators, ``changed`` restarts);
"beli" there, before any course is shown, is told to choose one first, then asked again. A
short message naming another filter than the one asked ("yg online aja deh" at the price
question) changes that filter and the question is asked again (before: "I didn't catch that");
one the search has already ("yg offline aja" after "kursus jahit di bandung", a class held in
Bandung) is said to be kept (before: "Okay, I changed your choice")."""

from __future__ import annotations

import re

from flows import course_filters as filters
from flows import course_query as query
from flows import course_standing as standing
from flows.course_browsing import changed_to
from flows.course_buy_wish import wants_to_buy
from flows.course_comeback import comes_back
from flows.course_corrections import corrects, corrects_plainly
from flows.course_followups import follows_up
from flows.known_requests import asks_known_request
from flows.language_choice import names_course
from flows.messages import Outbound
from flows.result import Invalid, Result, Valid
from flows.runtime.machine import FlowTurn, Go, Slots, Validator
from flows.turn import Ask, FlowContext, Message

ANY_TOPIC = ""
"""The topic of a search for courses of every topic ("apa aja", "yg offline aja")."""
_ANY = re.compile(
    r"^(?:(?:yg|yang|ya|kak|min)\s+)*(?:bebas|semua(?:nya)?|apa (?:aja|saja)|terserah|apa ?pun|"
    r"anything|any)\b"
)
_DEVICE = re.compile(
    r"\b(?:laptop|leptop|hp|handphone|hape|ponsel|smartphone|android|iphone|komputer|pc|"
    r"tablet|perangkat|gadget|device|phone)\b"
)
_ASKS_DEVICE = re.compile(
    r"\?|\b(?:bisa|bs|boleh|harus|wajib|perlu|pake|pakai|punya|can|need|must)\b"
)
_GO_ON = re.compile(
    r"(?:lanjut\w*|terusin|teruskan|continue)(?:\s+(?:aja|saja|dong|ya|kak|min|daftar\w*))*\W*"
)
"""Going on with something else, no topic."""
FILTERS = ("mode", "city", "max_price", "cheapest")
"""The slots a filter-only answer to the topic question sets."""


def asks_device(message: Message) -> bool:
    """A question whether a phone or laptop will do ("aku ga punya laptop, bisa pake hp?")."""
    lowered = (message.text or "").lower()
    return bool(_DEVICE.search(lowered) and _ASKS_DEVICE.search(lowered))


def mode(message: Message, slots: Slots, ctx: FlowContext) -> Result:
    """ "Which mode?" answered: a mode; or a city (a class held there: the city is noted by
    the flow's prefill, and what is held there is searched); or a price order or limit with no
    mode ("yg paling murah": any mode). A question about devices is answered, then asked again."""
    found = query.mode(message, slots, ctx)
    if found is not None:
        return found
    if asks_device(message):
        return Invalid("course_device", miss=False)
    said = query.prefill(message, ctx)
    if "city" in said:
        return Valid("any")  # "yg di bandung ada ga": offline or hybrid, held in Bandung
    if said.get("cheapest") or said.get("max_price"):
        return Valid("any")  # "yg paling murah": the mode does not matter, the price does
    return None


def topic(message: Message, slots: Slots, ctx: FlowContext) -> Result:
    """ "What would you like to learn?" answered: a topic; or "apa aja" (every topic); or only
    filters ("yg offline aja"): every topic, with those filters instead of the ones said before
    (the opening "pelatihan di surabaya apa aja" had said none). A request the bot knows
    ("pelatihan aku apa aja": the trainings bought) is no topic: answered aside, as is "lanjut"
    (back to a flow set aside for the search: ``flows.digression``)."""
    if asks_known_request(message) or _GO_ON.fullmatch((message.text or "").lower().strip()):
        return None
    if standing.asks_balance(message, slots):  # "gmn caranya biar dpt saldo": not selected yet
        return Valid(standing.ASKED)
    found = query.topic(message, slots, ctx)
    if found is not None:
        return found
    lowered = " ".join((message.text or "").lower().split())
    if _ANY.match(lowered) or query.SUGGEST.search(lowered):  # "rekomendasiin yg gampang"
        return Valid(ANY_TOPIC)
    if not follows_up(message):
        return None
    said = query.prefill(message, ctx)
    if said.get("mode") == "any" and slots.get("mode") not in (None, "any"):
        said.pop("mode")  # "klo di jawa timur?" after "tatap muka": still in person, elsewhere
    slots.update({name: said[name] for name in FILTERS if name in said})
    return Valid(ANY_TOPIC)


CHANGED = "_changed"
"""What a question's validator gives for a change of mind naming another topic ("eh ga jadi
deh, mau kursus masak"): the flow starts the search again with what comes instead."""
QUESTIONS = ("topic", "mode", "city", "max_price")


def new_topic(message: Message, ctx: FlowContext) -> str | None:
    """The topic a change of mind asks for instead ("gajadi, cari yg desain grafis" -> "desain
    grafis"); None: no change of mind, or none to a topic ("ga jadi, online aja" answers)."""
    rest = changed_to(message)
    found = query.prefill(rest, ctx).get("topic") if rest is not None else None
    return str(found) if found else None


def or_changed(validate: Validator) -> Validator:
    def validator(message: Message, slots: Slots, ctx: FlowContext) -> Result:
        if message.payload is None and new_topic(message, ctx) is not None:
            return Valid(CHANGED)
        again = searched_again(message, slots, ctx)
        if again is not None:
            return again
        if message.payload is None and wants_to_buy(message.text or ""):
            return Invalid("course_choose_first", miss=False)  # "beli": no course shown yet
        if validate is not query.price and any_price(message.text):  # "harga ga masalah"
            slots["max_price"] = 0  # at the topic question: noted, not the topic "masalah"
            return Invalid("course_price_any", miss=False)
        result = validate(message, slots, ctx)
        if isinstance(result, Valid) and message.payload is None:
            slots.update(filters.named_filters(message))  # "yg jahit di bandung": not Surabaya
        elif result is None and _refines(message):  # "yg online aja deh" at the price
            named = filters.named_filters(message)  # question: noted, asked again
            kept = already_said(named, slots)  # "yg offline aja" after "di bandung": so it is
            slots.update(named)
            if kept is not None:
                return Invalid(kept, {"city": str(slots.get("city") or "")}, miss=False)
            if validate is query.price and _THERE.search((message.text or "").lower()):
                return Valid(0)  # "kalo di solo ada ga": what there is, answered (any price)
            return Invalid("course_refined", miss=False)
        return result

    return validator


_PRICE_WORD = r"(?:harga\w*|biaya\w*|budget\w*|bujet\w*|price\w*|cost)"
_ANY_PRICE = re.compile(
    rf"(?:(?:yg|yang|kalo|kalau|klo|soal|untuk|utk)\s+)*{_PRICE_WORD}\s+(?:(?:\w+\s+)?(?:bebas|"
    r"terserah|berapa (?:aja|saja)|brp (?:aja|saja))|(?:ga|gak|gk|nggak|ngga|tidak|tdk|no)\s+"
    r"(?:masalah|problem|papa|apa[ -]?apa)|(?:doesn'?t|does not|don'?t) matter)"
    r"(?:\s+(?:kok|kak|min|deh|sih|aja|ya|dong))*[\s.!]*"
)


def any_price(text: str | None) -> bool:
    """The whole message says any price will do ("harga ga masalah", "harganya bebas aja")."""
    return bool(_ANY_PRICE.fullmatch(" ".join((text or "").lower().split())))


def searched_again(message: Message, slots: Slots, ctx: FlowContext) -> Result:
    """The search asked for again at a later question ("ada kursus bahasa inggris?" at "which
    mode?"): its topic kept and the question asked again (before, a miss, then a person
    offered); another topic named starts the search again with it."""
    if message.payload is not None or "topic" not in slots:
        return None
    if comes_back(message.text) and slots["topic"]:  # "lanjut cari pelatihan yg td"
        return Invalid("course_topic_kept", {"topic": slots["topic"]}, miss=False)
    if not _searches(message):
        return None
    named = str(query.prefill(message, ctx).get("topic") or "").casefold()
    if not named:
        return None
    kept = str(slots["topic"]).casefold()
    if kept and (named in kept or kept in named):
        return Invalid("course_topic_kept", {"topic": slots["topic"]}, miss=False)
    return Valid(CHANGED)


def _searches(message: Message) -> bool:
    """A confident course search, or a language named as what to learn ("les inggris ada?")."""
    if message.intent == "change_language":
        return names_course(message) or corrects(message)
    if corrects_plainly(message):  # "eh bukan, maksudnya excel": the topic it names
        return True
    return message.intent == "course_search" and message.confidence >= query.OTHER_INTENT_SURE


_ASKS_ELSE = re.compile(
    r"\b(?:mana|mn|dmn|dimana|kapan|kpn|jam|link|tautan|gimana|gmn|how|when|where|what)\b"
)
"""Words of a question about something else ("link zoom nya mana"), not a refinement."""
_THERE = re.compile(r"\b(?:ada|adakah|any|is there|are there)\b")
"""Whether courses exist asked with the refinement ("kalo di solo ada ga" at the price
question): the search answers it (before: "Okay, I changed your choice" and the price again)."""


def _refines(message: Message) -> bool:
    """A short message naming a filter the question does not take ("yg online aja deh")."""
    if message.payload is not None or not follows_up(message) or asks_known_request(message):
        return False
    lowered = (message.text or "").lower()
    return bool(filters.named_filters(message)) and not _ASKS_ELSE.search(lowered)


IN_PERSON = ("offline", "hybrid")
_SAME_MODE = {"online": ("online", "webinar", "self_paced")}
"""A mode asked again that the one said covers ("online" after "webinar" narrows nothing)."""


def already_said(named: Slots, slots: Slots) -> str | None:
    """The ``invalid.`` key saying the filters a refinement names are the search's already
    ("yg offline aja" after "kursus jahit di bandung": a city is held in person); None: it
    changes something."""
    if not named or set(named) - {"mode", "city"}:
        return None  # a price, the cheapest first: said again or not, noted as a change
    if "city" in named and str(named["city"]).casefold() != str(slots.get("city", "")).casefold():
        return None
    mode, said = named.get("mode"), slots.get("mode")
    city = slots.get("city") not in (None, "any")
    if mode is None:
        return "course_kept.same"
    implied = mode == "offline" and city and said in (None, "any")  # held in that city
    if mode != said and said not in _SAME_MODE.get(str(mode), ()) and not implied:
        return None
    return f"course_kept.{mode}_city" if mode in IN_PERSON and city else f"course_kept.{mode}"


def _changing(slots: Slots, _: FlowContext) -> bool:
    return any(slots.get(name) == CHANGED for name in QUESTIONS)


def then(*moves: Go) -> tuple[Go, ...]:
    """A question's moves, a change of mind first."""
    return (Go("changed", _changing, "topic changed"), *moves)


def changed(turn: FlowTurn) -> Ask[list[Outbound]]:
    """The search again from what the change of mind asks for: its topic and any filters it
    names ("ga jadi, yg jahit online aja"); the answers given before are forgotten, unless no
    topic was given before ("klo di jawa timur?", then "yg menjahit ada?": the place kept)."""
    rest = changed_to(turn.message) or turn.message  # or another search asked for outright
    said = query.prefill(rest, turn.ctx)
    if turn.slots.get("topic") == ANY_TOPIC:  # no topic before ("klo di jawa timur?"): one
        said = {**_filters_kept(turn.slots), **said}  # added, the filters said kept
    turn.session.slots = said
    return [Outbound(turn.say("course_choice.changed", topic=said.get("topic", "")))]
    yield  # a step that asks nothing


def _filters_kept(slots: Slots) -> Slots:
    """The filters answered before a topic is named at last (not a question's change mark)."""
    return {k: slots[k] for k in FILTERS if k in slots and slots[k] != CHANGED}
