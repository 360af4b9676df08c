"""The digital platforms compared, or one asked for as the better place to buy ("bedanya
bukalapak sama sekolahmu apa", "mending beli dimana min", "platform mana yang paling bagus?",
"tokopedia atau pintaria?"): the courses on every partner platform are the same programme's,
bought with the same training balance; the assistant recommends none of them, and says what to
compare instead (price, ratings and reviews, schedule, mode). Before, such a question was out
of scope. A platform that is no partner named beside them ("tokped atau shopee?") is left to
the buying answer (``flows.course_buying``), which says which are partners."""

from __future__ import annotations

import re

from flows import course_platforms as platforms
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

_COMPARE = re.compile(
    r"\b(?:beda\w*|perbedaan\w*|dibanding\w*|banding\w*|vs|versus|mending\w*|bagusan|enakan|"
    r"murahan|lebih (?:bagus|baik|enak|murah|oke|ok|aman|terpercaya|recommended)|paling (?:bagus|"
    r"baik|enak|murah|oke|ok|aman|terpercaya|recommended)|terbaik|rekomen\w*|rekom|saran\w*|"
    r"better|best|compare\w*|difference|recommend\w*|which (?:platform|one|is better))\b"
)
"""Comparing or asking for the better one: "bedanya", "mending", "yg paling bagus", "better"."""
_EITHER = re.compile(r"\b(?:atau|ato|apa|or|vs)\b")
"""One or the other: "tokopedia atau pintaria?"."""
_WHERE = re.compile(
    r"\b(?:di ?mana|dmn|dmna|where|platform\w*|aplikasi (?:apa|mana)|situs (?:apa|mana)|"
    r"tempat\w*|marketplace)\b"
)
"""Where to buy, or the platforms as such."""
_BUYING = re.compile(r"\b(?:beli\w*|membeli|buy\w*|purchas\w*|ambil|platform\w*)\b")


def asks(lowered: str) -> bool:
    """Whether a (lower-cased) message compares the platforms or asks which is better."""
    found = {platforms.named(word) for word in platforms.WORDS.findall(lowered)}
    named = {item for item in found if item is not None}
    if any(item.kind != "partner" for item in named):
        return False  # "tokped atau shopee?": which is a partner, not which is better
    if len(named) >= 2:
        return bool(_COMPARE.search(lowered) or _EITHER.search(lowered))
    where = bool(named) or bool(_WHERE.search(lowered))
    return where and bool(_COMPARE.search(lowered)) and bool(_BUYING.search(lowered) or named)


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """The same programme on every platform, what to compare, no platform recommended."""
    lowered = " ".join((turn.message.text or "").lower().split())
    if turn.message.payload is not None or turn.session.flow is not None or not asks(lowered):
        return None
    search = turn.button("menu.courses", "flow:course_choice")
    line = turn.say("courses.platform_compare", platforms=platforms.listed())
    return [Outbound(line, (search, turn.menu_button()))]


__all__ = ["answer", "asks"]
