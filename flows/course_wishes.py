"""Words in a course search that describe the wish, not the topic: "any free english course for
beginners?" searches "bahasa inggris", not "free bahasa inggris beginners".

- A wish for a free course ("gratis", "free") is no topic: courses are bought with the
  Prakerja training balance, which the search says once.
- A level ("pemula", "beginners", "dasar", "dari nol"; "tingkat lanjut", "advanced") is no
  topic either. The catalogue has no level of its own, but its titles say it ("untuk Pemula",
  "Dasar ...", "Tingkat Lanjut"): courses whose title says the level asked for come first,
  the others still follow. "Dasar" is part of titles ("Dasar Pemrograman Python"), so it is
  preferred in the title, never required.
- A purpose beside the topic ("ekcel bwt kerja kantoran", "english for work") is no topic
  word either; alone ("pelatihan buat kerja kantoran") it is what is searched.
- Praise ("bagus", "good", "recommended", "rekomendasi", "terbaik") asks for the best: the
  results are ranked by match and rating already."""

from __future__ import annotations

import re

from storage.repositories.course_search import PREFERRED

FREE = re.compile(r"\b(?:gratis(?:an)?|free|for free|cuma[- ]cuma|tanpa (?:bayar|biaya)|no cost)\b")
"""A wish for a course that costs nothing (not "Freelance", not a title's "Aplikasi Gratis"
alone: the rest of the title still finds it)."""
LEVELS = (
    ("beginner", r"\b(?:beginners?|pemula|newbies?|nubie|basics?|dasar|dari nol|from scratch|"
     r"awam|entry level|gampang|mudah|easy)\b"),
    ("advanced", r"\b(?:advanced|lanjutan|tingkat lanjut|expert)\b"),
)  # fmt: skip
"""A level asked for, and the words saying it."""
TITLE_WORDS = {"beginner": "pemula|dasar", "advanced": "lanjut"}
"""The level's words in the catalogue's titles (any of them, "|")."""
PRAISE = re.compile(
    r"\b(?:good|great|best|bagus|terbaik|berkualitas|recommended|recommend\w*|"
    r"rekomendasi\w*|rekomen|rekom|saran(?:in|kan)?|populer|popular|favorit\w*|terlaris|laris)\b"
)
"""Praise or a wish for a recommendation: the ranking already puts the best first."""
PURPOSE = re.compile(
    r"\b(?:buat|bwt|untuk|utk|biar|supaya|agar|for)\s+(?:(?:bisa|bs|dapet|dapat|dpt|cari|nyari|"
    r"melamar|ngelamar|lamar)\s+)?(?:kerja(?:an)?|bekerja|pekerjaan|kantor(?:an)?|dunia kerja|"
    r"work(?:ing)?|(?:a |my )?job|office)(?:\s+(?:kantor(?:an)?|di kantor|office))?\b"
)
"""What the course is for, said beside its topic ("ekcel bwt kerja kantoran": Excel, for an
office job): no topic word while another is left ("kerja kantoran" alone is searched)."""


def said(text: str) -> dict[str, object]:
    """The wishes a message says: ``free`` (True) and ``level`` ("beginner", "advanced")."""
    lowered = text.lower()
    wishes: dict[str, object] = {}
    if FREE.search(lowered):
        wishes["free"] = True
    level = next((name for name, pattern in LEVELS if re.search(pattern, lowered)), None)
    if level is not None:
        wishes["level"] = level
    return wishes


def without(lowered: str, levels: bool = True) -> str:
    """The (lower-cased) text without the words that describe the wish (a level's and a
    purpose's kept when ``levels`` is False: "dasar" alone, typed as the topic, is what is
    searched)."""
    kinds = (p for _, p in LEVELS) if levels else ()
    purpose = (PURPOSE.pattern,) if levels else ()
    for pattern in (FREE.pattern, *kinds, *purpose, PRAISE.pattern):
        lowered = re.sub(pattern, " ", lowered)
    return lowered


def topic_words(lowered: str, filler: re.Pattern[str]) -> str:
    """The topic's words: neither the wish's nor ``filler``. A level alone is the topic then
    ("dasar" typed at "what would you like to learn?" searches the basic courses)."""
    for levels in (True, False):
        words = re.findall(r"[^\W\d_]+", filler.sub(" ", without(lowered, levels)))
        if words:  # "lanjutan" alone: the titles say "Tingkat Lanjut" (probe p22b #10)
            return " ".join("lanjut" if w in ("lanjutan", "advanced") else w for w in words)
    return ""


def preferred(level: object) -> str:
    """The search word that puts courses of this level first ("" for none)."""
    words = TITLE_WORDS.get(str(level)) if level else None
    return f"{PREFERRED}{words}" if words else ""
