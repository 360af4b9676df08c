"""Words that name a whole field of training, and the category of the catalogue that holds it:
"masak" finds the cooking courses ("Masakan Nusantara") and every course of the Kuliner
category too ("Roti dan Pastry"), not only the titles that hold the word.

Written for this project from the demo catalogue's categories; a real catalogue's team extends
it. Only words the category's name does not already hold need an entry ("jahit" finds "Fesyen
dan Menjahit", "ternak" finds "Pertanian dan Peternakan"); a specific topic ("barista",
"python", "roti") is searched as it is."""

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
