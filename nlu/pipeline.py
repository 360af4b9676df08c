"""The parser: entities -> placeholders -> normalise -> classify intent -> thresholds."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date

from nlu.classifier import Classification, IntentClassifier
from nlu.entities import EntityPipeline
from nlu.entities.base import overlaps
from nlu.lexicon import NEGATIONS
from nlu.normalise import Normaliser
from nlu.opener import GREET, NOT_A_REQUEST, after_opener
from nlu.types import Entity, IntentScore, ParseResult

FALLBACK_INTENT = "nlu_fallback"
"""The intent when there is no evidence: an empty message, or no word the classifier knows."""

PLACEHOLDERS = frozenset(
    {"nik", "kk", "phone", "email", "date", "money", "ticket", "region", "course_topic", "payout",
     "occupation"}
)  # fmt: skip
"""Entities the classifier sees as a placeholder (``<region>``, ``<course_topic>``, ``<nik>``
...) instead of their words, so that "pelatihan di <region>" is learnt once for all cities and
"saya <occupation>" once for all jobs. Waves, ages, languages and other entities defined by
training data keep their words."""

WORDS_KEPT = frozenset({"course_topic", "occupation"})
"""Placeholders that keep their words too: a topic's or a job's name may be what the message is
about ("bahasa inggris" to switch language to, "customer service" to talk to, "pns" or
"mahasiswa" for eligibility), while the placeholder still generalises across all of them."""

DISJUNCTION = "atau"
SIDE_CONFIDENCE = 0.7
"""Both sides of "A atau B" must be this sure of different intents to make the message
ambiguous between them."""


def with_placeholders(text: str, entities: Sequence[Entity]) -> str:
    """``text`` with entity spans replaced by placeholder markers the normaliser keeps (and,
    for ``WORDS_KEPT``, followed by the span's own words)."""
    parts: list[str] = []
    cursor = 0
    for entity in sorted(entities, key=lambda e: (e.start, -e.end)):
        if entity.entity not in PLACEHOLDERS or entity.start < cursor:
            continue
        name = re.sub(r"[^a-z_]", "_", entity.entity.lower())
        words = text[entity.start : entity.end] if entity.entity in WORDS_KEPT else ""
        parts += [text[cursor : entity.start], f" \x00{name}\x00 {words} "]
        cursor = entity.end
    parts.append(text[cursor:])
    return "".join(parts)


class Parser:
    """Synchronous ``parse`` for local classifiers; ``aparse`` for the engine (never blocks the
    event loop, whatever the classifier). Thread-safe for reading; ``set_catalogue`` swaps the
    course topics atomically."""

    def __init__(
        self,
        classifier: IntentClassifier,
        normaliser: Normaliser,
        entities: EntityPipeline | None = None,
        *,
        fallback_threshold: float = 0.5,
        ambiguity_margin: float = 0.1,
        placeholders: bool = False,
        today: Callable[[], date] = date.today,
    ) -> None:
        self.classifier = classifier
        self.normaliser = normaliser
        self.entities = entities or EntityPipeline()
        self.fallback_threshold = fallback_threshold
        self.ambiguity_margin = ambiguity_margin
        self.placeholders = placeholders
        self._today = today

    @property
    def intents(self) -> tuple[str, ...]:
        return self.classifier.intents

    def set_catalogue(self, topics: Sequence[str]) -> None:
        """Course categories and titles for ``course_topic`` (injected from the database)."""
        self.entities.set_catalogue(topics)

    def parse(self, text: str) -> ParseResult:
        entities, tokens = self._prepare(text)
        if not tokens:
            return self._empty(text, entities)
        whole = self.classifier.classify(text, tokens)
        rest = after_opener(tokens) if _top(whole) == GREET else None
        if rest is not None:
            whole = self._request_or(whole, self.classifier.classify(text, rest))
        sides = _sides(tokens)
        if sides is not None and _confident(whole, self.fallback_threshold):
            left, right = (self.classifier.classify(text, side) for side in sides)
            whole = _either(whole, left, right)
        return self._result(text, entities, whole)

    async def aparse(self, text: str) -> ParseResult:
        entities, tokens = self._prepare(text)
        if not tokens:
            return self._empty(text, entities)
        whole = await self.classifier.aclassify(text, tokens)
        rest = after_opener(tokens) if _top(whole) == GREET else None
        if rest is not None:
            whole = self._request_or(whole, await self.classifier.aclassify(text, rest))
        sides = _sides(tokens)
        if sides is not None and _confident(whole, self.fallback_threshold):
            left = await self.classifier.aclassify(text, sides[0])
            right = await self.classifier.aclassify(text, sides[1])
            whole = _either(whole, left, right)
        return self._result(text, entities, whole)

    def _request_or(self, greeting: Classification, rest: Classification) -> Classification:
        """What follows a greeting decides when it is a confident request (``nlu.opener``)."""
        if _confident(rest, self.fallback_threshold) and _top(rest) not in NOT_A_REQUEST:
            return rest
        return greeting

    def tokens(self, text: str) -> list[str]:
        """What the classifier sees: normalised tokens (with entity placeholders)."""
        return self._prepare(text)[1]

    def _prepare(self, text: str) -> tuple[tuple[Entity, ...], list[str]]:
        entities = self.entities.extract(text, self._today())
        shown = with_placeholders(text, entities) if self.placeholders else text
        return entities, self.normaliser.tokens(shown)

    def _empty(self, text: str, entities: tuple[Entity, ...]) -> ParseResult:
        return ParseResult(text, IntentScore(FALLBACK_INTENT, 0.0), (), entities, False, True)

    def _result(
        self, text: str, found: tuple[Entity, ...], classification: Classification
    ) -> ParseResult:
        ranking = classification.ranking
        entities = _merge(found, classification.entities)
        if not ranking:
            return ParseResult(text, IntentScore(FALLBACK_INTENT, 0.0), (), entities, False, True)
        top = ranking[0]
        margin = top.confidence - (ranking[1].confidence if len(ranking) > 1 else 0.0)
        ambiguous = margin < self.ambiguity_margin
        fallback = top.confidence < self.fallback_threshold or ambiguous
        return ParseResult(text, top, ranking, entities, ambiguous, fallback)


def _sides(tokens: list[str]) -> tuple[list[str], list[str]] | None:
    """"insentif atau saldo?" -> (["insentif"], ["saldo", "?"]): the two sides of one "atau"."""
    if tokens.count(DISJUNCTION) != 1:
        return None
    i = tokens.index(DISJUNCTION)
    left, right = tokens[:i], tokens[i + 1 :]
    words = [t for t in right if t[0].isalpha()]
    if not any(t[0].isalpha() for t in left) or not words:
        return None
    if words[0] in NEGATIONS and len(words) <= 2:
        return None  # "lolos atau tidak?" asks whether X, it is not about two things
    return left, right


def _top(classification: Classification) -> str | None:
    return classification.ranking[0].name if classification.ranking else None


def _confident(classification: Classification, threshold: float) -> bool:
    return bool(classification.ranking) and classification.ranking[0].confidence >= threshold


def _either(whole: Classification, left: Classification, right: Classification) -> Classification:
    """A question about two things is ambiguous between them: when each side alone is a
    confident, different intent, the ranking is the average of the two sides'."""
    if not left.ranking or not right.ranking:
        return whole
    a, b = left.ranking[0], right.ranking[0]
    if a.name == b.name or min(a.confidence, b.confidence) < SIDE_CONFIDENCE:
        return whole
    total: dict[str, float] = {}
    for side in (left, right):
        for score in side.ranking:
            total[score.name] = total.get(score.name, 0.0) + score.confidence / 2
    ranking = sorted(total.items(), key=lambda item: (-item[1], item[0]))
    return Classification(tuple(IntentScore(n, round(c, 6)) for n, c in ranking), whole.entities)


def _merge(ours: tuple[Entity, ...], theirs: tuple[Entity, ...]) -> tuple[Entity, ...]:
    """Entities from the classifier (a Rasa server) are kept where ours found nothing."""
    if not theirs:
        return ours
    extra = [e for e in theirs if not any(o.entity == e.entity and overlaps(o, e) for o in ours)]
    return tuple(sorted([*ours, *extra], key=lambda e: (e.start, e.end, e.entity)))
