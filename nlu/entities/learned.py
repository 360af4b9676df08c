"""Entities defined by training data: Rasa ``regex`` and ``lookup`` blocks, and values annotated
in examples for entity types no built-in extractor covers (a gazetteer). Rasa ``synonym``
blocks map what was found to its canonical value."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field

from nlu.entities.base import Context
from nlu.errors import ModelError
from nlu.training_data import TrainingData
from nlu.types import Entity


@dataclass(frozen=True, slots=True)
class LearnedEntities:
    """What a model keeps from its training data for entity extraction (JSON-serialisable)."""

    regexes: dict[str, tuple[str, ...]] = field(default_factory=dict)
    phrases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    synonyms: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_data(cls, data: TrainingData, builtin: Iterable[str]) -> LearnedEntities:
        skip = set(builtin)
        phrases: dict[str, set[str]] = {}
        for name, values in data.lookups.items():
            phrases.setdefault(name, set()).update(v.strip() for v in values if v.strip())
        for example in data.examples:
            for annotation in example.entities:
                if annotation.entity not in skip:
                    surface = example.text[annotation.start : annotation.end].strip()
                    phrases.setdefault(annotation.entity, set()).add(surface)
        return cls(
            {k: tuple(v) for k, v in sorted(data.regexes.items())},
            {k: tuple(sorted(v, key=str.lower)) for k, v in sorted(phrases.items())},
            dict(sorted(data.synonyms.items())),
        )

    def to_json(self) -> dict[str, object]:
        return {"regexes": self.regexes, "phrases": self.phrases, "synonyms": self.synonyms}

    @classmethod
    def from_json(cls, raw: Mapping[str, object]) -> LearnedEntities:
        def table(key: str) -> dict[str, tuple[str, ...]]:
            value = raw.get(key, {})
            if not isinstance(value, dict):
                raise ModelError(f"entities.{key} must be a mapping")
            return {str(k): tuple(str(x) for x in v) for k, v in value.items()}

        synonyms = raw.get("synonyms", {})
        if not isinstance(synonyms, dict):
            raise ModelError("entities.synonyms must be a mapping")
        canonical = {str(k): str(v) for k, v in synonyms.items()}
        return cls(table("regexes"), table("phrases"), canonical)


class LearnedExtractor:
    numeric = False

    def __init__(self, learned: LearnedEntities) -> None:
        self._synonyms = learned.synonyms
        self._patterns: list[tuple[str, re.Pattern[str]]] = []
        for name, patterns in learned.regexes.items():
            self._patterns += [(name, re.compile(p, re.IGNORECASE)) for p in patterns]
        for name, phrases in learned.phrases.items():
            ordered = sorted(phrases, key=len, reverse=True)
            if ordered:
                body = "|".join(re.escape(p) for p in ordered)
                self._patterns.append((name, re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.I)))

    def extract(self, context: Context) -> Iterator[Entity]:
        for name, pattern in self._patterns:
            for m in pattern.finditer(context.text):
                if m.end() > m.start():
                    value = self._synonyms.get(m.group(0).lower(), m.group(0))
                    yield Entity(name, value, m.start(), m.end())

    def canonical(self, value: str) -> str:
        return self._synonyms.get(value.lower(), value)
