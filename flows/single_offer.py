"""A bare "y" right after an answer that offered one thing to do besides the menu ("Hubungkan
akun" after "link your account first", "Cek ulang" after a verdict): that thing, as if its
button were tapped (before: "Maaf, aku belum paham" and the whole menu). An answer offering
several, none, or only a complaint gets the short "okay" (``flows.route_vague``)."""

from __future__ import annotations

import re

from flows import complaint_offer_sent
from flows.complaint_impatience import previous_intent
from flows.messages import Button
from flows.runtime import controls
from flows.runtime.machine import FlowTurn

_YES = re.compile(
    r"(?:y|ya+|iya+|iy|yes|yep|yup|yoi|boleh|mau|gas|ayo|yuk|sure|ok(?:e|ay)? (?:ya|yuk|gas|boleh))"
    r"(?:\s+(?:kak|min|dong|deh|boleh|mau|ya|please|pls|gan))*[\s.!]*"
)
"""A bare yes ("y", "iya kak", "boleh", "yes please"); not "ok" alone (heard, not chosen)."""
_NOT_TAKEN = frozenset({"flow:complaints", controls.HUMAN})
"""Offers a bare "y" does not take: "Masih gagal? Buat pengaduan." offers a complaint for
later, and "y" there is mostly "got it"; a person's queue is asked for in words. Unless the
message before asked for a complaint ("mau komplain insentif gagal ...", answered with the
record's cause and the complaint one tap away): "iya" then takes it (probe p23)."""


def taken(turn: FlowTurn) -> str | None:
    """The payload of the one action just offered, when this message is a bare yes; else None."""
    message, session = turn.message, turn.session
    text = " ".join((message.text or "").lower().split())
    if message.payload is not None or session.flow is not None:
        return None
    if not _YES.fullmatch(text):
        return complaint_offer_sent.taken(turn)  # "kirim", "iya lapor" after "Buat pengaduan"
    actions = [choice[1] for choice in session.offered if len(choice) > 1 and choice[1] != "menu"]
    if len(actions) != 1:
        return None
    wished = actions[0] == "flow:complaints" and previous_intent(turn) == "complaint"
    return actions[0] if actions[0] not in _NOT_TAKEN or wished else None


def still_offered(turn: FlowTurn) -> tuple[Button, ...]:
    """The complaint or person a bare yes did not take ("y" after "Masih gagal? Buat
    pengaduan."): offered again with the "okay", one tap away (before: only the menu)."""
    text = " ".join((turn.message.text or "").lower().split())
    if turn.message.payload is not None or not _YES.fullmatch(text):
        return ()
    kept = [c for c in turn.session.offered if len(c) > 1 and c[1] in _NOT_TAKEN]
    return tuple(Button(str(c[0]), str(c[1])) for c in kept)
