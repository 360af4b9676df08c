"""Special situations read before anything else outside a form (``flows.route_readers``'
``HEARD_FIRST``): a participant who died, told by a relative (``flows.bereavement``), and the
practical questions of people abroad, without a smartphone, deaf or low-vision
(``flows.situation_asks``)."""

from __future__ import annotations

import re

from flows import (
    bereavement,
    card_asked,
    eligibility_minor_early,
    ktp_lost_selected,
    link_why,
    register_asks,
    situation_asks,
)
from flows.readers import Answer, Reader, first_answer
from flows.route_intent import on_intent
from flows.runtime.machine import FlowTurn
from flows.turn import Ask

_TOO_OLD = re.compile(
    r"\b(?:terlalu tua|ketuaan|kerentaan|kan udah tua|too old|too late|too young|terlalu muda|"
    r"kemudaan|ketuaan gak|over the age|past the age)\b"
)
"""One's own age asked against the limit ("I'm 63 and retired, am I too old?")."""


def _age_asked(turn: FlowTurn) -> Ask[Answer]:
    """An age told with "too old?" (the NLU unsure between the check and the record): the
    check, which says the age against the limits first."""
    message = turn.message
    if message.payload is not None or turn.session.flow is not None:
        return None
    if message.entity("age") is None or not _TOO_OLD.search((message.text or "").lower()):
        return None
    return (yield from on_intent(turn, "check_eligibility"))


SITUATIONS: tuple[Reader, ...] = (
    bereavement.read,  # "suami saya peserta, sudah meninggal": condolence, official channels
    situation_asks.read,  # "nomor hp saya nomor malaysia", "hp jadul", "saya tuli"
    eligibility_minor_early.answer,  # "kalau daftar sekarang, pas gabung udah 18?": after 18
    ktp_lost_selected.answer,  # "KTP saya hilang padahal sudah lolos": not the sign-up's KTP
    register_asks.answer,  # "hi can u help me register pls", "carane ndaftar, umur 45 iso?"
    _age_asked,  # "I'm 63 and retired, am I too old?": the check, its age said first
    link_why.answer,  # "kenapa harus hubungkan" right after linking was offered
    card_asked.answer,  # "what happened to my card": the participant's status
)


def answer(turn: FlowTurn) -> Ask[Answer]:
    """The first of these readers' answer, else None."""
    return first_answer(turn, SITUATIONS)


__all__ = ["SITUATIONS", "answer"]
