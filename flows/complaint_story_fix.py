"""A correction of the story typed at the summary ("eh salah, maksudnya sudah 3 minggu", "eh
tunggu salah, baru seminggu"): the time it corrects is replaced in the story ("sudah seminggu
selesai kelas" becomes "sudah 3 minggu selesai kelas"); any other correction is added as
"Ralat: ...", without the correction words. Before, the message was added word for word, so
the ticket said both "seminggu" and "eh salah, maksudnya sudah 3 minggu"."""

from __future__ import annotations

import re

from flows import complaint_story as story
from flows.messages import MAX_TEXT_LENGTH, Outbound
from flows.runtime.machine import FlowTurn
from flows.turn import Ask

_SO = r"maksud|harusnya|seharusnya|sebenernya|sebenarnya|yang bener|yg bener"
_CORRECTION = re.compile(
    r"^(?:(?:eh+|oh+|eits|ups|maaf|sorry|wait|tunggu|bentar|sebentar|kak|min)\W+)*"
    r"(?:(?:aku |saya |sy )?(?:salah(?: tulis| ketik)?|keliru)"
    rf"(?:\s*[,.:;!-]+\s*|\s+(?={_SO}))|(?:ralat|koreksi)\W+)?"
    r"(?:(?:maksud\w*|harusnya|seharusnya|sebenernya|sebenarnya|yang bener\w*|yg bener\w*)"
    r"(?: (?:aku|saya|sy|tuh|itu))?\W+)?"
)
"""The correction words opening the message; "salah" or "maksudnya" among them."""
_SAID = re.compile(r"\b(?:salah|keliru|ralat|koreksi|maksud\w*|harusnya|sebenar\w*|bener\w*)\b")
_NUMBER = r"\d+|se|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh"
_TIME = re.compile(
    r"\b(?:(?:sudah|udah|udh|sdh|dah|baru|hampir|lebih dari|lebih|sekitar|kurang lebih)\s+)*"
    rf"(?:{_NUMBER})\s*(?:hari|minggu|pekan|bulan|tahun|days?|weeks?|months?|years?)\b"
)
"""How long, with its "sudah"/"baru" ("sudah seminggu", "baru 3 hari", "2 minggu")."""
MAX_LEFT_WORDS = 2
"""What the correction says besides the time, at most: then it corrects the time only."""


def correction(text: str) -> str | None:
    """What a correction says, without its correction words ("sudah 3 minggu")."""
    lowered = " ".join(text.lower().split())
    opener = _CORRECTION.match(lowered)
    if opener is None or not _SAID.search(opener.group(0)):
        return None
    rest = " ".join(text.split())[opener.end() :].strip(" .,!")
    return rest or None


def corrected(before: str, said: str) -> str:
    """The story with the correction made: the one time it names replaced, or "Ralat: ..."."""
    times, new = list(_TIME.finditer(before.lower())), _TIME.search(said.lower())
    left = len(_TIME.sub(" ", said.lower()).split()) if new else MAX_LEFT_WORDS + 1
    if len(times) == 1 and new is not None and left <= MAX_LEFT_WORDS:
        found = times[0]
        return before[: found.start()] + said[new.start() : new.end()] + before[found.end() :]
    return f"{before}\nRalat: {said}"[:MAX_TEXT_LENGTH]


def amend(turn: FlowTurn) -> Ask[list[Outbound]]:
    """The summary's story corrected (see above), or a story typed there taken in
    (``complaint_story.amend``)."""
    said = correction(story.masked(turn.message.text or ""))
    before = str(turn.slots.get("description") or "")
    if said is None or not before:
        return (yield from story.amend(turn))
    turn.slots["description"] = corrected(before, said)
    return [Outbound(turn.say("complaints.story_corrected", said=said))]
