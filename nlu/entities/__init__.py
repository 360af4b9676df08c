"""Entity extraction: one module per extractor family, one pipeline that runs them all.

Numeric extractors (identity numbers, e-mail, phone, dates, money, waves, ages, tickets)
compete for the same digits: candidates are taken in that priority order and a later one
overlapping an earlier one is dropped. Lexical extractors (payout, region, course topic,
language, training-data entities) may overlap each other but not a numeric entity.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from nlu.entities.base import Context, EntityExtractor, resolve
from nlu.entities.catalogue import CatalogueMatcher, load_default_topics
from nlu.entities.contact import EmailExtractor, PhoneExtractor, check_email
from nlu.entities.dates import AgeExtractor, DateExtractor
from nlu.entities.identity import IdentityExtractor, check_kk, check_nik, mask, nik_birth_date
from nlu.entities.learned import LearnedEntities, LearnedExtractor
from nlu.entities.money import MoneyExtractor
from nlu.entities.programme import (
    LanguageExtractor,
    PayoutExtractor,
    TicketExtractor,
    WaveExtractor,
)
from nlu.entities.region import RegionExtractor
from nlu.types import Entity

BUILTIN = ("ticket", "email", "nik", "kk", "phone", "date", "money", "wave", "age", "payout",
           "region", "course_topic", "language")  # fmt: skip

__all__ = [
    "BUILTIN",
    "CatalogueMatcher",
    "Context",
    "EntityExtractor",
    "EntityPipeline",
    "LearnedEntities",
    "check_email",
    "check_kk",
    "check_nik",
    "mask",
    "nik_birth_date",
]


class EntityPipeline:
    """``known_words``: everyday words (lexicon, training vocabulary) that the course-topic
    matcher must not take for typos of catalogue words."""

    def __init__(
        self, learned: LearnedEntities | None = None, known_words: frozenset[str] = frozenset()
    ) -> None:
        self.catalogue = CatalogueMatcher(load_default_topics(), known=known_words)
        self._learned = LearnedExtractor(learned or LearnedEntities())
        self._numeric: tuple[EntityExtractor, ...] = (
            TicketExtractor(), EmailExtractor(), IdentityExtractor(), PhoneExtractor(),
            DateExtractor(), MoneyExtractor(), WaveExtractor(), AgeExtractor(),
        )  # fmt: skip
        self._lexical: tuple[EntityExtractor, ...] = (
            PayoutExtractor(), RegionExtractor(), self.catalogue, LanguageExtractor(),
            self._learned,
        )  # fmt: skip

    def set_catalogue(self, topics: Sequence[str]) -> None:
        self.catalogue.set_topics(topics)

    def extract(self, text: str, today: date) -> tuple[Entity, ...]:
        if not text.strip():
            return ()
        context = Context.of(text, today)
        numeric = [e for x in self._numeric for e in x.extract(context)]
        lexical = [self._canonical(e) for x in self._lexical for e in x.extract(context)]
        return resolve(numeric, lexical)

    def _canonical(self, entity: Entity) -> Entity:
        if not isinstance(entity.value, str):
            return entity
        value = self._learned.canonical(entity.value)
        if value == entity.value:
            return entity
        return Entity(entity.entity, value, entity.start, entity.end, entity.extra)
