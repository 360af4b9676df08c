"""A request the bot knows, typed where a form waits for free text ("status tiket aku" at the
training provider's question, "cek tiket aku" as the complaint's story, "pelatihan aku apa
aja" as the course search's topic): a short message, no story in it, that the NLU surely reads
as the ticket's status, the balance, the incentive, the registration or the menu, or that
reads as such a command. The validator takes it for no answer, so it is answered as a side
question (``flows.digression``) and the form's question asked again; it is never stored."""

from __future__ import annotations

import re

from flows.complaint_questions import short_and_not_told
from flows.turn import Message

REQUEST_INTENTS = frozenset(
    {"complaint_status", "training_balance", "incentive_status", "registration_status", "help"}
)
"""Readings of a request answered from the records or the menu, never a name or a story."""
SURE = 0.8
"""The NLU's confidence from which such a reading is taken for the request."""
MAX_WORDS = 5
"""A request is short; a longer message is an answer (a name, a story)."""
_OWN = r"(?:aku|saya|sy|ku|gue|gw|my)"
_COMMAND = re.compile(
    r"^(?:(?:cek|lihat|liat|status|check)\s+)+(?:status\s+)?"
    rf"(?:tiket|ticket|pengaduan|aduan|laporan|komplain)\w*(?:\s+{_OWN})?$"
    rf"|^(?:(?:cek|lihat|liat|sisa|check)\s+)*saldo(?:ku|\s+{_OWN})?$"
    r"|^(?:menu|menu utama|main menu)$"
)
"""Such commands typed plainly ("cek tiket aku", "status pengaduan", "cek saldo", "menu")."""
_PLEA = re.compile(r"^(?:tolong|tlg|help|bantu|bantuin|please)\b")
"""A plea ("tolong", read as help) where a story or a name is asked: the form's own hint
("too short", "no provider name") answers it, not the capabilities."""


def asks_known_request(message: Message) -> bool:
    """A short request the bot answers elsewhere, not an answer to the pending question; a
    message telling what happened ("insentif aku belum cair") is an answer whatever its
    reading."""
    if message.payload is not None or not message.text:
        return False
    lowered = " ".join(message.text.lower().split()).strip(" .!?")
    if not lowered or len(lowered.split()) > MAX_WORDS or not short_and_not_told(lowered):
        return False
    from flows.my_courses import asks_my_courses  # here: flows.my_courses imports the story

    if _COMMAND.fullmatch(lowered) or asks_my_courses(lowered):
        return True
    sure = message.confidence >= SURE and not message.ambiguous
    return sure and message.intent in REQUEST_INTENTS and not _PLEA.match(lowered)


__all__ = ["REQUEST_INTENTS", "asks_known_request"]
