"""What every entity extractor shares: the protocol, the context of one message, span rules."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from nlu.types import Entity

WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True, slots=True)
class Context:
    """One message as extractors see it: the text, its words with offsets, and today's date."""

    text: str
    today: date
    words: tuple[tuple[str, int, int], ...]  # (lower-cased word, start, end)

    @classmethod
    def of(cls, text: str, today: date) -> Context:
        words = tuple((m.group(0).lower(), m.start(), m.end()) for m in WORD.finditer(text))
        return cls(text, today, words)

    def words_before(self, position: int, count: int) -> list[str]:
        before = [w for w, _, end in self.words if end <= position]
        return before[-count:]


class EntityExtractor(Protocol):
    """``numeric`` extractors compete for digits (the first claim wins); lexical ones don't."""

    numeric: bool

    def extract(self, context: Context) -> Iterable[Entity]: ...


def overlaps(a: Entity, b: Entity) -> bool:
    return a.start < b.end and b.start < a.end


def resolve(numeric: Sequence[Entity], lexical: Sequence[Entity]) -> tuple[Entity, ...]:
    """Numeric candidates come in priority order: keep each unless it overlaps a kept one.
    Lexical entities are dropped inside numeric ones and deduplicated per entity type."""
    kept: list[Entity] = []
    for candidate in numeric:
        if not any(overlaps(candidate, other) for other in kept):
            kept.append(candidate)
    chosen: list[Entity] = []
    ordered = sorted(lexical, key=lambda e: (-(e.end - e.start), e.start))
    for candidate in ordered:
        if any(overlaps(candidate, other) for other in kept):
            continue
        if any(c.entity == candidate.entity and overlaps(c, candidate) for c in chosen):
            continue
        chosen.append(candidate)
    return tuple(sorted([*kept, *chosen], key=lambda e: (e.start, e.end, e.entity)))
