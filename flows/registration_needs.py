"""What one needs to register, asked or said at a registration question (``registration_asides``
reads these), each answered, then the question asked again (nothing taken as its answer):

- someone else's phone or email ("pakai nomor ortu boleh?", "hp nya minjem temen", "nomor ibu
  saya 0812...", "can I use my mom's phone number?"): the number and email must be one's own,
  as the answer outside the form says (``registration_help.borrowed``; DOMAIN.md "Registration
  steps": the phone must later match the e-wallet; "Incentives": in one's own name). Before,
  "pakai nomor ortu boleh?" got the payout-account answer, "hp nya minjem temen" was not
  understood, and "nomor ibu saya 0812..." was taken as one's own number;
- no phone ("aku ga punya hp"): one in one's own name is needed (the code goes there, and it
  must match the e-wallet later). Before, the list of account problems;
- whether the email must be Gmail ("emailnya harus gmail?"): any address one can open (the
  code goes there; this form takes any). Before, the list of account problems;
- how to make an email ("bikin email gmn?"): as having none (``registration_help.lacking``).
"""

from __future__ import annotations

import re

from flows.registration_help import borrows, lacking
from flows.turn import Message

_PROVIDER = re.compile(r"\b(?:gmail|g-mail|yahoo|ymail|outlook|hotmail|icloud)\b")
_MUST = re.compile(
    r"\b(?:harus|hrs|wajib|mesti|musti|cuma|hanya|selain|boleh|bisa|bisakah|must|only|other than"
    r"|have to)\b"
)
_MAKE_EMAIL = re.compile(
    r"\b(?:bikin|bkin|buat|membuat|bikinin|buatin|daftar|create|make|sign up for)\s+(?:\w+\s+)?"
    r"(?:e-?mail|gmail|surel)\b"
)
_ASKS = re.compile(r"\?|\b(?:gimana|gmn|gmna|bagaimana|caranya|cara|how|dimana|di mana)\b")


def need(message: Message, step: str) -> str | None:
    """The response key answering what ``message`` says one needs at the question ``step``,
    else None."""
    text = " ".join((message.text or "").lower().split())
    if not text or "@" in text:
        return None
    if borrows(message):
        return "registration_help.borrowed"
    if lacking(message) == "phone":
        return "registration.aside.no_phone"
    if _PROVIDER.search(text) and _MUST.search(text) and "?" in text:
        return "registration.aside.any_email"
    if asks_to_make_email(text):
        return "invalid.no_email" if step == "email" else "registration.aside.no_email"
    return None


def asks_to_make_email(text: str) -> bool:
    """ "bikin email gmn?", "how do I create an email?": how to get one, as having none."""
    return bool(_MAKE_EMAIL.search(text) and _ASKS.search(text))


__all__ = ["asks_to_make_email", "need"]
