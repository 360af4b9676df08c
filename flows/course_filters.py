"""The search filters a message names itself: a city (a known region, or "di X" for a class
held somewhere), a mode, a maximum price, the cheapest first; the opening message's topic and
the typed answers are read in ``flows.course_query``."""

from __future__ import annotations

import re

from flows import course_modes as modes
from flows.runtime.machine import Slots
from flows.turn import Message
from flows.validators import money as parse_money

CHEAPEST = re.compile(
    r"\b(?:(?:ter)?murah(?:nya)?|hemat|terjangkau|cheap|cheaper|cheapest|affordable|lowest|"
    r"low price)\b"
)
"""A wish for a low price without an amount: the cheapest courses are listed first."""
WHAT_IS_THERE = re.compile(r"\bapa (?:aja|saja)\b")
""""Pelatihan di surabaya apa aja?" asks what there is: in an opening message, no "any mode"."""
_CITY = re.compile(r"\bdi (?:kota )?([a-z]+(?: [a-z]+)?)")
_CALLED = {"surakarta": "Solo", "jogja": "Yogyakarta", "jogjakarta": "Yogyakarta"}
"""A city's official name -> the catalogue's (the demo catalogue's providers say "Solo")."""
_ADMINISTRATIVE = re.compile(
    r"^(?:dki|di|kota|kabupaten|kab\.?|provinsi|kecamatan)(?:\s+|$)", re.IGNORECASE
)
_NOT_PLACE = re.compile(
    r"^(?:daerah|wilayah|kampung|desa|sini|situ|sana|rumah|luar|dalam|sekitar|dekat|deket)\b"
    r"|\b(?:mana|mn|dmn|mna)\b"
)
_PARTICLE = re.compile(r"\s+(?:aja|saja|ya|sih|kah|dong|ga|gak|nggak|tidak|juga|jg)$")
"""Words after "di" that name no city: a question ("mana saja"), or an area, not its name."""


def named_city(message: Message) -> tuple[str, str] | None:
    """(the city's name as the catalogue writes it, the words naming it in the message): a
    known region, or "di X" in a message asking for an offline or hybrid class."""
    text = message.text or ""
    for item in message.entities:
        if getattr(item, "entity", None) == "region":
            return place(str(item.value)), text[item.start : item.end]
    if modes.mode_in(text) not in ("offline", "hybrid"):
        return None  # "di X" is a place only for a class held somewhere: not "bisa di hp"
    found = _CITY.search(text.lower())
    if found is None or modes.mode_in(found.group(1)) is not None:
        return None
    name = _ADMINISTRATIVE.sub("", found.group(1)).strip()  # "di kabupaten bogor": Bogor
    name = _PARTICLE.sub("", name).strip()  # "di bandung ya": Bandung
    if not name or _NOT_PLACE.search(name):  # "di provinsi mana saja?", "di kabupaten?"
        return None
    return place(name).title(), found.group(0)


def place(region: str) -> str:
    """ "DKI Jakarta" -> "Jakarta", "Kabupaten Bogor" -> "Bogor", "Kota Surakarta" -> "Solo":
    courses name the city as people call it."""
    named = _ADMINISTRATIVE.sub("", region).strip() or region
    return _CALLED.get(named.lower(), named)


def without(text: str, words: str) -> str:
    return re.sub(re.escape(words), " ", text, flags=re.IGNORECASE)


_SPOKEN = re.compile(r"\b(setengah juta|sejuta|satu juta|dua juta|tiga juta)(?:an)?\b")
_SPOKEN_AMOUNTS = {"setengah juta": 500_000, "sejuta": 1_000_000, "satu juta": 1_000_000,
                   "dua juta": 2_000_000, "tiga juta": 3_000_000}  # fmt: skip


def amount(text: str) -> int | None:
    """An amount in figures ("700rb", "1,5jt") or in words ("sejutaan", "setengah juta")."""
    lowered = text.lower()
    spoken = _SPOKEN.search(lowered)
    return _SPOKEN_AMOUNTS[spoken.group(1)] if spoken else parse_money(lowered)


def named_filters(message: Message) -> Slots:
    """The filters a typed answer names itself, none implied: a city, a mode other than "any",
    an amount, the cheapest first. They replace the ones said before ("pelatihan offline di
    surabaya ada?", then "yg menjahit di bandung" to "what would you like to learn?": Bandung,
    not Surabaya); "bebas" to the price question leaves the mode said before."""
    text = message.text or ""
    slots: Slots = {}
    named = named_city(message)
    if named is not None:
        slots["city"] = named[0]
    mode = modes.mode_in(WHAT_IS_THERE.sub(" ", text.lower()))
    if mode not in (None, "any"):
        slots["mode"] = mode
    found = message.entity("money")
    price = int(found) if isinstance(found, int | float) else amount(text)
    if price:
        slots["max_price"] = price
    if CHEAPEST.search(text.lower()):
        slots["cheapest"] = True
    return slots


def names_filter(message: Message) -> bool:
    """Whether a message names a mode, a city, a price or the cheapest first."""
    text = message.text or ""
    named = modes.mode_in(text) or named_city(message) or message.entity("money") or amount(text)
    return bool(named) or bool(CHEAPEST.search(text.lower()))
