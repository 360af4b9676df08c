"""Which money a linked participant names, whatever the NLU or the answer before makes of it:
"saldo" is the training balance on their record ("saldo aku brp" right after the incentive
schedule is not the incentive total; "maksudnya saldo pelatihan" read as the programme's
benefits is still their own balance), unless the incentive is named ("saldo insentif aku brp"
read as the balance: their incentive schedule)."""

from __future__ import annotations

import re

from flows.my_data import Answer
from flows.runtime.machine import FlowTurn

_BALANCE = re.compile(r"\b(?:saldo\w*|balance)\b")
_INCENTIVE = re.compile(r"\b(?:insentif\w*|intensif\w*|incentives?|survei\w*|survey\w*)\b")
_TRAINING = re.compile(r"\b(?:pelatihan\w*|training|kelas|kursus|course\w*)\b")
_OWN = re.compile(
    r"\b(?:aku|ak|ku|saya|sy|gw|gue|my|mine|i)\b|\w+(?:ku|mu)\b|^(?:maksud\w*|yang|yg|itu)\b"
)
_PROGRAMME = re.compile(r"\b(?:prakerja|manfaat\w*|benefits?|dapet apa|dapat apa|semua orang)\b")
MAX_WORDS = 6
"""A balance named in a few words; a longer message asks about the programme itself."""


def balance_only(text: str | None) -> bool:
    """The training balance named, the incentive not ("saldo sisa brp", "saldo aku brp")."""
    lowered = (text or "").lower()
    return bool(_BALANCE.search(lowered)) and not _INCENTIVE.search(lowered)


def incentive_named(text: str | None) -> bool:
    """ "saldo insentif aku brp": the incentive named, the training not."""
    lowered = (text or "").lower()
    return bool(_INCENTIVE.search(lowered)) and not _TRAINING.search(lowered)


def own_balance(turn: FlowTurn) -> Answer:
    """A linked participant's own balance named in a few words and read as the programme's
    benefits ("maksudnya saldo pelatihan", "saldo pelatihanku"): their record's balance. None:
    not linked, not such a message, or the programme asked ("saldo pelatihan prakerja brp")."""
    lowered = " ".join((turn.message.text or "").lower().split())
    if turn.message.payload is not None or turn.session.participant_id is None:
        return None
    if len(lowered.split()) > MAX_WORDS or not balance_only(lowered):
        return None
    if _PROGRAMME.search(lowered) or not _OWN.search(lowered):
        return None
    from flows import purchase_deadline  # here: it imports my_data, which imports much

    return (yield from purchase_deadline.training_balance(turn))


__all__ = ["balance_only", "incentive_named", "own_balance"]
