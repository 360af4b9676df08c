"""A button's title typed instead of tapped ("Kirim", "ya, kirim." is not; "kirim" is): that
button. Users type what they see, on every channel: WhatsApp shows more than three choices as a
numbered list, and some users never tap. Read by the NLU instead, "Kirim" at a complaint's
confirmation was "unsubscribe"."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import replace

from flows.messages import Inbound, Outbound

_EDGES = re.compile(r"^[\W_]+|[\W_]+$")
"""Punctuation, emoji and spaces around a title ("👉 Kirim!")."""


def _normal(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(_EDGES.sub("", folded).split())


def offered(replies: Sequence[Outbound]) -> list[list[str]]:
    """``[title, payload]`` of the buttons these replies offer; a title two buttons share is
    left out (typing it chooses neither)."""
    by_title: dict[str, list[str]] = {}
    shared: set[str] = set()
    for reply in replies:
        for button in reply.buttons:
            title = _normal(button.title)
            if title in by_title and by_title[title][1] != button.payload:
                shared.add(title)
            by_title[title] = [button.title, button.payload]
    return [pair for title, pair in by_title.items() if title and title not in shared]


def chosen(inbound: Inbound, choices: Sequence[Sequence[str]]) -> Inbound:
    """The inbound as the button whose title it is, text kept for the transcript; else as is."""
    if inbound.payload is not None or not inbound.text or len(inbound.text) > 80:
        return inbound
    typed = _normal(inbound.text)
    for title, payload in choices:
        if typed and _normal(title) == typed:
            return replace(inbound, payload=payload)
    return inbound


__all__ = ["chosen", "offered"]
