"""The response catalogue: every user-facing string, per language, by key."""

from __future__ import annotations

from functools import cache
from importlib import resources
from string import Formatter
from typing import Any

import yaml

LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "id"


def _flatten(prefix: str, node: Any, out: dict[str, str]) -> None:
    if isinstance(node, dict):
        for name, child in node.items():
            _flatten(f"{prefix}.{name}" if prefix else str(name), child, out)
    else:
        out[prefix] = str(node)


@cache
def _catalogue(language: str) -> dict[str, str]:
    path = resources.files("flows").joinpath("responses", f"{language}.yml")
    raw = path.read_text("utf-8")
    flat: dict[str, str] = {}
    _flatten("", yaml.safe_load(raw), flat)
    return flat


def keys(language: str) -> dict[str, set[str]]:
    """Every key of a catalogue with the placeholders its text uses (for consistency tests)."""
    return {
        key: {field for _, field, _, _ in Formatter().parse(text) if field}
        for key, text in _catalogue(language).items()
    }


def has(key: str, language: str = DEFAULT_LANGUAGE) -> bool:
    return key in _catalogue(language)


def template(language: str, key: str) -> str:
    """The unformatted text of ``key`` (placeholders kept), falling back to Indonesian."""
    return _catalogue(language if language in LANGUAGES else DEFAULT_LANGUAGE)[key]


def text(language: str, key: str, **params: object) -> str:
    """The response ``key`` in ``language`` (falls back to Indonesian), formatted with params.

    An unknown key raises KeyError: a missing response is a bug to catch in tests.
    """
    raw = template(language, key)
    return raw.format(**params) if params else raw
