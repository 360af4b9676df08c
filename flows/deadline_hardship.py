"""More time to buy the first course asked because of a hardship ("can I ask for more time, my
mom is sick", "bisa minta perpanjangan ga? lg di rs soalnya", "boleh diundur ga batasnya, ada
keluarga meninggal"): a kind word first, then the participant's own deadline and that it cannot
be extended (``flows.purchase_deadline_extend``, DOMAIN.md: a course not bought in time revokes
the card), and that buying can be done from a phone, here too, with a self-paced course studied
later. Before, the English got "I don't understand" and the Indonesian the general revocation
text, neither hearing the hardship."""

from __future__ import annotations

import re

from flows import purchase_deadline_extend as extend
from flows.last_answer import just_said
from flows.messages import Outbound
from flows.my_data import Answer
from flows.purchase_deadline import lapsed
from flows.runtime.machine import FlowTurn
from flows.selected_asking import selected_asking

MAX_WORDS = 25
MORE_TIME = re.compile(
    r"\b(?:more|extra|additional) (?:time|days?)\b|\bextension\b|\bextend\w*|\bpostpone\w*"
    r"|\b(?:di)?perpanjang\w*|\bperpanjangan\b|\b(?:waktu|hari) tambahan\b"
    r"|\btambah(?:an)? (?:waktu|hari)\b|\bdiundur\b|\bundur\w*|\bmundur\w*|\bdispensasi\b"
    r"|\bkeringanan\b|\btoleransi\b|\bkelonggaran\b"
)
"""More time asked: "can I ask for more time", "bisa minta perpanjangan", "diundur"."""
_HARDSHIP = re.compile(
    r"\b(?:sakit|sick|ill|hospital\w*|rs|rumah sakit|dirawat|opname|operasi|surgery|"
    r"meninggal|passed away|died|duka|berduka|funeral|kecelakaan|accident|melahirkan|lahiran|"
    r"giving birth|bencana|banjir|flood\w*|gempa|earthquake|musibah|emergency|darurat|"
    r"mudik|pulang kampung)\b"
)
"""A hardship told: illness, a hospital, a death, an accident, a birth, a disaster, travel."""
_OTHER = re.compile(
    r"\b(?:insentif\w*|incentive\w*|sertifikat\w*|certificate\w*|gelombang\w*|wave\w*|"
    r"kelas\w*|class\w*|sesi\w*|session\w*|webinar\w*|jadwal\w*|schedule\w*)\b"
)
"""Another matter's time: a class's session moved is the provider's (``flows.live_class``)."""


def asks(text: str) -> bool:
    """Whether a message asks for more time because of a hardship."""
    lowered = " ".join(text.lower().split())
    if not lowered or len(lowered.split()) > MAX_WORDS or _OTHER.search(lowered):
        return False
    return bool(MORE_TIME.search(lowered) and _HARDSHIP.search(lowered))


def _told_after_deadline(turn: FlowTurn, text: str) -> bool:
    """A hardship told right after the deadline's answer ("tolong dong aku lagi sakit kemarin"
    after "ga bisa diperpanjang?"): the extension is what it asks."""
    lowered = " ".join(text.lower().split())
    if not lowered or len(lowered.split()) > MAX_WORDS or _OTHER.search(lowered):
        return False
    return bool(_HARDSHIP.search(lowered)) and just_said(turn) == extend.TOPIC


def answer(turn: FlowTurn) -> Answer:
    """The hardship heard, the own deadline not extended, buying from a phone; else None."""
    person = yield from selected_asking(
        turn, lambda text: asks(text) or _told_after_deadline(turn, text)
    )
    if person is None or lapsed(turn, person):
        return None  # a course bought, or the deadline gone: their own answers
    own = yield from extend.answer(turn)
    if not own:
        return None
    first = own[0]
    text = "\n".join(
        [turn.say("deadline_hardship.heard"), first.text, turn.say("deadline_hardship.phone")]
    )
    return [Outbound(text, first.buttons), *own[1:]]


__all__ = ["MORE_TIME", "answer", "asks"]
