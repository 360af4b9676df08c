"""Personal data typed at the consent question ("dimas aditya pratama", a NIK, a KK): the user
is plainly registering, so the consent is asked for briefly ("tekan Ya dulu supaya datamu
boleh aku catat"), not explained at length again and again nor counted as a miss (no person
offered). What was typed is not kept: without consent nothing is recorded."""

from __future__ import annotations

import re

from flows import validators as check
from flows.registration_names import not_a_name
from flows.result import Invalid, Valid
from flows.turn import Message

_DATA = ("nik", "kk", "phone", "email")
_NUMBER = re.compile(r"\d{6,}")
BRIEF = "brief"
"""Invalid param: the question is asked again in its simpler wording (``runtime.answers``)."""


def _name_like(message: Message) -> bool:
    """Two or more words that read as a name, said as information (not "halo kak")."""
    text = message.text or ""
    if message.intent != "inform" or len(text.split()) < 2 or not_a_name(text):
        return False
    return isinstance(check.name(text), Valid)


def typed_data(message: Message) -> bool:
    """A NIK, KK, phone, email, a long number or a full name given instead of Ya/Tidak."""
    if message.payload is not None:
        return False
    if any(message.entity(kind) is not None for kind in _DATA):
        return True
    digits = (message.text or "").replace(" ", "").replace("-", "").replace(".", "")
    return bool(_NUMBER.search(digits)) or _name_like(message)


def consent_first() -> Invalid:
    """Not a miss: consent first, then the simpler question."""
    return Invalid("consent_first", {BRIEF: True}, miss=False)


__all__ = ["BRIEF", "consent_first", "typed_data"]
