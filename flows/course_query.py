"""What a course-search message asks for: topic words, mode, city, maximum price and whether the
cheapest come first ("yang paling murah"), read from the opening message or typed answers, and
a short follow-up that refines the search just shown.

A city named in the message is a place, not a topic ("kelas menjahit di bandung"); "di X" counts
as a city only for an offline or hybrid class; within the context window a follow-up naming a
mode, city or price ("kalo yang di bandung?", "yang online aja") refines the last search
instead of starting over. At the course browser, a category is named by its name, in part or
with a typo ("kuliner", "kulinr")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from difflib import SequenceMatcher
from typing import Any

from flows import course_wishes as wishes
from flows.course_glossary import in_catalogue_words
from flows.messages import Outbound
from flows.my_courses import asks_my_courses
from flows.result import Result, Valid
from flows.runtime.machine import FlowTurn, Slots
from flows.turn import Ask, FlowContext, Message, within_context
from flows.validators import money as parse_money
from flows.validators import no_answer

SEARCH = "search"
"""``session.profile`` key of the last search's filters (paging and refinements read them)."""

_FILLER = re.compile(
    r"\b(?:cari|carikan|mau|ingin|pengen|pingin|pelatihan|kursus|kelas|training|course|"
    r"yang|soal|tentang|bidang|dong|min|kak|ada|gak|ga|nggak|apa|aku|saya|ikut|belajar|"
    r"online|daring|offline|luring|hybrid|campuran|di|kota|harga|maks|maksimal|max|dibawah|"
    r"bawah|rp|juta|jt|ribu|rb|\d+[\d.,]*(?:rb|k|jt)?|"
    r"kalo|kalau|klo|aja|aj|saja|juga|lagi|yg|deh|sih|ya|gimana|bagaimana|bisa|buat|untuk|utk|"
    r"tolong|coba|gan|nya|dah|udah|sudah|mana|dimana|dekat|sekitar|daerah|wilayah|kategori|"
    r"donk|nih|kah|dulu|dlu|duluan|dari|dr|dengan|dgn|urut|urutkan|urutin|diurutkan|"
    r"tampilkan|tunjukkan|liat|lihat|harganya|biaya|plg|paling|pling|"
    r"i|im|want|would|like|to|find|search|looking|look|for|a|an|the|in|on|at|about|me|my|"
    r"please|pls|plz|courses|class|classes|trainings|some|any|is|are|there|near|city|cheap|"
    r"under|below|less|than|only|just|one|ones|show|sort|sorted|by|price|prices|first|what|"
    r"how|category|budget|maximum|berapa|brp|"
    r"murah|termurah|lebih|hemat|terjangkau|cheaper|cheapest|lowest|affordable|"
    r"beli|membeli|beliin|buy|purchase)\b"
)
_MODES = (
    ("webinar", r"\b(?:webinar\w*|zoom|g ?meet|google meet|tatap maya|(?:kelas|sesi|secara|yg|"
     r"yang|via|lewat) live|live (?:zoom|class|session|online|webinar)|virtual class)\b"),
    ("self_paced", r"\b(?:mandiri|self.?paced|lms|rekaman|recorded|(?:lewat|via|pake|pakai|"
     r"berupa|bentuk|format|nonton|yg|yang|cuma|hanya) video(?! ?edit)|video (?:belajar|"
     r"pembelajaran|rekaman|mandiri|lms|only|courses?))\b"),
    ("online", r"\b(?:online|daring)\b"),
    ("offline", r"\b(?:offline|luring|tatap muka|kelas langsung|in.?person|face.to.face)\b"),
    ("hybrid", r"\b(?:hybrid|hibrida|campuran)\b"),
    ("any", r"\b(?:bebas|semua|apa aja|apa saja|terserah|any)\b"),
)  # fmt: skip
"""How a class is held, the narrowest first: webinar (live, Zoom), self-paced (video); "online"
is either, never a blended class (partly held in person)."""
_CHEAPEST = re.compile(
    r"\b(?:(?:ter)?murah(?:nya)?|hemat|terjangkau|cheap|cheaper|cheapest|affordable|lowest|"
    r"low price)\b"
)
"""A wish for a low price without an amount: the cheapest courses are listed first."""
_ANY_COURSE = re.compile(r"\bany (?=(?:[a-z]+ ){0,4}(?:courses?|class(?:es)?|trainings?)\b)")
""""Any (free) course?" asks whether there is one; it answers no "which mode?" or "what price?"."""
_WHAT_IS_THERE = re.compile(r"\bapa (?:aja|saja)\b")
""""Pelatihan di surabaya apa aja?" asks what there is: in an opening message, no "any mode"."""
_CITY = re.compile(r"\bdi (?:kota )?([a-z]+(?: [a-z]+)?)")
_ADMINISTRATIVE = re.compile(r"^(?:dki|di|kota|kabupaten|kab\.?|provinsi)\s+", re.IGNORECASE)


def topic(message: Message, _: Slots, __: FlowContext) -> Result:
    if asks_my_courses(message.text or ""):
        return None  # "kursus yg sudah saya beli": a question about their own, answered aside
    if asks_other(message):
        return None  # "gimana cara daftar?", "how much is the incentive?": answered aside
    found = message.entity("course_topic")
    if found:
        return Valid(str(found))
    words = _topic_words(message.text or "")
    return Valid(words) if len(words) >= 3 else None


_ASKS = re.compile(
    r"\?|\b(?:gimana|gmn|bagaimana|kapan|berapa|brp|kenapa|knp|apakah|how|when|why|what|where)\b"
)
TOPIC_INTENTS = ("course_search", "inform", "out_of_scope", "change_language")
"""What a topic typed at "what would you like to learn?" may read as ("bahasa inggris")."""


def asks_other(message: Message) -> bool:
    """A question the NLU is sure is about something else, typed where a topic is asked for:
    not a topic (before, "gimana cara daftar?" searched for courses on "cara daftar")."""
    sure = message.confidence >= OTHER_INTENT_SURE and not message.ambiguous
    other = message.intent is not None and message.intent not in TOPIC_INTENTS
    return sure and other and bool(_ASKS.search((message.text or "").lower()))


def _topic_words(text: str) -> str:
    lowered = in_catalogue_words(text.lower())  # "sewing" -> "menjahit"
    for pattern in dict(_MODES).values():  # "tatap muka" says how, not what
        lowered = re.sub(pattern, " ", lowered)
    return wishes.topic_words(lowered, _FILLER)


def mode(message: Message, _: Slots, __: FlowContext) -> Result:
    if asks_my_courses(message.text or ""):
        return None  # "kelas yg aku ikutin apa aja": not "any"
    found = _mode_in(message.text or "")
    return None if found is None else Valid(found)


def _mode_in(text: str) -> str | None:
    lowered = text.lower()
    return next((value for value, pattern in _MODES if re.search(pattern, lowered)), None)


def city(message: Message, _: Slots, __: FlowContext) -> Result:
    if asks_my_courses(message.text or ""):
        return None
    found = message.entity("region")
    if found:
        return Valid(_place(str(found)))
    if no_answer(message.text or ""):
        return None  # "ini di kota mana?" asks back
    words = re.findall(r"[a-z]+", (message.text or "").lower())
    if any(w in ("bebas", "semua", "terserah", "any") for w in words):
        return Valid("any")
    return Valid(" ".join(words[-2:]).title()) if words else None


def price(message: Message, _: Slots, __: FlowContext) -> Result:
    lowered = (message.text or "").lower()
    if asks_my_courses(lowered):
        return None
    if re.search(r"\b(?:bebas|berapa aja|terserah|gak masalah|any|no limit)\b", lowered):
        return Valid(0)
    found = message.entity("money")
    amount = int(found) if isinstance(found, int | float) else parse_money(lowered)
    if amount:
        return Valid(amount)
    return Valid(0) if _CHEAPEST.search(lowered) else None  # no limit, the cheapest first


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
    asked = _WHAT_IS_THERE.sub(" ", _ANY_COURSE.sub(" ", message.text.lower()))
    filters = Message(text=asked, entities=message.entities)
    for name, check, source in (
        ("topic", topic, topic_message),
        ("mode", mode, filters),
        ("max_price", price, filters),
    ):
        result = check(source, slots, ctx)
        if isinstance(result, Valid):
            slots[name] = result.value
    if named is not None:
        slots.setdefault("mode", "any")  # the search keeps what is held in that city
    if _CHEAPEST.search(message.text.lower()):
        slots["cheapest"] = True
    return {**slots, **wishes.said(message.text)}  # "gratis", "pemula": no topic words


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
    """ "DKI Jakarta" -> "Jakarta", "Kabupaten Bogor" -> "Bogor": courses name the city."""
    return _ADMINISTRATIVE.sub("", region).strip() or region


def _without(text: str, words: str) -> str:
    return re.sub(re.escape(words), " ", text, flags=re.IGNORECASE)


FOLLOW_UP_INTENTS = (None, "inform", "course_search", "out_of_scope")
"""How the NLU reads a bare follow-up to courses shown: "yang paling murah" or "kuliner" alone
is out of scope to it."""
OTHER_INTENT_SURE = 0.8
"""At the course browser, a message the NLU gives another intent this surely is about that
("cek saldo"), not a topic; "masakan" read as a complaint at 0.5 is a topic."""


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
    return not asks_my_courses(lowered) and bool(_topic_words(lowered))


def follows_up(message: Message) -> bool:
    """A short message naming a mode, a city, a price or the cheapest first: it refines the
    courses just shown (search results, a category's page)."""
    return len((message.text or "").split()) <= 6 and _names_filter(message)


def _names_filter(message: Message) -> bool:
    text = message.text or ""
    named = _mode_in(text) or _named_city(message) or message.entity("money")
    return bool(named) or bool(_CHEAPEST.search(text.lower()))


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
    said = _topic_words(message.text or "").split()
    if not set(said) - {"dan", "and"} or _names_filter(message):
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
    shown. "Cari lagi" or "cari pelatihan" starts afresh."""
    previous: dict[str, Any] = turn.session.profile.get(SEARCH) or {}
    slots, message = turn.slots, turn.message
    if "topic" in slots or not message.text or not _names_filter(message):
        return []
    if previous.get("words") is not None and recent(previous, message.at):
        slots["topic"] = previous["words"]
        slots.setdefault("mode", previous.get("mode") or "any")  # None: it was "Bebas"
        slots.setdefault("max_price", previous.get("max_price") or 0)
        slots.setdefault("city", previous.get("city") or "any")  # None: every city, not asked
        kept = ("cheapest", "level")  # what the message does not say again
        slots.update({k: previous[k] for k in kept if k not in slots and previous.get(k)})
    return []
    yield  # a step that asks nothing


def recent(search: dict[str, Any], now: datetime) -> bool:
    """Whether the search was shown within the context window ("yang di jakarta ada?" then
    refines it rather than starting over)."""
    try:
        shown = datetime.fromisoformat(str(search.get("at")))
    except ValueError:
        return False
    return within_context(shown, now)
