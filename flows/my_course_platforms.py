"""On which platform each course a participant bought was bought ("pelatihan yg aku beli itu
di platform apa?"): the bought courses' list then names it. DOMAIN.md: courses are bought on the
programme's digital platform partners; the schedule and progress are on that platform.

The enrolment records name no platform (``views.EnrolmentView`` holds the title only), so the
course is found in the catalogue by its exact title and its details give the platform; a title
found no or several times gives none (the line is then shown without it). Read only when the
message asks for the platform (``asks_platform``), never for the plain list."""

from __future__ import annotations

import re
from typing import Any

from flows.queries import CourseDetailQuery, CourseSearch
from flows.turn import Ask
from flows.views import SearchPage

_PLATFORM = re.compile(
    r"\b(?:platform\w*|aplikasi\w*|apps?|situs\w*|website|marketplace|"
    r"(?:beli|dibeli|belinya)\s+(?:di\s*mana|dmn|dimana|lewat\s+apa|via\s+apa)|"
    r"(?:di\s*mana|dmn|dimana)\s+(?:(?:aku|saya|sy|gw)\s+)?(?:beli|belinya|dibeli)|"
    r"where (?:did|do) i (?:buy|bought)|bought (?:it )?(?:on|from) (?:which|what))\b"
)
_SEARCH_SYNTAX = re.compile(r"[|~]")
"""Characters the course search reads as its own syntax (alternatives, preferred words)."""
SEARCHED = 10
"""Courses of the title's words looked through for the one with that exact title."""


def asks_platform(text: str) -> bool:
    """Whether the message asks where (on which platform) the courses were bought."""
    return bool(_PLATFORM.search(text.lower()))


def platform_of(title: str) -> Ask[str | None]:
    """The platform of the catalogue's one course titled ``title``, else None."""
    words = _SEARCH_SYNTAX.sub(" ", title)
    found: SearchPage = yield CourseSearch(words, per_page=SEARCHED)
    same = [item for item in found.items if item.title.casefold() == title.casefold()]
    if len(same) != 1:
        return None
    course: Any = yield CourseDetailQuery(same[0].id)
    return str(course.platform) if course is not None and course.platform else None


__all__ = ["asks_platform", "platform_of"]
