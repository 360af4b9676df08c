"""What a course-search message asks for: topic words, mode, city, maximum price and whether the
cheapest come first ("yang paling murah"), read from the opening message or typed answers.

A city named in the message is a place, not a topic ("kelas menjahit di bandung"); "di X" counts
as a city only for an offline or hybrid class. What a message typed after courses are shown
means (a refinement, a category) is read in ``flows.course_followups``; the filters a message
names itself (a city, a mode, a price, the cheapest first) in ``flows.course_filters``."""

from __future__ import annotations

import re

from flows import course_filters as filters
from flows import course_modes as modes
from flows import course_needs as needs
from flows import course_stop_words as stop_words
from flows import course_wishes as wishes
from flows.course_abbreviations import spelt_out
from flows.course_filters import CHEAPEST, WHAT_IS_THERE, named_city, place, without
from flows.course_glossary import in_catalogue_words
from flows.course_modes import apostrophes
from flows.my_courses import asks_my_courses
from flows.result import Result, Valid
from flows.runtime.machine import Slots
from flows.turn import FlowContext, Message
from flows.validators import no_answer

SEARCH = "search"
"""``session.profile`` key of the last search's filters (paging and refinements read them)."""
LET_GO = "let_go"
"""Key of a saved search: the filters asked for that ``flows.course_relax`` let go to find
anything ({"max_price": 500000}); a refinement asks for them again."""

_FILLER = stop_words.FILLER
"""Words that name no topic: requests, filters, function words (``course_stop_words``)."""
_PROGRAMME = stop_words.PROGRAMME
"""Words of time, state and the programme's own matters (``flows.course_stop_words``)."""
SUGGEST = re.compile(
    r"\b(?:rekomendasi\w*|rekomen\w*|rekom|saran(?:in|kan)?|recommend\w*|suggest\w*|"
    r"(?:blm|belum|ga|gak|gk|nggak|ngga|tidak|tdk)\s+(?:nemu|menemukan|ketemu|dapet)\b.*\bcocok)"
)
"""A wish for a suggestion with no topic ("rekomendasiin dong yg gampang", "aku blm nemu
pelatihan yg cocok") typed at "what would you like to learn?": courses of every topic, a level
said kept, the best rated first (``flows.course_answers.topic``); in an opening, the topic is
asked."""
_ANY_COURSE = re.compile(r"\bany (?=(?:[a-z]+ ){0,4}(?:courses?|class(?:es)?|trainings?)\b)")
""""Any (free) course?" asks whether there is one; it answers no "which mode?" or "what price?"."""


def topic(message: Message, _: Slots, __: FlowContext) -> Result:
    if asks_my_courses(message.text or ""):
        return None  # "kursus yg sudah saya beli": a question about their own, answered aside
    if asks_other(message) and needs.named((message.text or "").lower()) is None:
        return None  # "gimana cara daftar?", "how much is the incentive?": answered aside
    from flows.course_buying import asks_how_to_buy  # it reads this module's topic words

    if asks_how_to_buy(message.text or ""):
        return None  # "trs cara belinya gmn", "how do I buy it?": answered aside
    found = message.entity("course_topic")
    if found:
        return Valid(str(found))
    named = named_city(message)  # "yg jahit di bandung": the city is no topic word
    text = without(message.text or "", named[1]) if named else message.text or ""
    words = topic_words(_without_occupations(message, text))
    story = len(words.split()) > MAX_TOPIC_WORDS  # a whole story is no topic ("capek bgt ...")
    return Valid(words) if len(words) >= 3 and not story else None


def _without_occupations(message: Message, text: str) -> str:
    """The text without the occupations the NLU found ("sy nelayan, ada pelatihan buat nelayan
    ga", "ibu rumah tangga mau belajar jualan"): who one is, not what to learn."""
    for item in message.entities:
        said = (message.text or "")[item.start : item.end].strip()
        if getattr(item, "entity", None) == "occupation" and said:
            text = without(text, said)
    return text


MAX_TOPIC_WORDS = 10
"""A topic is a few words; more, left after the fillers, are a story told (before, a long rant
was searched and echoed: 'Aku carikan pelatihan "capek banget sumpah tahun lalu ..."')."""
_ASKS = re.compile(
    r"\?|\b(?:gimana|gmn|bagaimana|kapan|berapa|brp|kenapa|knp|apakah|how|when|why|what|where)\b"
    r"|^(?:is|are|do|does|did|has|have|can|will)\b"  # "is my certificate out"
)
TOPIC_INTENTS = ("course_search", "inform", "out_of_scope", "change_language")
"""What a topic typed at "what would you like to learn?" may read as ("bahasa inggris")."""
OTHER_INTENT_SURE = 0.8
"""At the course browser, a message the NLU gives another intent this surely is about that
("cek saldo"), not a topic; "masakan" read as a complaint at 0.5 is a topic."""


def asks_other(message: Message) -> bool:
    """A question the NLU is sure is about something else, typed where a topic is asked for:
    not a topic (before, "gimana cara daftar?" searched for courses on "cara daftar")."""
    sure = message.confidence >= OTHER_INTENT_SURE and not message.ambiguous
    other = message.intent is not None and message.intent not in TOPIC_INTENTS
    return sure and other and bool(_ASKS.search((message.text or "").lower()))


_ACKNOWLEDGED = re.compile(
    r"^(?:(?:o+h+|o+|a+h+|ok+|oke+|okey|okay|okei|okeh|sip+|gitu|begitu|deh|hmm+|hm+|wah|"
    r"yaudah|ya udah|yauda|iya+|iy+a|ya+|yup|yoi|mantap|mantab|noted|alright|i see|thanks|"
    r"makasih|thx|tq)\b[\s,.!]*|(?:siap|baik(?:lah)?|nah|well)\s*[,.!]+\s*)+"
)
"""Acknowledgements and fillers a message opens with ("oh oke, pelatihan buat usaha ada?",
"oh gitu", "sip", "ok deh"; "siap," and "baik," only with a comma: "siap kerja" may be a
topic): no topic words."""


def topic_words(text: str) -> str:
    lowered = spelt_out(apostrophes(text.lower().strip()))  # "plthn bhs": "pelatihan bahasa"
    lowered = modes.without_ruled_out(lowered)  # "i can't learn online" says how, not what
    lowered = _ACKNOWLEDGED.sub("", lowered)  # "oh oke, ..." is no topic
    lowered = modes.without_modes(in_catalogue_words(lowered))  # "sewing" -> "menjahit"
    need = needs.named(lowered)  # "courses for getting a job": a need, not the topic's words
    words = wishes.topic_words(_PROGRAMME.sub(" ", needs.without(lowered)), _FILLER)
    return words or (needs.search_words(need) if need else "")


_NOT_MATTER = (
    r"(?:gpp|gapapa|(?:ga|gak|gk|nggak|ngga|enggak|tidak|tdk)[ -]?(?:apa[ -]?apa|apa2|papa|apa)|"
    r"(?:ga|gak|gk|nggak|ngga|enggak|tidak|tdk) masalah|(?:di ?)?mana (?:aja|saja)|"
    r"(?:berapa|brp|brapa) (?:aja|saja)|sama (?:aja|saja)|whatever|any(?:thing|where)?|"
    r"(?:it )?(?:doesn'?t|does not|don'?t) matter|no matter|(?:i )?(?:don'?t|do not) care|"
    r"no preference|(?:any|either) (?:is|one is) (?:fine|ok(?:ay)?))"
)
_NO_MATTER = re.compile(
    rf"(?:(?:yg|yang|ya|oh|ok|oke)\s+)*{_NOT_MATTER}(?:[\s,]+{_NOT_MATTER})*"
    r"(?:\s+(?:kak|kk|min|deh|sih|aja|kok|ya|dong|semua|semuanya|boleh|really|honestly))*[\s.!]*"
)
"""A lone answer that it does not matter ("gpp", "ga masalah", "yg mana aja", "gpp brp aja",
"whatever"): any mode, city or price at the search's questions, though no filter in a
follow-up ("gapapa" after courses shown refines none)."""


def no_matter(text: str) -> bool:
    """Whether a lone answer says any value will do (the mode, the city, the price)."""
    return bool(_NO_MATTER.fullmatch(" ".join(text.lower().replace("’", "'").split())))


def mode(message: Message, slots: Slots, ctx: FlowContext) -> Result:
    """ "Which mode?" answered: the mode named ("bebas", "terserah" and "apa aja" are any), or
    any for a lone "it does not matter"."""
    found = _named_mode(message, slots, ctx)
    if found is None and no_matter(message.text or ""):
        return Valid("any")
    return found


def _named_mode(message: Message, _: Slots, __: FlowContext) -> Result:
    if asks_my_courses(message.text or ""):
        return None  # "kelas yg aku ikutin apa aja": not "any"
    found = modes.mode_in(message.text or "")
    return None if found is None else Valid(found)


def city(message: Message, _: Slots, __: FlowContext) -> Result:
    if asks_my_courses(message.text or ""):
        return None
    found = message.entity("region")
    if found:
        return Valid(place(str(found)))
    if no_answer(message.text or ""):
        return None  # "ini di kota mana?" asks back
    if filters.amount(message.text or ""):
        return None  # "setengah jutaan aja": a price, noted by ``or_changed``, no city
    if modes.mode_in(message.text or "") in ("online", "webinar", "self_paced"):
        return Valid("any")  # "yg online aja": no city after all (the mode: ``or_changed``)
    if no_matter(message.text or ""):
        return Valid("any")  # "gpp dimana aja", "doesn't matter"
    words = re.findall(r"[a-z]+", (message.text or "").lower())
    if any(w in ("bebas", "semua", "terserah", "any") for w in words):
        return Valid("any")
    lowered = _PROGRAMME.sub(" ", _FILLER.sub(" ", (message.text or "").lower()))
    words = [w for w in re.findall(r"[a-z]+", lowered) if w not in NO_PLACE]
    return Valid(" ".join(words[-2:]).title()) if words else None  # "sejutaan" is no city


NO_PLACE = frozenset({"ok", "oke", "iya", "ya", "lah", "sih", "deh", "tau", "tahu", "mana"})
"""Words left of a typed answer to "which city?" that name no place ("jgn yg mahal2 lah,
sejutaan": before, the city "Lah Sejutaan")."""


_ANY_PRICE = r"\b(?:bebas|berapa aja|terserah|gak masalah|any|no limit)\b"
_EVERY_PRICE = re.compile(
    r"(?:(?:yg|yang|ya|ok|oke)\s+)*(?:semua(?:nya)?|all|every)(?:\s+(?:harga\w*|prices?))?"
    r"(?:\s+(?:aja|saja|boleh|deh|dong|kak|min|please))*[\s.!]*"
)
"""Every price, answered to "what price?" ("semua harga", "semuanya"): no limit. Only there: an
opening "semua pelatihan di bandung" names no price."""


def price(message: Message, slots: Slots, ctx: FlowContext) -> Result:
    """ "What price?" answered: an amount, no limit ("bebas", "semua harga", a lone "gpp brp
    aja")."""
    lowered = " ".join((message.text or "").lower().split())
    if no_matter(lowered) and not asks_my_courses(lowered):
        return Valid(0)  # "gpp", "gpp brp aja", "whatever": no limit
    if _EVERY_PRICE.fullmatch(lowered):
        return Valid(0)  # "semua harga": before, out of scope
    return _named_price(message, slots, ctx)


def _named_price(message: Message, _: Slots, __: FlowContext) -> Result:
    """The price a message names; a lone "gpp" to another question names none."""
    lowered = (message.text or "").lower()
    if asks_my_courses(lowered):
        return None
    if re.search(_ANY_PRICE, lowered):
        return Valid(0)
    found = message.entity("money")
    amount = int(found) if isinstance(found, int | float) else filters.amount(lowered)
    if amount:
        return Valid(amount)
    return Valid(0) if CHEAPEST.search(lowered) else None  # no limit, the cheapest first


def prefill(message: Message, ctx: FlowContext) -> Slots:
    """What the opening message says. A city is no topic ("kelas excel di bandung"), and
    naming one means a class held there: offline or hybrid, unless the message says which."""
    slots: Slots = {}
    if not message.text:
        return slots
    named = named_city(message)
    topic_message = message
    if named is not None:
        slots["city"] = named[0]
        others = tuple(e for e in message.entities if getattr(e, "entity", None) != "region")
        topic_message = Message(text=without(message.text, named[1]), entities=others)
        # the region's offsets were the whole text's: read again, they cut "can't" to "n't"
    asked = WHAT_IS_THERE.sub(" ", _ANY_COURSE.sub(" ", message.text.lower()))
    filters = Message(text=asked, entities=message.entities)
    for name, check, source in (
        ("topic", topic, topic_message),
        ("mode", _named_mode, filters),
        ("max_price", _named_price, filters),
    ):
        result = check(source, slots, ctx)
        if isinstance(result, Valid):
            slots[name] = result.value
    if named is not None:
        slots.setdefault("mode", "any")  # the search keeps what is held in that city
    if CHEAPEST.search(message.text.lower()):
        slots["cheapest"] = True
    slots.update(needs.said(message.text, slots.get("topic")))  # "for getting a job"
    return {**slots, **wishes.said(message.text)}  # "gratis", "pemula": no topic words
