"""Several questions in one message ("saldo ku brp, trs sertifikat ku udh kluar blm?"): the
message split at a question mark or a joining word ("trs", "terus", "lalu", "satu lagi"), so
each question can be read on its own. "dan", "and" and "&" split only when a question word
follows them ("cara daftar dan kapan gelombang buka", "how do I sign up and when is the next
wave"): otherwise they join the parts of one question far more often than two questions
("syarat dan cara daftar apa aja?"); "sama" never splits."""

from __future__ import annotations

import re

_ASKS = (
    r"gimana|gmn|gmna|bagaimana|kapan|kpn|berapa|brp|apa|apakah|dimana|dmn|di ?mana|kenapa|knp|"
    r"kok|bisa|bisakah|how|when|what|where|why|which|can|could|is|are|do|does|will"
)
_JOINS = re.compile(
    r"\?+\s*|\s*[,;.]?\s+(?:trs|terus|trus|tros|lalu|satu lagi|oh iya|oiya|and also|also)\s+"
    rf"|\s*,?\s+(?:dan|and|&)\s+(?=(?:{_ASKS})\b)",
    re.IGNORECASE,
)
_LEADING = re.compile(r"^(?:trs|terus|trus|tros|lalu|satu lagi|oh iya|oiya|and also|also)\s+", re.I)
MAX_CLAUSES = 3
MIN_WORDS = 2


def clauses(text: str) -> list[str]:
    """The questions of ``text`` (2 or 3 of 2+ words each), or [] when it holds one."""
    parts = [_LEADING.sub("", part.strip(" ,.;!")) for part in _JOINS.split(text)]
    parts = [part for part in parts if len(part.split()) >= MIN_WORDS]
    return parts if 2 <= len(parts) <= MAX_CLAUSES else []
