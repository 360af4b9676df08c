"""Data staff asked for, typed as such: an e-mail address, a phone number or a NIK
("emailnya budi.s@gmail.com kak", "it's budi.s@gmail.com"). Short as it is (two words, no
topic named), it is the reply to a ticket whose request names that kind of data, not a message
the bot "does not understand" (``flows.ticket_reply_typed``, ``flows.ticket_reply_guess``)."""

from __future__ import annotations

import re

from flows.turn import Message

KINDS = ("email", "phone", "nik", "kk", "date")
"""Entities that are data given, in the order looked at."""
ASKED = {
    "email": re.compile(r"\b(?:e-?mail\w*|surel)\b"),
    "phone": re.compile(r"\b(?:hp|handphone|ponsel|telepon|telp|phone|nomor|no\.?|whatsapp|wa)\b"),
    "nik": re.compile(r"\b(?:nik|ktp|nomor induk|identity number)\b"),
    "kk": re.compile(r"\b(?:kk|kartu keluarga|family card)\b"),
    "date": re.compile(r"\b(?:tanggal|tgl|kapan|when|date|sejak|since)\b"),
}
"""Words of staff's request that ask for each kind."""
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")


def kind(message: Message) -> str | None:
    """The kind of data the message gives, if any."""
    if _EMAIL.search(message.text or ""):
        return "email"
    return next((name for name in KINDS if message.entity(name)), None)


def answers_request(message: Message, request: str | None) -> bool:
    """The message gives the kind of data staff's ``request`` asks for."""
    given = kind(message)
    return given is not None and bool(ASKED[given].search((request or "").lower()))


__all__ = ["answers_request", "kind"]
