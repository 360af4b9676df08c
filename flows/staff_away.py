"""What a message asking for staff while they are off duty also says, read before the off-duty
answer (``flows.handoff``) and its follow-ups (``flows.contact_follow_ups``):

- an account taken over ("I need an agent urgently, my account was hacked"): what to do now,
  without waiting for staff (change the password, secure the e-wallet, a complaint, the phone
  line), not the off-duty text alone;
- the phone line asked for ("ada nomor telpon ga", "telpon jam berapa bisa"): the toll-free
  number, and that its hours are not known, not the chat staff's hours as if they were the
  phone's;
- what to do meanwhile ("what should I do now then", "terus aku harus gimana");
- a message left for staff decided on ("ok leave a message then", "yaudah titip pesan aja"):
  the complaint form, not the offer of it again."""

from __future__ import annotations

import re

HIJACKED = re.compile(
    r"\b(?:dibajak|kebajak|terbajak|bajak|dihack|di-hack|di hack|kena hack|kena hek|diretas|"
    r"teretas|hacked|hijacked|taken over|stolen)\b"
)
"""The account taken over by someone else."""
PHONE = re.compile(
    r"\b(?:telp\w*|telepon\w*|telpon\w*|telfon\w*|tlp|nelpon\w*|ditelpon\w*|call|calling|phone|"
    r"telephone|hotline|bebas pulsa|toll[- ]free|0800\S*)\b"
)
"""The phone line named."""
NUMBER = re.compile(r"\b(?:nomor|nomer|nmr|no|number)\b")
"""A number asked for ("ada nomor telpon ga", "phone number?")."""
WHAT_NOW = re.compile(
    r"\bwhat (?:should|can|do|must) i do\b|\bwhat now\b|\bnow what\b|"
    r"\b(?:terus|trus|trs|jadi|jd|lalu|terus\s+aku|trus\s+aku)\s+(?:\w+\s+)?"
    r"(?:harus\s+)?(?:gimana|gmn|gmana|bagaimana|ngapain|apa)\b|"
    r"\b(?:aku|saya|sy)\s+(?:harus|hrs|mesti)\s+(?:gimana|gmn|bagaimana|ngapain|apa)\b"
)
"""What to do meanwhile asked."""
LEAVE_MESSAGE = re.compile(
    r"\b(?:tinggal\w*|ninggal\w*|titip\w*|nitip\w*|leave|kirim\w*|send)\s+(?:\w+\s+)?"
    r"(?:pesan|message|msg)\b"
)
"""A message for staff to leave."""
_ASKS = re.compile(
    r"\?|\b(?:bisa|bs|bisakah|boleh|gimana|gmn|bagaimana|caranya|can|could|may|how|where)\b"
)
"""A question about it rather than a decision ("bisa tinggalin pesan?", "can I leave a
message?")."""


def hijacked(text: str) -> bool:
    return bool(HIJACKED.search(text.lower()))


def phone_number_asked(text: str) -> bool:
    """ "ada nomor telpon ga", "what's the phone number": the phone line's number."""
    lowered = text.lower()
    return bool(PHONE.search(lowered) and NUMBER.search(lowered))


def decides_to_leave_message(text: str) -> bool:
    """ "ok leave a message then", "yaudah titip pesan aja", not "bisa tinggalin pesan?"."""
    lowered = text.lower()
    return bool(LEAVE_MESSAGE.search(lowered)) and not _ASKS.search(lowered)


__all__ = [
    "HIJACKED", "LEAVE_MESSAGE", "NUMBER", "PHONE", "WHAT_NOW", "decides_to_leave_message",
    "hijacked", "phone_number_asked",
]  # fmt: skip
