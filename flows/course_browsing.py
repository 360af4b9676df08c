"""Text typed at the course browser that is neither a category nor a search yet: a change of
mind ("eh ga jadi, mau yg jahit aja": what comes after "ga jadi" is the new wish) and being
lost ("ga tau bingung", "apa aja pilihannya": how to choose, and the choices again)."""

from __future__ import annotations

import re
from dataclasses import is_dataclass, replace
from typing import Any

from flows.course_followups import follows_up
from flows.runtime import controls
from flows.runtime.machine import FlowTurn
from flows.turn import Message

_CHANGED = re.compile(
    r"^(?:(?:eh+|oh+|hmm+|ya+|yaudah|udah|udh|ok|oke|wah)[\s,.!]+)*"
    r"(?:(?:gak|ga|gk|nggak|ngga|enggak|tidak|tdk|ndak) ?(?:jadi|jd)|batal(?:kan|in)?|"
    r"never ?mind)(?:[\s,.!]+(?:deh|dah|sih|ya))*[\s,.!]+(?P<rest>\w.*)$"
)
_WISHES = (None, "course_search")
"""What a change of mind may go on to ask for here: nothing the NLU or the words name ("mau
yg jahit aja"), or courses; "ga jadi, mau daftar aja" is left to the router."""
_LOST = re.compile(
    r"\b(?:bingung|binggung|(?:ga|gak|gk|nggak|ngga|tidak|tdk) ?(?:tau|tahu|ngerti|paham)|"
    r"confused|not sure)\b"
)
_BROWSER_STEPS = ("categories", "list")
_TAKEN_BACK = re.compile(
    r"(?:(?:eh+|oh+|hmm+|ya+|yaudah|ok|oke|wah)[\s,.!]+)*"
    r"(?:(?:gak|ga|gk|nggak|ngga|enggak|tidak|tdk|ndak) ?(?:jadi|jd)(?: (?:beli|ambil))?|"
    r"batal(?:kan|in)?|never ?mind|not now|nanti (?:dulu|dlu|aja)|(?:skip|lewat) (?:dulu|aja))"
    r"(?:[\s,.!]+(?:deh|dah|sih|ya|kak|min|aja|dulu|dlu|ajah|dong|yang ini|yg ini|ini))*[\s,.!]*"
)
"""The whole message takes back the course on screen ("ga jadi deh", "batal aja", "nanti
dulu"): nothing asked instead (that is ``changed_to``'s)."""


def instead(turn: FlowTurn) -> FlowTurn:
    """The turn with only the new wish when the message takes back the last choice and asks
    for something else on courses ("eh ga jadi, mau yg jahit aja" -> "mau yg jahit aja", read
    afresh); else the turn as it is."""
    rest = changed_to(turn.message)
    return turn if rest is None else FlowTurn(turn.session, rest, turn.ctx)


def changed_to(message: Message) -> Message | None:
    """What a change of mind asks for instead, as a message of its own ("gajadi, cari yg
    desain grafis" -> "cari yg desain grafis"); None: no change of mind, or one to another
    request than courses ("ga jadi, mau daftar aja" is the router's)."""
    changed = _CHANGED.match(" ".join((message.text or "").lower().split()))
    if changed is None or _other_request(message):
        return None
    rest = changed.group("rest")
    return replace(
        message,
        text=rest,
        intent=None,
        confidence=0.0,
        ranking=(),
        ambiguous=False,
        entities=_within(message, rest),
    )


_GUESS = 0.3
"""The least confidence of the NLU's other reading behind a change of mind for it to name
another request; below it, what the words name counts ("eh gajadi, mending yg ttg jualan online
aja", complaint at 0.02: before, no change of mind and "I didn't catch that")."""


def _other_request(message: Message) -> bool:
    """A change of mind asking for something else than courses, in words or surely."""
    other = controls.after_cancel(message)
    if other in _WISHES:
        return False
    if controls.named_after_cancel(message) is not None:
        return True  # "ga jadi, mau daftar aja"
    return dict(message.ranking).get(str(other), 0.0) >= _GUESS


def _within(message: Message, rest: str) -> tuple[Any, ...]:
    """The message's entities found in ``rest`` (its end), placed in it."""
    at = (message.text or "").lower().rfind(rest)
    if at < 0:
        return ()
    return tuple(
        _moved(item, at)
        for item in message.entities
        if getattr(item, "start", -1) >= at and is_dataclass(item)
    )


def _moved(item: Any, by: int) -> Any:
    return replace(item, start=item.start - by, end=item.end - by)


_GO_ON = re.compile(
    r"(?:(?:oke|ok|okay|ya|iya|yaudah|sip)[\s,.!]+)*"
    r"(?:lanjut\w*|lnjt|lnjut|next|terus(?:in)?|teruskan|continue|go on)"
    r"(?:[\s,.!]+(?:aja|ya|kak|min|dong|deh|kan|please))*[\s,.!]*"
)
"""The whole message only goes on ("lanjut", "oke lanjut aja"): at the categories there is
nothing to go on to before one is picked."""


def goes_on(turn: FlowTurn) -> bool:
    """At the categories: a bare "lanjut" (before, the menu's fallback)."""
    words = " ".join((turn.message.text or "").lower().split())
    return turn.session.step == "categories" and bool(_GO_ON.fullmatch(words))


def categories_key(turn: FlowTurn) -> str:
    """What is said before the categories shown again: pick one first, or how to choose."""
    return "courses.lost.go_on" if goes_on(turn) else "courses.lost.categories"


def lost(turn: FlowTurn) -> bool:
    """At the categories or a category's list: the user does not know what to choose, or
    goes on before choosing ("lanjut")."""
    message = turn.message
    if turn.session.step not in _BROWSER_STEPS or not message.text:
        return False
    if goes_on(turn):
        return True
    if message.intent == "help" and message.confidence >= controls.CLEAR_REQUEST:
        return True  # "apa aja pilihannya" (its "apa aja" is no choice of "any mode")
    if follows_up(message):
        return False  # "yang online aja": a choice made
    return controls.is_unsure(message) or bool(_LOST.search(message.text.lower()))


def takes_back(turn: FlowTurn) -> bool:
    """At a course's details (or its purchase's confirmation): the user changes their mind
    with nothing else ("ga jadi deh"): the list it came from again, not the main menu."""
    message = turn.message
    if turn.session.step != "detail" or message.payload is not None or not message.text:
        return False
    return bool(_TAKEN_BACK.fullmatch(" ".join(message.text.lower().split())))
