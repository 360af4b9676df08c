"""A former migrant worker back home telling their story and asking whether and how they can
join ("saya 3 thn jadi PMI di hongkong, kontrak habis bulan lalu pulang ke indramayu. skrg
nganggur, mau belajar jahit ... saya umur 29. kira2 bisa ga kak dan gmn caranya?"): having
worked abroad excludes no one (DOMAIN.md "Eligibility" names no such rule), the age told is
checked against the age rule, the other requirements and the steps to register follow, and
the course wish is one tap away (courses are bought after selection). Before, the story went
to the course search ("Mau belajar apa?", probe p22a c11), and the next message ("ktp saya
masih yg lama belum e-ktp") was searched as a course."""

from __future__ import annotations

import re

from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

MIN_WORDS = 12
"""A story: a short question about working abroad is ``flows.registration_abroad``'s."""
MIGRANT = re.compile(
    r"\b(?:tkw|tki|pmi|pekerja migran|buruh migran|migrant worker|kerja di luar negeri|"
    r"kerja di ln|kerja di (?:hong ?kong|hk|taiwan|malaysia|singapura|saudi|arab|korea|jepang|"
    r"brunei|macau|makau))\b|\bjadi\s+(?:tkw|tki|pmi)\b"
)
"""Having worked abroad as a migrant worker."""
HOME = re.compile(
    r"\b(?:pulang|balik|kembali|mudik)\b|\bkontrak\w*\s+(?:habis|selesai|abis|udah habis)\b"
    r"|\b(?:udah|udh|sudah|sdh|skrg|sekarang)\s+(?:di\s+)?(?:indo\w*|rumah|kampung)\b"
    r"|\b(?:ex|eks|mantan|bekas|purna)[\s-]*(?:tkw|tki|pmi)\b"
)
"""Back home now ("pulang ke indramayu", "kontrak habis", "mantan TKI")."""
ASKS = re.compile(
    r"\b(?:bisa|bs|boleh|gmn|gimana|bagaimana|caranya|cara|daftar\w*|ikut\w*|syarat\w*)\b"
)
"""Whether or how to join asked ("kira2 bisa ga kak dan gmn caranya?")."""


def told(text: str) -> bool:
    """Whether ``text`` is a returned migrant worker's story asking to join."""
    lowered = " ".join(text.lower().split())
    if len(lowered.split()) < MIN_WORDS:
        return False
    return bool(MIGRANT.search(lowered) and HOME.search(lowered) and ASKS.search(lowered))


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """Whether they can join (their age checked), the steps, and the courses a tap away."""
    if turn.message.payload is not None or not told(turn.message.text or ""):
        return None
    facts = turn.ctx.programme.facts()
    age = turn.message.entity("age")
    lines = [turn.say("returned_worker.abroad_ok")]
    if isinstance(age, int) and facts["min_age"] <= age <= facts["max_age"]:  # type: ignore[operator]
        lines.append(turn.say("returned_worker.age_ok", age=age, **facts))
    elif isinstance(age, int):
        lines.append(turn.say("returned_worker.age_out", age=age, **facts))
    lines.append(turn.say("returned_worker.others", **facts))
    steps = turn.say("topic.register", **facts)
    courses = turn.button("menu.courses", "flow:course_choice")
    check = turn.button("menu.eligibility", "flow:eligibility")
    tail = turn.say("returned_worker.courses")
    return [Outbound(" ".join(lines)), Outbound(steps + "\n" + tail, (check, courses,
                                                                      turn.menu_button()))]


__all__ = ["answer", "told"]
