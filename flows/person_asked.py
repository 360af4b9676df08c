"""Whether a message read as human_agent really asks for a person. A handoff must be asked for:
a confident reading (``controls.CLEAR_REQUEST``, not ambiguous) or words that name a person,
staff or a contact channel ("mau ngomong sama orang", "cs dong", "nomor call center berapa").

Before, any reading above the NLU's floor queued the user: "nomornya juga sama" (a fact told
while a failed e-wallet linking was being diagnosed, human_agent at 0.71) got "Oke, aku
sambungkan ke petugas. Kamu di antrean nomor 1". Such a message is asked what it means, with a
person one tap away (``fallback.clarify``), instead."""

from __future__ import annotations

import re

from flows.runtime.controls import CLEAR_REQUEST
from flows.turn import Message

_PERSON = re.compile(
    r"\b(?:petugas\w*|admin\w*|mimin\w*|cs\w*|customer (?:service|care|support)|operator\w*|"
    r"agen|agent\w*|manusia\w*|human\w*|person|people|orang(?!\s+lain)\w*|org(?!\s+lain)|someone|"
    r"somebody|staf\w*|staff\w*|officer\w*|supervisor\w*|atasan\w*|tim|team|support|"
    r"representative|live ?chat|call ?cent(?:er|re)|contact ?cent(?:er|re)|hotline|help ?desk|"
    r"layanan pelanggan|kontak\w*|contact|telp\w*|telepon\w*|telpon\w*|nelpon\w*|ditelpon\w*|"
    r"call|whatsapp|wa|email|e-mail|bicara|berbicara|ngomong|ngobrol|talk|speak|antri\w*|"
    r"antre\w*|antrian|queue|tinggal\w* pesan|leave a message)\b"
)
"""Words naming a person, staff or a way to reach them ("sama orang aja", "mana cs nya",
"hubungkan saya dengan manusia", "bisa antri dulu ga?"); never "orang lain" (someone else's
bank account)."""


def asks_person(message: Message) -> bool:
    """A person is asked for: a tapped button, a confident human_agent reading, or a reading
    whose words name a person or a way to reach one. False for "nomornya juga sama"."""
    if message.payload is not None or not message.text:
        return True
    clear = message.confidence >= CLEAR_REQUEST and not message.ambiguous
    if message.intent == "human_agent" and clear:
        return True
    return bool(_PERSON.search(" ".join(message.text.lower().split())))


_REAL_PERSON = re.compile(
    r"\b(?:orang|org|manusia|petugas|admin|cs)\s+(?:beneran|benaran|bener|asli|nyata|real)\b"
    r"|\b(?:real|actual)\s+(?:person|human|people)\b"
)
_WISH = re.compile(
    r"\b(?:mau|mo|pengen|pingin|ingin|minta|tolong|ngobrol|bicara|berbicara|ngomong|chat|"
    r"sambung\w*|hubung\w*|want|wanna|talk|speak)\b"
)


def wants_real_person(message: Message) -> bool:
    """ "aku mau ngobrol sama orang beneran bukan bot": a person asked for, not a doubt whether
    this chat is real (the "beneran" and "bot" had it read as one)."""
    lowered = " ".join((message.text or "").lower().split())
    if "?" in lowered or not _REAL_PERSON.search(lowered):
        return False
    return message.intent == "human_agent" or bool(_WISH.search(lowered))


__all__ = ["asks_person", "wants_real_person"]
