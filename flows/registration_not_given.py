""" "udah", "sudah kok", "kan udah aku ketik tadi", "done" at a registration question that takes a
typed value (the name, the NIK, the birth date ...): the user thinks it was given, but it is not
here. Said kindly, then the question in its simple form, with an example of the format ("Tulis
tanggal lahir seperti ini: 17 Agustus 2001 atau 17-08-2001"); the form and its answers stay.
Before, "udah" at the birth date (read as a goodbye) got "Sampai jumpa!". Not at a yes/no
question (the consent, the region, the summary), where "udah" may agree."""

from __future__ import annotations

import re

from flows.messages import Outbound
from flows.runtime.machine import Flow, FlowTurn, State
from flows.runtime.prompts import prompt

FLOW = "registration"
STEPS = ("name", "nik", "kk", "dob", "phone", "otp", "email", "region_fix")
"""The registration's questions answered by typing a value."""

_ALREADY = re.compile(
    r"^(?:(?:lho|loh|lah|kan|kok|eh|ya|yaa|iya|tadi|td|aku|saya|sy|gw|gue|kak|min|perasaan)\s+)*"
    r"(?:udah|udh|uda|dah|sudah|sdh|done|already|i already did|i did)"
    r"(?:\s+(?:kok|koq|kak|min|tadi|td|kan|dong|deh|ya|yaa|aku|saya|sy|gw|kuketik|kuisi|ketik\w*"
    r"|isi\w*|diisi|kirim\w*|dikirim|tulis\w*|ditulis|jawab\w*|dijawab|kasih\w*|masukin"
    r"|dimasukin|input|di ?atas|barusan|sebelumnya|it|that|sent|did|done|before))*[\s.!?]*$"
)
"""That it was given already, and nothing else (not "udah daftar", not "udah lahir 2001")."""


def says_done(text: str | None) -> bool:
    """ "udah", "sudah kok", "kan udah aku ketik tadi", "done": no value in it."""
    return bool(_ALREADY.match(" ".join((text or "").lower().split())))


def answer(flow: Flow, state: State, turn: FlowTurn) -> list[Outbound] | None:
    """At a registration question that takes a typed value: that it is not here yet, and the
    question again with its example; else None."""
    if flow.name != FLOW or state.name not in STEPS or not says_done(turn.message.text):
        return None
    said = Outbound(turn.say(f"registration.aside.missing.{state.name}"))
    return [said, prompt(flow, state, turn, simple=True)]


__all__ = ["STEPS", "answer", "says_done"]
