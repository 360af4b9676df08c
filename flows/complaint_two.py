"""Two problems told in the message that opens a complaint ("mau ngadu 2 hal, pertama insentif
aku gagal, kedua sertifikat pelatihan kedua ga muncul"): one ticket each. The first is filed
now with its own part of the message as the story; the second is kept (``complaint_second``)
and said to come next, then offered with its button once the first is filed. Before, the
second was never acknowledged nor offered."""

from __future__ import annotations

import re

from flows.complaint_second import SECOND
from flows.complaint_story import masked
from flows.complaint_topics import category_for
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn, Slots

_SECOND_PART = re.compile(
    r"(?:^|[,;.]\s*|\s)(?:(?:yg|yang|dan|terus|trs|sama)\s+)?(?:kedua|kedua(?:nya)?,|ke-?2|"
    r"no\.?\s*2|nomor 2|2[.)]|second(?:ly)?)\s+"
)
"""Where the second problem starts: "kedua ...", "2. ...", "yang kedua", "secondly"."""
_TWO_ANNOUNCED = re.compile(
    r"\b(?:2|dua|two)\s+(?:hal|masalah|pengaduan|aduan|laporan|keluhan|komplain|things|problems|"
    r"issues|complaints)\b|\b(?:pertama|1[.)]|first(?:ly)?)\b"
)
"""Two problems announced: "2 hal", "dua masalah", "pertama ..."."""
TOLD_FIRST = "_two_told"
"""The second problem came in the opening message: said once, when the complaint starts."""


_COUNTED = re.compile(
    r"\b(?:2|dua|two)\s+(?:hal|masalah|pengaduan|aduan|laporan|keluhan|komplain|things|problems|"
    r"issues|complaints)\b"
)
_JOINED = re.compile(r"\s+(?:sama|sm|ama|dan|dn|serta|plus|juga|and|also)\s+|\s*[,;]\s*")
"""Where a second problem may start once two were counted ("2 masalah, insentif gagal sama
sertifikat ga muncul"): a conjunction or a comma, no ordinal word ("terus" is no joint:
"gagal terus" is "keeps failing")."""
_ANNOUNCEMENT = re.compile(
    r"^.*?\b(?:2|dua|two)\s+(?:hal|masalah|pengaduan|aduan|laporan|keluhan|"
    r"komplain|things|problems|issues|complaints)\b\W*"
)
"""The words announcing the two ("mau lapor 2 masalah,"), no part of the first one's story."""


def split(text: str) -> tuple[str, str] | None:
    """(first part, second part) of a message telling two problems of different categories:
    at an ordinal word ("kedua ..."), else, two problems counted, at a conjunction ("sama")."""
    lowered = " ".join(text.lower().split())
    if not _TWO_ANNOUNCED.search(lowered):
        return None
    marked = [found for found in _SECOND_PART.finditer(lowered) if found.start() > 0][:1]
    joined = list(_JOINED.finditer(lowered)) if _COUNTED.search(lowered) else []
    for found in [*marked, *joined]:  # "pelatihan kedua ga muncul" is no second part
        first, second = lowered[: found.start()].strip(" ,;."), lowered[found.end() :].strip()
        named_first, named_second = category_for(first), category_for(second)
        if named_first is not None and named_second is not None and named_first != named_second:
            return _ANNOUNCEMENT.sub("", first) or first, second
    return None


def prefill(text: str, slots: Slots) -> Slots:
    """The first problem's category and story; the second kept for after the filing."""
    parts = split(text)
    if parts is None:
        return slots
    first, second = parts
    found = dict(slots)
    found["category"] = category_for(first)
    found[SECOND] = {"category": category_for(second), "story": masked(second)}
    if "description" in found:
        found["description"] = masked(first)  # the first problem's part only
    found[TOLD_FIRST] = True
    return found


def said_first(turn: FlowTurn) -> list[Outbound]:
    """ "One at a time": this complaint first, the other one next (once)."""
    if not turn.slots.pop(TOLD_FIRST, False):
        return []
    kept = turn.slots.get(SECOND)
    if not isinstance(kept, dict):
        return []
    first = turn.say(f"complaints.category.options.{turn.slots.get('category')}")
    second = turn.say(f"complaints.category.options.{kept['category']}")
    return [Outbound(turn.say("complaints.second.one_at_a_time", first=first, second=second))]


__all__ = ["TOLD_FIRST", "prefill", "said_first", "split"]
