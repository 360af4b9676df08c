"""A ticket's category as the participant reads it: the complaint form's label, or a generic
one for a category this code does not know (older data, a ticket filed by another system):
a status answer never fails on a ticket's category."""

from __future__ import annotations

from flows.responses import has
from flows.runtime.machine import FlowTurn

GENERIC = "complaints.category.generic"
"""The label of a category without its own (``complaints.category.options``)."""


def label(turn: FlowTurn, category: str) -> str:
    """The label of ``category``, the generic one when the catalogue has none."""
    key = f"complaints.category.options.{category}"
    return turn.say(key if has(key) else GENERIC)


__all__ = ["GENERIC", "label"]
