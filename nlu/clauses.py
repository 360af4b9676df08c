"""Several questions in one message ("saldo ku brp, trs sertifikat ku udh kluar blm?"): the
message split at a question mark or a joining word, so each question can be read on its own.

- A question mark, "satu lagi", "oh iya", "also", or "trs"/"terus"/"lalu" after a comma
  always split.
- "dan", "and" and "&" split when a question word follows them ("cara daftar dan kapan
  gelombang buka"), or when both sides ask when, where, how, why or how much ("sertifikat ku
  kapan kluar dan insentif nya kapan"; not after a condition: "gimana kalo aku udah kerja dan
  belum punya KK, kapan bisa daftar?"): otherwise they join the parts of one question
  ("syarat dan cara daftar apa aja?"). So does "sama" ("insentif brp sama kapan cair").
- A comma splits a question from a statement about oneself after it ("min how to daftar
  prakerja ya, aku lulusan SMA"), which ``flows.several_questions`` keeps as its context.
- "sama" also means "with" and "same" ("daftar sama temen", "sama aja"): after a comma it
  splits only when the part before asks something and the part after asks where, when, how
  or why ("gmn cara cek lolos, sama sertifikat download dmn").
- A bare "terus"/"trus"/"lalu"/"sama" also means "keeps on" ("otp gagal terus gimana"), "last"
  ("bulan lalu") or "with": it splits only after a finished question ("saldo ku brp trs
  insentif kpn cair") when a question follows."""

from __future__ import annotations

import re

_ASKS = (
    r"gimana|gmn|gmna|bagaimana|kapan|kpn|berapa|brp|apa|apakah|dimana|dmn|di ?mana|kenapa|knp|"
    r"kok|bisa|bisakah|how|when|what|where|why|which|can|could|is|are|do|does|will"
)
_WH = r"gimana|gmn|gmna|bagaimana|kapan|kpn|dimana|dmn|di ?mana|kenapa|knp|mengapa"
"""Question words that "sama" ("with", "same") is never followed by in one question."""
_JOINS = re.compile(
    r"\?+\s*|\s*[,;.]?\s+(?:satu lagi|oh iya|oiya|and also|also)\s+"
    r"|\s*[,;.]\s*(?:trs|terus|trus|tros|lalu)\s+"
    rf"|\s*,?\s+(?:dan|and|&)\s+(?=(?:{_ASKS})\b)|\s*,?\s+sama\s+(?=(?:{_WH})\b)",
    re.IGNORECASE,
)
_MAYBE = re.compile(
    r"(\s*,\s*sama\s+|\s+(?:trs|terus|trus|tros|lalu|sama|dan|and|&)\s+"
    r"|\s*,\s*)",
    re.IGNORECASE,
)
_ONESELF = re.compile(r"^(?:aku|saya|sy|gw|gue|gua|i'?m|i am)\s", re.IGNORECASE)
"""Joining words that split only when both sides ask, and a comma before a statement about
oneself after a question (see the module's docstring)."""
_IF = re.compile(r"\b(?:jika|kalau|kalo|klo|apabila|seandainya|misal\w*|if)\b", re.IGNORECASE)
"""A condition: what follows its "dan" belongs to it ("gimana kalo aku udah kerja dan belum
punya KK, kapan bisa daftar?")."""
_LEADING = re.compile(r"^(?:trs|terus|trus|tros|lalu|satu lagi|oh iya|oiya|and also|also)\s+", re.I)
_ASKED = re.compile(rf"\b(?:{_ASKS})\b", re.IGNORECASE)
_ASKED_WH = re.compile(rf"\b(?:{_WH}|berapa|brp)\b", re.IGNORECASE)
_ENDS_ASKING = re.compile(
    rf"\b(?:{_ASKS}|blm|belum|ga|gak|nggak|ngga|tidak)"
    r"(?:\s+(?:sih|ya|yah|dong|deh|kak|ka|kk|min|gan|sis|nih|tuh|aja|saja))*\W*$",
    re.IGNORECASE,
)
_NOT_A_QUESTION = re.compile(r"^(?:aja|saja|juga|jg|kayak|kaya|kyk|seperti|dengan|dgn)\b", re.I)
"""What "sama" is followed by when it means "same" or "with" ("sama aja", "sama kayak")."""
_NUMBERED = re.compile(r"(?:^|(?<=\s))([1-9])[.)]\s+(?=[^\W\d])")
"""A list item's number: "1. ", "2) "."""
_FILLERS = re.compile(
    rf"\b(?:{_ASKS}|ya|yah|sih|dong|deh|kak|ka|kk|min|gan|sis|nih|tuh|aja|saja|caranya|"
    r"itu|nya|yg|yang)\b",
    re.IGNORECASE,
)
MAX_CLAUSES = 3
MAX_NUMBERED = 6
"""A numbered list's items are each a question ("1. ... 2. ... 3. ... 4. ..."): more are kept."""
MIN_WORDS = 2


def clauses(text: str) -> list[str]:
    """The questions of ``text`` (2 or 3 of 2+ words each; up to ``MAX_NUMBERED`` when they are
    a numbered list's items), or [] when it holds one."""
    items = _items(text)
    most = MAX_NUMBERED if numbered(text) else MAX_CLAUSES
    parts = [piece for item in items for part in _JOINS.split(item) for piece in _split_maybe(part)]
    parts = [_LEADING.sub("", part.strip(" ,.;!\n")) for part in parts]
    parts = [part for part in parts if len(part.split()) >= MIN_WORDS]
    return parts if 2 <= len(parts) <= most else []


def numbered(text: str) -> list[str]:
    """The items of a numbered list of questions in ``text`` ("1. syarat umur brp 2. gelombang
    skrg buka ga"), numbered 1, 2, 3 in order, each stripped; [] when there is none (a pasted
    list of steps asks nothing)."""
    marks = list(_NUMBERED.finditer(text))
    numbers = [int(mark.group(1)) for mark in marks]
    if len(marks) < 2 or numbers != list(range(1, len(marks) + 1)):
        return []
    ends = [mark.start() for mark in marks[1:]] + [len(text)]
    items = [text[mark.end() : end].strip(" ,.;!\n") for mark, end in zip(marks, ends, strict=True)]
    return items if sum(1 for item in items if _ASKED.search(item)) >= 2 else []


def _items(text: str) -> list[str]:
    """``text`` split into the items of a numbered list (1, 2, 3 in order), or into lines when
    each line asks something; else ``[text]``."""
    items = numbered(text)
    if items:
        first = _NUMBERED.search(text)
        lead = text[: first.start()] if first else ""
        return ([lead] if _ASKED.search(lead) else []) + items
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) >= 2 and all(_ASKED.search(line) for line in lines):
        return lines
    return [text]


def _split_maybe(part: str) -> list[str]:
    """``part`` split at the joining words of ``_MAYBE`` where both sides ask."""
    pieces = _MAYBE.split(part)
    found = [pieces[0]]
    for join, after in zip(pieces[1::2], pieces[2::2], strict=True):
        if _splits(found[-1], join, after):
            found.append(after)
        else:
            found[-1] += join + after
    return found


def _splits(before: str, join: str, after: str) -> bool:
    said = join.strip(" \t\n").lower()
    if said == "," and _ONESELF.match(after):  # "how to daftar ya, aku lulusan SMA"
        return bool(_ASKED.search(before) and not _ASKED.search(after))
    if said == ",":  # "saldo aku brp, deadline kapan", "saldo brp, sertifikat udh keluar blm"
        asks = _ASKED.search(after) or _ENDS_ASKING.search(after)
        return bool(_ENDS_ASKING.search(before) and asks and _about(after))
    if said in ("dan", "and", "&"):  # "sertifikat ku kapan kluar dan insentif nya kapan"
        both = _ASKED_WH.search(before) or _ENDS_ASKING.search(before)
        return bool(both and _ASKED_WH.search(after) and not _IF.search(before))
    if said.endswith("sama") and _NOT_A_QUESTION.match(after):
        return False
    if said.startswith(","):  # ", sama": the part before asks, the part after asks wh-
        asks_after = _ASKED if _ENDS_ASKING.search(before) else _ASKED_WH
        asked = _ASKED.search(before) or _ENDS_ASKING.search(before)  # "udh keluar blm, sama"
        return bool(asked and asks_after.search(after) and _about(after))
    asks_after = _ASKED_WH if said == "sama" else _ASKED
    return bool(_ENDS_ASKING.search(before) and asks_after.search(after))


def _about(part: str) -> bool:
    """``part`` names something besides question words and particles."""
    return bool(_FILLERS.sub(" ", part).split())
