"""The base of every query a flow yields (the areas' queries subclass it)."""

from __future__ import annotations


class Query:
    """Base of every request a flow makes to the engine."""
