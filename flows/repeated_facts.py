"""A fact added after an answer that comes out the same ("iya saya ga pernah daftar tapi pas
daftar katanya nik sudah terdaftar" after the taken-NIK answer, "aku ngadu lewat sini kok
kemarin" after "no complaint from this chat", "nomor lama 0812... udah mati" after the
phone-change steps): not "Jawabannya masih sama seperti tadi" as if the same question had
been asked (probe p22c #27); the fact is acknowledged, the answer is said to stand with it (and
shown again), and a person is one tap away. Asked again as
a question ("cara daftar gmn" twice, "tetep ga bisa gmn"), ``flows.repeated_answers`` says it
is the same as before."""

from __future__ import annotations

import re
from dataclasses import replace

from flows.messages import Outbound
from flows.repeated_questions import question_words
from flows.runtime import controls
from flows.runtime.machine import FlowTurn

_ASKS = re.compile(
    r"\?|\b(?:apa|apakah|gimana|gmn|gmna|bagaimana|kenapa|knp|napa|kapan|kpn|berapa|brp|mana|"
    r"dimana|dmn|dmna|dimn|mn|kemana|kmn|kmana|siapa|sapa|ngapain|ngapa|apaan|gimn|harus|"
    r"caranya|cara|bisa ga|bisa gak|bisakah|how|what|why|when|where|which|who|"
    r"can i|could|should)\b"
    r"|\b(?:belum|blm|blom|belom|ga|gak|gk|nggak|ngga|enggak|tidak|tdk|kah|bukan|kan|ya)\W*$"
)
"""A question in the message (also one ending in "blm", "ga"): asked again, no fact added."""
MIN_WORDS = 3
"""A fact has a few words ("iya bener", "ok" add none)."""
MIN_NEW = 2
"""Content words the fact must bring that the message before did not."""


def adds_fact(text: str, asked_before: object) -> bool:
    """``text`` states something new (no question in it) after the message whose content
    words were ``asked_before``."""
    lowered = " ".join(text.lower().split())
    if len(lowered.split()) < MIN_WORDS or _ASKS.search(lowered):
        return False
    seen = {str(word) for word in asked_before} if isinstance(asked_before, list) else set()
    return len([word for word in question_words(lowered) if word not in seen]) >= MIN_NEW


def with_person(turn: FlowTurn, replies: list[Outbound]) -> list[Outbound]:
    """``replies`` with a person one tap away (on the last one) if none offers it yet."""
    people = (controls.HUMAN, "topic:human")  # the menu's "Hubungi petugas" too: not twice
    if any(b.payload in people for reply in replies for b in reply.buttons):
        return replies
    last = replies[-1]
    person = turn.button("common.talk_to_person", controls.HUMAN)
    menu = [b for b in last.buttons if b.payload == "menu"]
    others = [b for b in last.buttons if b.payload != "menu"]
    return [*replies[:-1], replace(last, buttons=(*others, person, *menu))]


__all__ = ["adds_fact", "with_person"]
