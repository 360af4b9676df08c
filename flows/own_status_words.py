"""How one's own status or registration is asked ("status aku gimana", "punyaku statusnya apa
ya", "status pelatihanku", "aku udah terdaftar belum sih"): a short question naming no ticket
or report. Read at a flow's question (``flows.own_status_aside``) and at the complaint's story
question, where such a question is answered aside, not kept as the story
(``flows.complaint_questions``)."""

from __future__ import annotations

import re

MAX_WORDS = 10
"""A question asked by the way is short; a longer message at a story question is the story."""
_ME = r"(?:aku|ak|saya|sy|gue|gw|gua|sendiri|punyaku|\w+ku)"
_OWN_STATUS = re.compile(
    rf"\bstatusku\b|\bstatus\w*\s+(?:\w+\s+){{0,2}}?{_ME}\b|\b{_ME}\s+(?:\w+\s+)?status\w*\b"
)
"""A status asked with the asker in it: "status aku gimana", "punyaku statusnya apa",
"status pelatihanku", "statusku"."""
_REGISTERED = re.compile(
    r"\b(?:udah|sudah|udh|sdh|dah|uda)\s+(?:ter)?daftar\s+(?:belum|blm|blom|apa belum|"
    r"atau belum|ato belum)\b|\b(?:apa|apakah)\s+(?:aku|saya|sy)\s+(?:udah|sudah|udh)\s+"
    r"(?:ter)?daftar\b"
)
"""Whether one is registered: "aku udah terdaftar belum sih", "apakah saya sudah terdaftar"."""
_HOW = re.compile(r"\?|\b(?:gimana|gmn|gmna|gimna|bagaimana|apa|apaan|kayak apa|kek apa)\b")
"""The status asked, not told ("status akun aku diblokir" tells)."""
_TICKET = re.compile(
    r"\b(?:tiket|ticket|pengaduan|aduan|laporan|lapor|komplain|complain|keluhan|ngadu|prk)\w*"
)
"""A ticket or report named: its status is the ticket's (``flows.ticketless_status``)."""


def asks_own_status(text: str) -> bool:
    """A short question about one's own status or registration, naming no ticket."""
    lowered = " ".join(text.lower().split())
    if not lowered or len(lowered.split()) > MAX_WORDS or _TICKET.search(lowered):
        return False
    asked = _OWN_STATUS.search(lowered) and _HOW.search(lowered)
    return bool(asked or _REGISTERED.search(lowered))


__all__ = ["asks_own_status"]
