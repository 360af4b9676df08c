"""The "Gabung Gelombang" button not there ("udah verif email, udah isi nik, foto ktp, tes juga
udah. tapi kok gak ada tombol gabung gelombang ya", "tombol gabung gelombangnya ga muncul"):
it shows only once every step is done and only while a wave is open (DOMAIN.md "Registration
steps"); the open wave, or the next, from the database; still missing: a complaint. Before,
the email named in the story got the email's verification answer. A button that is there but
does not work ("ga bisa pencet gabung gelombang") is ``flows.registration_help``'s."""

from __future__ import annotations

import re

from flows.complaint_topics import FIX_SHOWN, file_complaint
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.runtime import controls
from flows.runtime.machine import FlowTurn
from flows.turn import Ask
from flows.waves import waves_text

_BUTTON = re.compile(
    r"\b(?:tombol|button|menu|pilihan|opsi)\w*\s+(?:\w+\s+)?(?:gabung|join)\w*\b"
    r"|\b(?:gabung|join)\w*\s+(?:ke\s+)?(?:gelombang|gel|wave)\w*\b"
)
_MISSING = re.compile(
    r"\b(?:ga|gak|gk|g|nggak|ngga|enggak|tidak|tdk|belum|blm|kok ga|kok gak)\s*(?:ada|muncul|"
    r"keluar|nongol|kelihatan|keliatan|tampil|terlihat)\b|\b(?:gada|gaada|gk ada|hilang|ilang|"
    r"lenyap|missing|not there|doesn'?t (?:show|appear)|isn'?t there|can'?t (?:see|find))\b"
)
"""Not there: "gak ada", "ga muncul", "hilang", "doesn't show"."""
TOPIC = "join_missing"
"""The ``flows.last_answer`` topic of this answer."""
_BUTTON_NAMED = re.compile(r"\b(?:tombol|button)\w*\b")


_RIGHT_AFTER = re.compile(
    r"\b(?:gabung|join)\w*\s+(?:ke\s+)?(?:gelombang|wave)\w*\s+(?:\w+\s+)?(?:ga|gak|gk|nggak|"
    r"tidak|tdk|belum|blm)\s*(?:ada|muncul|keluar|nongol|tampil)\b"
)
"""The button's name right before "not there", no "tombol" said ("gabung gelombangnya ga
muncul")."""


def missing(text: str) -> bool:
    """Whether the message says the "Gabung Gelombang" button is not there."""
    lowered = " ".join(text.lower().split())
    if _RIGHT_AFTER.search(lowered):
        return True
    return bool(
        _BUTTON.search(lowered) and _BUTTON_NAMED.search(lowered) and _MISSING.search(lowered)
    )


_NEXT = re.compile(
    r"\b(?:ngapain|ngapa2in|terus|trus|trs|lalu|gimana|gmn|bagaimana|what now|what next|"
    r"what should i do|now what)\b"
)
"""What now, right after this answer ("trs aku harus ngapain")."""


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """When the button shows, the wave open now (or next), and a complaint; right after it,
    "trs aku harus ngapain": what to check and a complaint or a person; else None."""
    message = turn.message
    text = " ".join((message.text or "").lower().split())
    follows = message.payload is None and just_said(turn) == TOPIC
    if follows and _NEXT.search(text) and len(text.split()) <= _SHORT:
        return [_next_steps(turn)]
    if message.payload is not None or not missing(message.text or ""):
        return None
    turn.session.misses = 0
    waves = yield from waves_text(turn.lang)
    body = turn.say("signup_help.join_missing") + "\n\n" + waves
    report = file_complaint(turn)
    turn.session.profile.pop(FIX_SHOWN, None)  # no category: not the KTP photo the story named
    remember(turn, TOPIC)  # "trs aku harus ngapain" next: what to check, then a complaint
    return [Outbound(body, (report, turn.menu_button()))]


_SHORT = 6
"""A longer message asks something of its own."""


def _next_steps(turn: FlowTurn) -> Outbound:
    remember(turn, TOPIC)
    report = file_complaint(turn)
    turn.session.profile.pop(FIX_SHOWN, None)
    person = turn.button("common.talk_to_person", controls.HUMAN)
    return turn.reply("signup_help.join_missing_next", report, person, turn.menu_button())


__all__ = ["answer", "missing"]
