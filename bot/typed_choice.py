"""A button typed instead of tapped: its title ("Kirim"; case, punctuation and emoji around it
ignored), or a plain "ya" / "tidak" when exactly one offered button means that ("Ya, beli",
"Kirim" at "Kirim sekarang?"). Users type what they see, on every channel: WhatsApp shows more
than three choices as a numbered list, and some users never tap. Read by the NLU instead,
"Kirim" at a complaint's confirmation was "unsubscribe", and "ya" at a purchase's was nothing."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from flows.messages import Inbound, Outbound
from flows.ordinals import ordinal
from flows.runtime.set_aside import continues
from flows.yes_no import asks_back, plain, yes_no

_EDGES = re.compile(r"^[\W_]+|[\W_]+$")
"""Punctuation, emoji and spaces around a title ("👉 Kirim!")."""


def _normal(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(_EDGES.sub("", folded).split())


@lru_cache(maxsize=4096)
def _title(title: str) -> str:
    """A button title's normal form: titles repeat on every turn (what users type is not
    cached: it may be personal)."""
    return _normal(title)


def offered(replies: Sequence[Outbound]) -> list[list[str]]:
    """``[title, payload, means, position]`` of the buttons these replies offer (``means``
    "yes", "no" or ""; ``position`` the button's number, counted over all the replies' buttons
    as a numbered list shows them, or "" when they offer no choice to number); a title two
    buttons share is left out (typing it chooses neither)."""
    by_title: dict[str, list[str]] = {}
    shared: set[str] = set()
    buttons = [button for reply in replies for button in reply.buttons]
    numbered = _a_choice(replies)
    for position, button in enumerate(buttons, start=1):
        title = _title(button.title)
        if title in by_title and by_title[title][1] != button.payload:
            shared.add(title)
        place = str(position) if numbered else ""
        by_title[title] = [button.title, button.payload, button.means or "", place]
    return [choice for title, choice in by_title.items() if title and title not in shared]


def _a_choice(replies: Sequence[Outbound]) -> bool:
    """Whether "yg ke 1" can point at these buttons: a list, or two or more buttons besides
    the menu button. After an answer offering only "Menu utama", "yg ke 1" still means the
    search results shown before (``flows.course_results``), not the menu."""
    if any(reply.style == "list" and reply.buttons for reply in replies):
        return True
    buttons = [button for reply in replies for button in reply.buttons]
    return sum(1 for b in buttons if b.payload != "menu" or b.means) >= 2


def chosen(inbound: Inbound, choices: Sequence[Sequence[str]], set_aside: bool = False) -> Inbound:
    """The inbound as the button it names, text kept for the transcript; else as it is. With a
    flow ``set_aside``, a bare "lanjut" goes back to it (as promised), no "yes" to a button."""
    if inbound.payload is not None or not inbound.text or len(inbound.text) > 80:
        return inbound
    if asks_back(inbound.text):
        return inbound  # "ya?" asks back: no button is chosen
    typed = _normal(inbound.text)
    for title, payload, *_ in choices:
        if typed and _title(title) == typed:
            return replace(inbound, payload=payload)
    number = ordinal(typed)
    numbered = [c for c in choices if number is not None and c[3:4] == [str(number)]]
    if len(numbered) == 1:  # "nomor 3", "yang ketiga" for the third button
        return replace(inbound, payload=numbered[0][1])
    listed = [c for c in choices if " · " in c[0] and _title(c[0].split(" · ")[0]) == typed]
    if typed and len(listed) == 1:  # a course typed without its price ("Title · Rp450.000")
        return replace(inbound, payload=listed[0][1])
    wished = [c for c in choices if _wished(typed, _title(c[0]))]
    if len(wished) == 1:  # "mau coba lagi" for "Coba lagi"
        return replace(inbound, payload=wished[0][1])
    named = [c for c in choices if c[2:3] in (["yes"], ["no"]) and _names(typed, c[0])]
    if len(named) == 1:  # "beli" for "Ya, beli", "lanjut aja" for "Lanjutkan"
        return replace(inbound, payload=named[0][1])
    answer = None if set_aside and continues(inbound.text) else yes_no(inbound.text)
    if answer is None:
        return inbound
    meant = [choice for choice in choices if choice[2:3] == ["yes" if answer else "no"]]
    if len(meant) != 1 or not plain(typed, frozenset(_title(meant[0][0]).split())):
        return inbound
    return replace(inbound, payload=meant[0][1])


_WISH = frozenset(
    {"mau", "ingin", "pengen", "pingin", "aku", "saya", "sy", "aja", "saja", "dong", "kak", "min",
     "deh", "ya", "yuk", "ok", "oke", "boleh", "tolong", "please", "pls"}
)  # fmt: skip


def _wished(typed: str, title: str) -> bool:
    """A whole title of 2+ words with only wishes or polite words around it ("mau coba lagi",
    "coba lagi aja kak" for "Coba lagi"); no negation ("ga mau coba lagi")."""
    if len(title.split()) < 2 or not re.search(rf"(?:^| ){re.escape(title)}(?: |$)", typed):
        return False
    rest = typed.replace(title, " ", 1).split()
    return all(word in _WISH for word in rest)


def _names(typed: str, title: str) -> bool:
    """A word (4+ letters) that is, or begins, a word of the title ("beli", "lanjut"), alone or
    with polite filler and no negation ("lanjut aja" for "Lanjutkan", not for "Ya, batalkan")."""
    title_words = re.findall(r"[^\W\d_]+", _title(title))
    words = typed.split()
    hits = {
        word
        for word in words
        if re.fullmatch(r"[^\W\d_]{4,}", word) and any(t.startswith(word) for t in title_words)
    }
    rest = " ".join(word for word in words if word not in hits)
    return bool(hits) and (not rest or (plain(rest) and yes_no(rest) is not False))


__all__ = ["chosen", "offered"]
