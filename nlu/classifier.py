"""The seam every intent classifier plugs into (the linear model, a Rasa server, ...)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from nlu.types import Entity, IntentScore


@dataclass(frozen=True, slots=True)
class Classification:
    """Intents best first (confidences sum to at most 1) and entities the classifier found."""

    ranking: tuple[IntentScore, ...]
    entities: tuple[Entity, ...] = ()


@runtime_checkable
class IntentClassifier(Protocol):
    """``classify`` is synchronous (CLI, local models); ``aclassify`` never blocks the loop."""

    @property
    def intents(self) -> tuple[str, ...]: ...

    def classify(self, text: str, tokens: Sequence[str]) -> Classification: ...

    async def aclassify(self, text: str, tokens: Sequence[str]) -> Classification: ...
