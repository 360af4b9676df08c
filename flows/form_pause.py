"""A form put off at one of its questions: "nanti lanjut ya", "udah dulu ya, nanti aku lanjut"
(in any flow, ``flows.yes_no.pauses``), and at a question of fact of the eligibility check also
"ntar aja ya kak", "nanti aja", "later" (elsewhere a yes put off is a "no": "ya udah nanti aja"
to "did this help?"). The answers given so far are kept and the question waits: a short hold
that names the form, no goodbye and no question asked again. Before, the NLU's goodbye was
answered as a side question ("Sampai jumpa!", then "Lanjut ya" and the question), and "ntar
aja ya kak" at "WNI?" was a "no" (not a citizen), and "makasih, nanti lagi ya" too. A short,
confident goodbye ("bye") at the check's question is a hold as well. The answer to the question
put off, typed after the idle pause parked the form, goes on with it (``flows.form_held``)."""

from __future__ import annotations

import re

from flows.messages import Outbound
from flows.responses import has
from flows.runtime.controls import CLEAR_REQUEST
from flows.runtime.machine import FlowTurn
from flows.turn import Message
from flows.yes_no import asks_back, pauses

_LATER = re.compile(r"\b(?:nanti|ntar|entar|nnti|besok|later|not now|lain kali)\b")
_AROUND = frozenset(
    {"nanti", "ntar", "entar", "nnti", "besok", "later", "lain", "kali", "aja", "saja", "dulu",
     "deh", "ya", "yaa", "yah", "kak", "min", "ok", "oke", "okay", "yaudah", "udah", "udh",
     "sudah", "lagi", "lg", "sih", "dong", "aku", "saya", "kita", "gan", "sis", "bang", "mas",
     "mbak", "mba", "kakak", "not", "now", "maybe", "i", "ll", "will", "we", "continue",
     "finish", "it", "this", "please", "pls", "sorry", "lanjut", "lanjutin", "dilanjut",
     "lanjutnya", "jawab", "jawabnya", "answer", "makasih", "terima", "kasih", "thanks",
     "thank", "you", "bye", "dadah", "dah", "see", "permisi"}
)  # fmt: skip
"""Words around a "later" that say nothing else ("ya udah nanti aja", "I'll continue later")."""
HELD = "_held"
"""Slot: the step at which the user put the form off."""
MAX_WORDS = 8
BYE_WORDS = 4


def puts_off(message: Message, *, later: bool = False) -> bool:
    """The message only puts the form off; with ``later`` a bare "nanti aja" does too."""
    text = message.text or ""
    if message.payload is not None or not text or asks_back(text) or re.search(r"\d", text):
        return False  # "besok aku 18": an age
    if pauses(text):
        return True
    lowered = " ".join(text.lower().replace("'", " ").split())
    words = re.findall(r"[^\W\d_]+", lowered)
    plain = 0 < len(words) <= MAX_WORDS and all(word in _AROUND for word in words)
    return later and plain and (bool(_LATER.search(lowered)) or _bye(message, words))


def _bye(message: Message, words: list[str]) -> bool:
    """ "bye", "dadah kak": a short goodbye, read so with confidence."""
    confident = message.confidence >= CLEAR_REQUEST and not message.ambiguous
    return message.intent == "goodbye" and confident and len(words) <= BYE_WORDS


def hold(turn: FlowTurn) -> Outbound:
    """ "Oke, jawabanmu untuk cek syarat aku simpan dulu ..."; the form stays where it is, its
    question noted as put off (``HELD``: its answer typed after the idle pause goes on)."""
    turn.session.slots[HELD] = turn.session.step
    named = f"flow_names.{turn.session.flow}"
    if not has(named, turn.lang):
        return Outbound(turn.say("common.paused"))
    return Outbound(turn.say("common.paused_flow", flow=turn.say(named)))


__all__ = ["hold", "puts_off"]
