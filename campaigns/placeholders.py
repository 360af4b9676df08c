"""What a campaign text may hold in braces: ``{name}``, the recipient's first name
(``storage.repositories.campaign_deliveries.fill``). Anything else in braces ("{nama}", "{0}",
"{name.__class__}") would go out literally, so the console refuses it."""

from __future__ import annotations

import re

__all__ = ["ALLOWED", "allowed_list", "unknown"]

ALLOWED = {"{name}": "nama depan penerima"}
"""The placeholders ``fill`` replaces, and what each becomes (as the console says it)."""

_BRACED = re.compile(r"\{[^{}]*\}|[{}]")
"""A placeholder, or a brace left open or closed on its own ("{nama", "nama}")."""


def unknown(template: str) -> list[str]:
    """The placeholders (and lone braces) in ``template`` that are not ``ALLOWED``, each once,
    in the order they come."""
    found: list[str] = []
    for braced in _BRACED.findall(template):
        if braced not in ALLOWED and braced not in found:
            found.append(braced)
    return found


def allowed_list() -> str:
    """``{name} (nama depan penerima)``: what the console offers instead."""
    return ", ".join(f"{token} ({meaning})" for token, meaning in ALLOWED.items())
