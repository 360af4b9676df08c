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

CHECK_AGAIN = re.compile(
    r"^\W*(?:(?:tolong|coba|bisa|please|can you|min|kak)\s+)?(?:cek|check|cekin|liat|lihat)"
    r"(?:in)?\s+(?:lagi|lg|ulang|again|sekali lagi)(?:\s+(?:dong|dng|donk|ya|yah|kak|min|"
    r"please|pls|sekarang|skrg|now))*\W*$"
)
"""Asked to check once more, and nothing else: "cek lagi dong", "check again please"."""


def question_words(text: str) -> list[str]:
    """The content words of ``text`` (lowered, fillers dropped)."""
    return [word for word in re.findall(r"[a-z0-9]+", text.lower()) if word not in _FILLER]


_FOLLOW_UP = re.compile(
    r"\?|^\W*(?:kalo|kalau|klo|kl|kalu|jadi|jd|terus|trus|trs|lalu|lha|lah|berarti|brarti|"
    r"what about|how about|and|so)\b"
)
"""A question of its own after an answer ("kalo anaknya?" after "istri kepala desa boleh
ikut?", "jadi yang tunai cuma 600 ribu itu?" after the benefits): asked, or opened as one."""

_GENERIC = frozenset(
    {"kalo", "kalau", "klo", "kl", "kalu", "jadi", "jd", "terus", "trus", "trs", "lalu", "lah",
     "berarti", "brarti", "harus", "hrs", "kudu", "mesti", "ngapain", "caranya", "cara", "gmna",
     "bagaimana", "piye", "kumaha", "lagi", "lg", "sekarang", "skrg", "abis", "habis", "setelah",
     "what", "how", "about", "and", "so", "now", "then", "do", "should", "next", "me", "my"}
)  # fmt: skip
"""Words of any follow-up ("trs aku harus ngapain" after the fix: the same question again)."""


def other_question(text: str, before: object) -> bool:
    """Whether ``text`` asks something else than the message ``before`` (its
    ``question_words``): a yes/no question, or a follow-up question, naming at least
    ``MIN_NEW`` words ``before`` did not (a follow-up: mostly new words, one of them naming
    something, not "what now" again)."""
    lowered = " ".join(text.lower().split())
    if not isinstance(before, list):
        return False
    seen = {str(word) for word in before}
    words = question_words(text)
    fresh = [word for word in words if word not in seen]
    if YES_NO.search(lowered):
        return len(fresh) >= MIN_NEW
    named = [word for word in fresh if word not in _GENERIC]
    followed = _FOLLOW_UP.search(lowered) is not None
    return followed and bool(named) and 2 * len(fresh) > len(words)


__all__ = ["ASKED", "CHECK_AGAIN", "YES_NO", "other_question", "question_words"]
