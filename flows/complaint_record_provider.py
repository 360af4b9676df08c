"""The training provider of a certificate or provider complaint, from the linked record: the
course the story names ("hidroponik"), else the only course bought. Not asked again: before,
"Nama lembaga pelatihannya apa?" was asked although the record knew the course and its
provider (and "oke bikin pengaduan" there was told it was no provider's name)."""

from __future__ import annotations

import re

from flows.my_data import participant
from flows.queries import EnrolmentsQuery
from flows.runtime.machine import FlowTurn, Slots
from flows.turn import Ask
from flows.views import EnrolmentView

CATEGORIES = ("certificate", "provider")
MIN_WORD = 5
"""A word of a course's title this long, named in the story, names that course."""
_COMMON = frozenset({"untuk", "pemula", "dasar", "mahir", "hingga", "dengan", "pelatihan"})


def _named(story: str, bought: list[EnrolmentView]) -> EnrolmentView | None:
    said = set(re.findall(r"[a-z]+", story.lower()))
    for item in bought:
        words = {w for w in re.findall(r"[a-z]+", item.title.lower()) if len(w) >= MIN_WORD}
        if words - _COMMON & said:
            return item
    return None


def _course_of(story: str, category: str, bought: list[EnrolmentView]) -> EnrolmentView | None:
    bought = [item for item in bought if item.status != "cancelled" and item.provider]
    named = _named(story, bought)
    if named is not None or category != "certificate" or len(bought) != 1:
        return named
    return bought[0]  # a certificate of the only course bought


def fill(turn: FlowTurn, slots: Slots) -> Ask[None]:
    """The provider from the record, when the category asks it and it is not told already."""
    category = str(slots.get("category"))
    if category not in CATEGORIES or "provider" in slots:
        return None
    person = yield from participant(turn)
    if person is None:
        return None
    bought: list[EnrolmentView] = yield EnrolmentsQuery(person.id)
    found = _course_of(str(slots.get("description", "")), category, bought)
    if found is not None:
        slots["provider"] = found.provider
    return None


__all__ = ["fill"]
