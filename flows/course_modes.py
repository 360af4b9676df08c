"""How a course-search message says a class is held: the mode named ("yg online", "tatap
muka", "via zoom") or the one left when the other is ruled out ("soalnya ga bisa online": in
person). ``flows.course_query`` reads the rest of a search message."""

from __future__ import annotations

import re

_MODES = (
    ("webinar", r"\b(?:webinar\w*|zoom|g ?meet|google meet|tatap maya|(?:kelas|sesi|secara|yg|"
     r"yang|via|lewat) live|live (?:zoom|class|session|online|webinar)|virtual class)\b"),
    ("self_paced", r"\b(?:mandiri|self.?paced|lms|rekaman|recorded|(?:lewat|via|pake|pakai|"
     r"berupa|bentuk|format|nonton|yg|yang|cuma|hanya) video(?! ?edit)|video (?:belajar|"
     r"pembelajaran|rekaman|mandiri|lms|only|courses?))\b"),
    ("online", r"\b(?:online|onlen|onlin|onlain|daring)\b"),
    ("offline", r"\b(?:offline|ofline|oflen|offlen|oflin|luring|tatap muka|kelas langsung|"
     r"in.?person|face.to.face|(?:praktek|praktik) langsung|langsung (?:praktek|praktik)|"
     r"hands.on)\b"),
    ("hybrid", r"\b(?:hybrid|hibrida|campuran)\b"),
    ("any", r"\b(?:bebas|semua|apa aja|apa saja|terserah|any)\b"),
)  # fmt: skip
"""How a class is held, the narrowest first: webinar (live, Zoom), self-paced (video); "online"
is either, never a blended class (partly held in person). "Praktek langsung" (hands-on) asks for
a class in person: before, "montir motor ... maunya yg praktek langsung" searched the words."""
_NEGATED_MODE = re.compile(
    r"\b(?:ga|gak|gk|g|nggak|ngga|enggak|tidak|tdk|bukan|kurang|no|not|can'?t|cannot|can not|"
    r"couldn'?t|don'?t|do not|unable to)\s+"
    r"(?:(?:bisa|bs|mau|suka|pengen|ikut|belajar|kelas|pakai|pake|do|want|like|to|learn|study|"
    r"take|attend|join|be|go|use)\s+){0,2}"
    r"(?:online|onlen|daring|offline|luring|hybrid|campuran|webinar|zoom)\b"
)
"""A mode ruled out ("soalnya ga bisa online", "aku ga bisa belajar online", "i can't learn
online"): its words name no topic, and the other kind is what is wanted (``_ruled_out``)."""
_RULED_OUT = (
    ("offline", re.compile(r"\b(?:online|onlen|daring|webinar|zoom)$")),
    ("online", re.compile(r"\b(?:offline|luring)$")),
)
"""The kind wanted when only the other is ruled out: online ruled out is a class in person
(offline; the search lets go to a blended class in the same city when there is none)."""


def apostrophes(text: str) -> str:
    """Typographic apostrophes and backticks as plain ones ("can’t" reads as "can't")."""
    return text.replace("\u2019", "'").replace("`", "'")


def mode_in(text: str) -> str | None:
    """The mode a message names, or the one left when it rules out the other; None if none."""
    lowered = apostrophes(text.lower())
    kept = without_ruled_out(lowered)
    named = next((value for value, pattern in _MODES if re.search(pattern, kept)), None)
    return named if named is not None else _ruled_out(lowered)


_SHOPPING = re.compile(
    r"\b(?:belanja|berbelanja|blanja|beli|membeli|bayar|transaksi|shopping|shop|buy|pay)\w*\s+"
    r"(?:secara\s+|lewat\s+|via\s+)?(?:online|onlen|daring)\b"
)
"""Shopping online ("saya tidak pernah belanja online"): how one buys, not how a class is held."""


def without_ruled_out(lowered: str) -> str:
    """A lowercased message without the modes it rules out ("i can't learn online") or that
    name shopping ("belanja online")."""
    return _SHOPPING.sub(" ", _NEGATED_MODE.sub(" ", lowered))


def without_modes(lowered: str) -> str:
    """A lowercased message without the modes it names ("tatap muka", "via zoom"): they say
    how a class is held, not what it teaches."""
    for pattern in dict(_MODES).values():
        lowered = re.sub(pattern, " ", lowered)
    return lowered


def _ruled_out(lowered: str) -> str | None:
    """ "i can't learn online", "ga bisa daring": the other kind of class; None when several
    or none are ruled out."""
    wanted = {
        kind
        for said in _NEGATED_MODE.finditer(lowered)
        for kind, ruled in _RULED_OUT
        if ruled.search(said.group(0))
    }
    return wanted.pop() if len(wanted) == 1 else None
