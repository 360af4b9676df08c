"""The values a parse produces: intent scores, entities and the parse result."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class IntentScore:
    """One intent and its calibrated probability."""

    name: str
    confidence: float

    def to_rasa(self) -> dict[str, object]:
        return {"name": self.name, "confidence": self.confidence}


@dataclass(frozen=True, slots=True)
class Entity:
    """A normalised value found in the message; ``start``/``end`` index the original text.

    ``extra`` carries what flows need to explain a value: ``{"valid": False, "reason": ...}``
    for a rejected candidate, ``{"code": "3273"}`` for a region, ``{"gender": "F"}`` ...
    """

    entity: str
    value: str | int
    start: int
    end: int
    extra: dict[str, object] = field(default_factory=dict, compare=False, hash=False)

    @property
    def valid(self) -> bool:
        return self.extra.get("valid", True) is not False

    def to_rasa(self) -> dict[str, object]:
        return {"entity": self.entity, "value": self.value, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class ParseResult:
    """What the parser understood; ``fallback`` tells the engine not to trust ``intent``."""

    text: str
    intent: IntentScore
    ranking: tuple[IntentScore, ...]
    entities: tuple[Entity, ...]
    ambiguous: bool
    fallback: bool

    def entity(self, name: str) -> Entity | None:
        """The first entity called ``name``, if any."""
        return next((item for item in self.entities if item.entity == name), None)

    def to_rasa(self) -> dict[str, object]:
        """The shape of Rasa's ``/model/parse`` response."""
        return {
            "text": self.text,
            "intent": self.intent.to_rasa(),
            "intent_ranking": [score.to_rasa() for score in self.ranking],
            "entities": [item.to_rasa() for item in self.entities],
        }
