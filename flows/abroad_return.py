"""Right after the answer on registering from abroad (``flows.registration_abroad``), coming
home asked about ("trus kalo udh pulang ke indo gmn", "kalo aku balik ke indonesia?"): the
same requirements, registering at prakerja.go.id when a wave opens, and offline courses (some
provinces) besides the online ones. Before: "Maaf, aku belum paham pesan itu"."""

from __future__ import annotations

import re

from flows.last_answer import remember, short_after
from flows.messages import Outbound
from flows.registration_abroad import TOPIC
from flows.runtime.machine import FlowTurn

MAX_WORDS = 10
_HOME = re.compile(
    r"\b(?:pulang|balik|kembali|mudik|back|return\w*|come home|go home)\b"
    r"(?:\s+\w+){0,2}?\s*\b(?:indo\w*|tanah air|rumah|kampung|home|sini)\b"
    r"|\b(?:udah|udh|sudah|sdh|kalo|kalau|klo)\s+(?:di\s+)?(?:pulang|balik|indo\w*)\b"
)
"""Coming home named ("pulang ke indo", "balik ke indonesia", "udah di indo", "back home")."""


_FORMER_MIGRANT = re.compile(
    r"\b(?:mantan|eks|ex|bekas|purna)\s*-?\s*(?:tki|tkw|pmi|pekerja migran|buruh migran|"
    r"migrant workers?)\b|\b(?:tki|tkw|pmi|pekerja migran)\b.{0,40}?\b(?:pulang|balik|kembali)\b"
    r"|\b(?:pulang|balik|kembali)\b.{0,40}?\b(?:tki|tkw|pmi|pekerja migran)\b"
)
"""A migrant worker back home ("mantan TKI dari taiwan", "purna PMI", "baru pulang jd tkw")."""
_PRIORITY = re.compile(
    r"\b(?:prioritas\w*|diprioritaskan|diutamakan|didahulukan|jalur khusus|kuota khusus|"
    r"afirmasi|priority|prioriti)\b|\bkhusus (?:buat|untuk|utk|bagi) (?:mantan |eks )?"
    r"(?:tki|tkw|pmi)\b"
)
"""A priority or special route asked about ("ada prioritas ga buat pmi")."""


def priority(turn: FlowTurn) -> list[Outbound] | None:
    """A former migrant worker asking for a priority: none named in the programme's rules (a
    judgement call: DOMAIN.md names none; selection among the eligible is random), and the
    same requirements now they are home; else None."""
    lowered = " ".join((turn.message.text or "").lower().split())
    if turn.message.payload is not None or turn.session.flow is not None:
        return None
    if not (_FORMER_MIGRANT.search(lowered) and _PRIORITY.search(lowered)):
        return None
    check = turn.button("menu.eligibility", "flow:eligibility")
    facts = turn.ctx.programme.facts()
    return [turn.reply("abroad_priority.none", check, turn.menu_button(), **facts)]


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """A former migrant worker's priority asked (``priority``); the requirements and the way
    to register once home; else None."""
    asked = priority(turn)
    if asked is not None:
        return asked
    text = short_after(turn, TOPIC, MAX_WORDS)
    if text is None or not _HOME.search(text):
        return None
    remember(turn, TOPIC)  # "nomor aku masih nomor malaysia" next: still the abroad answers
    check = turn.button("menu.eligibility", "flow:eligibility")
    facts = turn.ctx.programme.facts()
    return [turn.reply("registration_abroad.home", check, turn.menu_button(), **facts)]


__all__ = ["answer", "priority"]
