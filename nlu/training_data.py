"""Training data in memory: labelled examples, entity annotations, synonyms, regexes, lookups."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Annotation:
    """An entity marked in a training example; offsets index the example's plain text."""

    entity: str
    value: str
    start: int
    end: int
    role: str | None = None
    group: str | None = None


@dataclass(frozen=True, slots=True)
class Example:
    text: str
    intent: str
    entities: tuple[Annotation, ...] = ()


@dataclass(frozen=True, slots=True)
class TrainingData:
    """Everything read from one or more Rasa NLU files (or a TSV of text and intent)."""

    examples: tuple[Example, ...] = ()
    synonyms: dict[str, str] = field(default_factory=dict)
    """lower-cased variant -> canonical value"""
    regexes: dict[str, tuple[str, ...]] = field(default_factory=dict)
    lookups: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def intents(self) -> list[str]:
        return sorted({example.intent for example in self.examples})

    def counts(self) -> Counter[str]:
        return Counter(example.intent for example in self.examples)

    def merge(self, other: TrainingData) -> TrainingData:
        regexes = dict(self.regexes)
        for name, patterns in other.regexes.items():
            regexes[name] = (*regexes.get(name, ()), *patterns)
        lookups = dict(self.lookups)
        for name, values in other.lookups.items():
            lookups[name] = (*lookups.get(name, ()), *values)
        return TrainingData(
            examples=self.examples + other.examples,
            synonyms={**self.synonyms, **other.synonyms},
            regexes=regexes,
            lookups=lookups,
        )

    def subset(self, indices: Iterable[int]) -> TrainingData:
        """The same data with only the examples at ``indices`` (for cross-validation)."""
        chosen = tuple(self.examples[i] for i in indices)
        return TrainingData(chosen, self.synonyms, self.regexes, self.lookups)
