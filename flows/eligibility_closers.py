"""A resigned or casual acknowledgement ("yaudah deh", "oke deh", "ok lah", "yaudah", "iya
deh", "ok then") right after the "eligible" verdict, which asks "Mau daftar sekarang?": it may
close the topic as well as agree, so the registration (a form of several steps, starting with
consent to store one's data) is not started on it. The user is asked once more, with the
verdict's buttons; the same acknowledgement typed at that question is agreement: the
registration starts. A plain "ya" / "iya" / "oke" still registers at once, "nanti aja" still
declines (``bot.typed_choice``); "mau" registers and "ga dulu deh" declines too (no button
means them: they were "belum paham"). After a "not eligible" verdict "yaudah deh" gets its
kind answer (``flows.eligibility_letdown``). Before, "yaudah deh" and "oke deh" started the
form and "ok lah" was "belum paham" with the menu."""

from __future__ import annotations

import re

from flows import eligibility_confirmed
from flows.eligibility_redo import corrected
from flows.eligibility_verdict import eligible_buttons
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.runtime.transitions import FINISHED
from flows.turn import within_context_of
from flows.yes_no import yes_no

ASKED = "eligibility_register_asked"
"""``session.profile`` key: [``Session.turns`` of the question asked again, epoch seconds]."""
REGISTER = "flow:registration"
"""The payload of "Daftar sekarang" under the verdict."""

_SETTLED = (
    r"ya+ ?udah\w*|ya+ ?sudah\w*|ya+ ?udh|ya+ ?dah|ydh|yodah|yawdah|yowes|okelah|okedeh|"
    r"okdeh|oklah|baiklah|fine"
)
"""Said alone, a settling: "fine, so be it" as much as "yes"."""
_ACK = r"y+a+|iy+a+|ok+|oke+|okay|okey|okei|oce|sip+|siap|baik|alright|all right"
_SOFT = r"deh|dah|lah|aja|saja|gitu|kalo gitu|kalau gitu|klo gitu|then|i guess"
"""Particles that make an acknowledgement resigned or casual ("oke deh", "ok lah")."""
_POLITE = r"kak|ka|min|ya|yaa|sih|dong"
_CLOSER = re.compile(
    rf"(?:(?P<settled>{_SETTLED})|(?:{_ACK}))"
    rf"(?:\s+(?:(?P<soft>{_SOFT})|{_POLITE}|{_SETTLED}))*"
)
MAX_LENGTH = 40


def closer(text: str) -> bool:
    """A resigned or casual acknowledgement alone ("yaudah deh", "ok lah", "iya deh"); not a
    plain "ya" / "oke", nor one naming what is wanted ("yaudah deh daftar")."""
    plain = " ".join(re.sub(r"[^\w\s']+", " ", text.lower()).split())
    if not plain or len(plain) > MAX_LENGTH:
        return False
    found = _CLOSER.fullmatch(plain)
    return found is not None and bool(found.group("settled") or found.group("soft"))


def answer(turn: FlowTurn) -> list[Outbound] | str | None:
    """Right after the "eligible" verdict, such an acknowledgement: the question asked once
    more (replies); right after that question, the payload that starts the registration. At
    either, a typed "mau" (no button means it) registers, a short no ("ga dulu deh") is "Nanti
    saja"; else None."""
    message = turn.message
    if message.payload not in (None, REGISTER) or not message.text or turn.session.flow:
        return None
    redo = corrected(turn)  # "eh salah ketik, 27 maksudnya" after "not eligible": again
    if redo is not None:
        return redo
    confirmed = eligibility_confirmed.answer(turn)  # "iya aku pns" after "ASN can't join"
    if confirmed is not None:
        return confirmed
    asked = _just_asked(turn)
    if not asked and not _just_eligible(turn):
        return None
    if closer(message.text):
        return REGISTER if asked else _ask_again(turn)
    if message.payload is not None:
        return None  # "ya", "oke": the button it names (``bot.typed_choice``)
    lowered = " ".join(message.text.lower().split())
    if _WANTS.fullmatch(lowered.strip(" .!")):
        return REGISTER
    if len(lowered.split()) <= MAX_NO_WORDS and yes_no(lowered) is False:
        return LATER  # "ga dulu deh": as "Nanti saja"
    return None


_WANTS = re.compile(
    r"(?:(?:iya?|ok|oke)\s+)?(?:mau|mo|pengen|pingin|ingin|ayo|ayok|yuk|gas+|lanjut|i do|sure)"
    r"(?:\s+(?:dong|deh|kak|min|ya|aja|banget|bgt|sekarang|skrg|daftar|yuk|please|now))*"
)
"""A wish to register typed to "Mau daftar sekarang?" ("mau", "mau dong", "ayo daftar")."""
LATER = "menu"
"""The payload of "Nanti saja" under the verdict."""
MAX_NO_WORDS = 4


def _ask_again(turn: FlowTurn) -> list[Outbound]:
    """ "Mau langsung daftar sekarang?", with the verdict's buttons."""
    turn.session.misses = 0
    turn.session.profile[ASKED] = [turn.session.turns, turn.message.at.timestamp()]
    buttons = (*eligible_buttons(turn), turn.menu_button())
    return [turn.reply("eligibility.register_confirm", *buttons)]


def _just_eligible(turn: FlowTurn) -> bool:
    """The message answers the "eligible" verdict, given in the turn before."""
    finished = turn.session.profile.get(FINISHED) or []
    if len(finished) != 4 or finished[:2] != ["eligibility", "eligible"]:
        return False
    just = finished[2] == turn.session.turns - 1
    return just and within_context_of(float(finished[3]), turn.message.at)


def _just_asked(turn: FlowTurn) -> bool:
    """The message answers the question asked once more (``answer``), in the turn before."""
    asked = turn.session.profile.get(ASKED)
    if not isinstance(asked, list) or len(asked) != 2:
        return False
    just = asked[0] == turn.session.turns - 1
    return just and within_context_of(float(asked[1]), turn.message.at)


__all__ = ["ASKED", "LATER", "REGISTER", "answer", "closer"]
