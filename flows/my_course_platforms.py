"""On which platform each course a participant bought was bought ("pelatihan yg aku beli itu
di platform apa?"): the bought courses' list then names it. DOMAIN.md: courses are bought on the
programme's digital platform partners; the schedule and progress are on that platform.

Each enrolment record carries its course's platform (``views.EnrolmentView.platform``), so no
catalogue look-up is needed: a course renamed, offered twice or no longer offered still shows
it. Shown only when the message asks for the platform (``asks_platform``), never for the plain
list."""

from __future__ import annotations

import re

from flows.views import EnrolmentView

_PLATFORM = re.compile(
    r"\b(?:platform\w*|aplikasi\w*|apps?|situs\w*|website|marketplace|"
    r"(?:beli|dibeli|belinya)\s+(?:di\s*mana|dmn|dimana|lewat\s+apa|via\s+apa)|"
    r"(?:di\s*mana|dmn|dimana)\s+(?:(?:aku|saya|sy|gw)\s+)?(?:beli|belinya|dibeli)|"
    r"where (?:did|do) i (?:buy|bought)|bought (?:it )?(?:on|from) (?:which|what))\b"
)


def asks_platform(text: str) -> bool:
    """Whether the message asks where (on which platform) the courses were bought."""
    return bool(_PLATFORM.search(text.lower()))


def platform_of(item: EnrolmentView) -> str | None:
    """The platform the course of ``item`` was bought on, else None."""
    return item.platform or None


__all__ = ["asks_platform", "platform_of"]
