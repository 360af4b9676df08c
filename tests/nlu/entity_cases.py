"""Helpers for the entity table tests."""

from __future__ import annotations

from datetime import date

from nlu.entities import EntityPipeline, LearnedEntities

TODAY = date(2025, 6, 1)
PIPELINE = EntityPipeline()


def found(text: str, name: str, pipeline: EntityPipeline = PIPELINE) -> list[tuple[object, str]]:
    """(value, surface text) of every ``name`` entity in ``text``."""
    return [(e.value, text[e.start : e.end]) for e in pipeline.extract(text, TODAY)
            if e.entity == name]  # fmt: skip


def extra(text: str, name: str, pipeline: EntityPipeline = PIPELINE) -> dict[str, object]:
    entities = [e for e in pipeline.extract(text, TODAY) if e.entity == name]
    assert len(entities) == 1, entities
    return entities[0].extra


def learned_pipeline() -> EntityPipeline:
    return EntityPipeline(
        LearnedEntities(
            regexes={"voucher": (r"\bVC-[0-9]{4}\b",)},
            phrases={"occupation": ("pns", "kepala desa", "kades", "guru honorer")},
            synonyms={"pns": "asn", "kades": "kepala desa"},
        )
    )
