"""Words that name a whole field of training, and the category of the catalogue that holds it:
"masak" finds the cooking courses ("Masakan Nusantara") and every course of the Kuliner
category too ("Roti dan Pastry"), not only the titles that hold the word.

Written for this project from the demo catalogue's categories; a real catalogue's team extends
it. Only words the category's name does not already hold need an entry ("jahit" finds "Fesyen
dan Menjahit", "ternak" finds "Pertanian dan Peternakan"); a specific topic ("barista",
"python", "roti") is searched as it is. ``NEAR`` holds everyday words for what the catalogue
names otherwise ("ngoding": "pemrograman"): offered as "did you mean", never searched instead."""

from __future__ import annotations

from storage.repositories.course_search import ALTERNATIVES

FIELDS: dict[str, str] = {
    # cooking
    "masak": "kuliner", "memasak": "kuliner", "masakan": "kuliner", "makanan": "kuliner",
    "boga": "kuliner", "dapur": "kuliner", "koki": "kuliner", "chef": "kuliner",
    # beauty
    "salon": "kecantikan", "rias": "kecantikan", "merias": "kecantikan",
    "dandan": "kecantikan", "kosmetik": "kecantikan",
    # sewing and fashion
    "baju": "fesyen", "garmen": "fesyen",
    # trades
    "bengkel": "otomotif", "montir": "otomotif", "mekanik": "otomotif",
    # farming
    "bertani": "pertanian", "petani": "pertanian", "kebun": "pertanian",
    "berkebun": "pertanian", "beternak": "peternakan", "peternak": "peternakan",
}  # fmt: skip
"""A field's word -> a word of its category's name (what the search matches the category by)."""


def widened(words: str) -> str:
    """The search words with each field word also matching its category's courses ("masak"
    -> "masak|kuliner"); other words as they are."""
    return " ".join(_widen(word) for word in words.split())


def _widen(word: str) -> str:
    field = FIELDS.get(word.lower())
    return word if field is None or field == word.lower() else f"{word}{ALTERNATIVES}{field}"


NEAR: dict[str, str] = {
    "ngoding": "pemrograman", "koding": "pemrograman",
    "programer": "pemrograman", "programmer": "pemrograman", "ngeprogram": "pemrograman",
    "bikin": "membuat", "ngedit": "editing", "edit": "editing",
    "ngelas": "pengelasan", "las": "pengelasan", "nyablon": "sablon", "ngonten": "konten",
    "hp": "ponsel", "handphone": "ponsel", "laptop": "komputer", "bolu": "kue",
    "ngopi": "kopi", "nyalon": "salon", "jualan": "penjualan", "dagang": "penjualan",
}  # fmt: skip
"""An everyday word -> the catalogue's word for it ("kursus ngoding": "pemrograman")."""
_GENERIC = frozenset({"membuat", "cara", "dasar", "usaha", "jadi", "eh", "dan", "and"})
"""Words that find too much alone ("membuat": cakes, websites and dress patterns)."""
MAX_TRIES = 4


def nearer(words: str) -> list[str]:
    """Search words near ``words`` that found nothing, nearest first: the everyday words in the
    catalogue's ("bikin kue" -> "membuat kue"), then each word alone, the longest first ("kue").
    """
    said = words.lower().split()
    rewritten = [NEAR.get(word, word) for word in said]
    tries = [" ".join(rewritten)] if rewritten != said else []
    alone = {w for w in rewritten if len(w) >= 3 and w not in _GENERIC}
    ordered = sorted(alone, key=lambda word: (-len(word), word))
    tries += [word for word in ordered if len(said) > 1 or word not in said]
    return list(dict.fromkeys(tries))[:MAX_TRIES]
