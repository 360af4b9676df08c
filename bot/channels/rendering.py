"""Platform-neutral rendering helpers: splitting long text, shortening titles, numbered choices.

Lengths are counted in UTF-16 code units, the way Telegram counts its 4,096-character limit (an
emoji counts twice); for WhatsApp this only errs on the safe side.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from flows import Button

TEXT_LIMIT = 4096
ELLIPSIS = "…"
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")


def units(text: str) -> int:
    """Length in UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def split_text(text: str, limit: int = TEXT_LIMIT) -> list[str]:
    """Cut ``text`` into pieces of at most ``limit`` units: at line breaks when possible, then at
    sentence ends, then at spaces, and only as a last resort inside a word."""
    if limit < 1:
        raise ValueError("limit must be positive")
    if units(text) <= limit:
        return [text] if text.strip() else []
    pieces: list[str] = []
    current = ""
    for part in _parts(text, limit):
        joined = current + part
        if units(joined) <= limit:
            current = joined
            continue
        if current.strip():
            pieces.append(current.rstrip())
        current = part.lstrip("\n ") if pieces else part
    if current.strip():
        pieces.append(current.rstrip())
    return pieces


def _parts(text: str, limit: int) -> list[str]:
    """Units of text no longer than ``limit``, each keeping its trailing separator."""
    out: list[str] = []
    for line in text.splitlines(keepends=True):
        if units(line) <= limit:
            out.append(line)
            continue
        for sentence in _split_keep(line, _SENTENCE_END):
            if units(sentence) <= limit:
                out.append(sentence)
                continue
            for word in _split_keep(sentence, re.compile(r"(?<= )")):
                out.extend(_hard_cut(word, limit))
    return out


def _split_keep(text: str, pattern: re.Pattern[str]) -> list[str]:
    """Split after each separator match, keeping the separator with the piece before it."""
    pieces, start = [], 0
    for match in pattern.finditer(text):
        if match.end() > start:
            pieces.append(text[start : match.end()])
            start = match.end()
    if start < len(text):
        pieces.append(text[start:])
    return pieces


def _hard_cut(word: str, limit: int) -> list[str]:
    pieces, current = [], ""
    for char in word:
        if units(current + char) > limit:
            pieces.append(current)
            current = ""
        current += char
    if current:
        pieces.append(current)
    return pieces


def shorten(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters, with an ellipsis when it was cut."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + ELLIPSIS


def numbered(text: str, buttons: Sequence[Button]) -> str:
    """The message with its choices as a numbered list (the user answers with a number)."""
    lines = [f"{n}. {button.title}" for n, button in enumerate(buttons, start=1)]
    hint = "Balas dengan angka pilihanmu, ya."
    return "\n".join([text, "", *lines, "", hint])
