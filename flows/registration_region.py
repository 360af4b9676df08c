"""The registration's region questions: whether the NIK's regency or city is where one lives
(living elsewhere now is a no), and which one it is instead ("jaksel", Jakarta's five cities)."""

from __future__ import annotations

import re

from flows import validators as check
from flows.registration_checks import yes_no
from flows.result import Invalid, Result, Valid
from flows.runtime.machine import Slots
from flows.turn import FlowContext, Message

_MOVED = re.compile(
    r"\b(?:pindah\w*|tinggal|domisili|ngekos|ngontrak|merantau|rantau|sekarang di|skrg di|skg di"
    r"|moved|live in|living in|now in)\b"
)
"""Living somewhere else now ("aku udah pindah ke jakarta", "skrg tinggal di kab bekasi")."""
_STILL = re.compile(r"\b(?:masih|msh|still)\b")


def region(message: Message, slots: Slots, ctx: FlowContext) -> Result:
    """Yes or no to the NIK's region; living elsewhere now is a no ("aku udah pindah ke
    jakarta"); a regency or city named with a no is kept for the next question."""
    lowered = (message.text or "").lower()
    moved = bool(_MOVED.search(lowered)) and not _STILL.search(lowered)
    answer = Valid("no") if moved else yes_no(message, slots, ctx)
    if isinstance(answer, Valid) and answer.value == "no":
        _keep_region(message, slots)
    return answer


def _keep_region(message: Message, slots: Slots) -> None:
    code = _region_entity(message) or check.region_code_in(message.text or "")
    if code and code != str(slots.get("nik", ""))[:4]:
        slots["region_code"] = code


_JAKARTA_SHORT = {"jaksel": "3171", "jaktim": "3172", "jakpus": "3173", "jakbar": "3174"}
_JAKARTA_SHORT["jakut"] = "3175"
_JAKARTA = re.compile(r"\b(?:dki|jakarta|jkt)\b")
"""Jakarta without its city ("Jakarta", "DKI Jakarta"): which of its five cities is asked."""


def region_fix(message: Message, _: Slots, __: FlowContext) -> Result:
    """A regency or city: the ``region`` entity's ("sy tinggal di kab bekasi skrg"), else the
    name typed, alone or among other words ("jaksel" too); Jakarta alone gets its five cities
    to choose from."""
    text = (message.text or "").lower()
    short = next((code for word, code in _JAKARTA_SHORT.items() if word in text.split()), None)
    code = _region_entity(message) or check.region_code_in(message.text or "") or short
    if code is None and _JAKARTA.search(text):
        return Invalid("region_jakarta", miss=False)
    return Valid(code) if code else (Invalid("region") if message.text else None)


def _region_entity(message: Message) -> str | None:
    """The 4-digit code of a regency or city the NLU found (a province is not enough)."""
    code = str(message.entity_extra("region").get("code") or "")
    return code if len(code) == 4 and check.region_name(code) else None


__all__ = ["region", "region_fix"]
