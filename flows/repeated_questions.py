"""Whether a message that gets the answer just given asks another question all the same, so
that the answer is not said to be "the same as before" (``flows.repeated_answers``): a yes/no
question about something the message before did not name ("oleh duit piro to prakerja iku?"
then "lha pelatihane mbayar ora?": do the courses cost money; "pas bikin akun emailnya salah
ketik" then "bisa bikin akun baru ga pake email lain"). Before, both got "Jawabannya masih sama
seperti tadi" (probe p22a d11, b23). Asked again in other words ("cara daftar gmn", then "gmn
cara daftarnya sih"), the answer still is the same."""

from __future__ import annotations

import re

ASKED = "repeated_asked"
"""``session.profile`` key: the content words of the message the last answer was given to."""
_NOT = r"(?:ga|gak|gk|g|nggak|ngga|enggak|engga|tidak|tdk|ora|mboten|teu|henteu|kagak|nope|not)"
YES_NO = re.compile(
    rf"\b{_NOT}\s*\??\s*(?:ya|sih|kak|min|to|tho)?\s*\??\s*$"
    rf"|\b(?:bisa|bs|boleh|bole|oleh|iso|tiasa|apakah|apa bisa)\b.*\b{_NOT}\b"
    r"|^\W*(?:can|could|may|is|are|do|does|should|must)\b"
)
"""A yes/no question: "pelatihannya bayar ga?", "bisa bikin akun baru ga pake email lain"."""
_FILLER = frozenset(
    {"aku", "saya", "sy", "gue", "gw", "kak", "min", "ya", "sih", "dong", "deh", "lha", "lho",
     "to", "tho", "iku", "itu", "ini", "yg", "yang", "ga", "gak", "ora", "tidak", "nggak",
     "bisa", "boleh", "apa", "gmn", "gimana", "kok", "kan", "nya", "prakerja", "the", "a", "i"}
)  # fmt: skip
MIN_NEW = 2
"""New content words a yes/no question must bring to be another question."""


def question_words(text: str) -> list[str]:
    """The content words of ``text`` (lowered, fillers dropped)."""
    return [word for word in re.findall(r"[a-z0-9]+", text.lower()) if word not in _FILLER]


def other_question(text: str, before: object) -> bool:
    """Whether ``text`` is a yes/no question naming at least ``MIN_NEW`` words the message
    ``before`` (its ``question_words``) did not."""
    if not isinstance(before, list) or not YES_NO.search(" ".join(text.lower().split())):
        return False
    seen = {str(word) for word in before}
    fresh = [word for word in question_words(text) if word not in seen]
    return len(fresh) >= MIN_NEW


__all__ = ["ASKED", "YES_NO", "other_question", "question_words"]
