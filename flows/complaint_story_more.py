"""More of a complaint's story told after it was kept, never lost:

- a short piece told at "did this help?" after the opening was kept as the story ("udah 10x
  gagal terus" after a pasted "Verifikasi wajah gagal..."): added to the story itself. Before,
  it went to the pieces only (which are put before a story typed later), so "Ceritamu sudah
  aku catat" was said and the summary left it out;
- a longer story typed at the summary replaces the story told only when it retells it (most of
  its words are there again); a story about something else ("pelatihannya udah selesai tgl 20
  nov, lembaganya bilang udah lapor") is added to it. Before, any story as long replaced it and
  what was told first was lost."""

from __future__ import annotations

import re

from flows.messages import MAX_TEXT_LENGTH
from flows.runtime.machine import Slots

RETOLD_SHARE = 0.5
"""A story retells the one told when at least this share of its words are in it again."""
_WORD = re.compile(r"[a-z0-9]{3,}")


def keep_piece(slots: Slots, key: str, piece: str) -> None:
    """``piece`` kept under ``key``; and in the story too when one is kept already."""
    kept = slots.get(key)
    slots[key] = [*(kept if isinstance(kept, list) else []), piece]
    story = slots.get("description")
    if isinstance(story, str) and story and piece.lower() not in story.lower():
        slots["description"] = f"{story}\n{piece}"[:MAX_TEXT_LENGTH]


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.lower()))


def retells(new: str, before: str) -> bool:
    """``new`` is at least as long as ``before`` and tells it again (most of its words)."""
    if len(new) < len(before):
        return False
    told = _words(before)
    if not told:
        return True
    return len(told & _words(new)) / len(told) >= RETOLD_SHARE


__all__ = ["keep_piece", "retells"]
