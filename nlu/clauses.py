"""Several questions in one message ("saldo ku brp, trs sertifikat ku udh kluar blm?"): the
message split at a question mark or a joining word ("trs", "terus", "lalu", "satu lagi"), so
each question can be read on its own. Words like "dan" or "sama" are not split at: they join
the parts of one question far more often than two questions."""

from __future__ import annotations

import re

_JOINS = re.compile(
    r"\?+\s*|\s*[,;.]?\s+(?:trs|terus|trus|tros|lalu|satu lagi|oh iya|oiya|and also|also)\s+",
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
