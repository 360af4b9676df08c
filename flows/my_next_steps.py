"""What a linked participant with a course bought but not finished does now ("aku kan udh beli
pelatihan nih, skrg aku harus ngapain ya?", read as help), answered from their records (probe
p19 D31; before: the generic help menu). DOMAIN.md "Courses": follow the course on the platform
it was bought on (a live class needs the redeem code, which works only from 1 hour before to 1
hour after the session starts), finish it, the certificate appears in the dashboard about 1
working day after the provider reports, then the mandatory rating and review, then the
incentive schedule. Only for the status "enrolled"; other statuses have their own answers
(``flows.my_selection``, ``flows.my_training_done``). None: not asked, or not that status."""

from __future__ import annotations

import re

from flows.durations import redeem_window
from flows.last_answer import remember
from flows.messages import Outbound
from flows.my_data import Answer, participant
from flows.queries import EnrolmentsQuery
from flows.runtime.machine import FlowTurn
from flows.views import EnrolmentView

TOPIC = "my_next_steps"
"""``flows.last_answer`` topic: the steps from a bought course to the incentive were told."""
MAX_WORDS = 25
_NEXT = re.compile(
    r"\b(?:harus|hrs|musti|mesti|perlu)\s+(?:ngapain|ngapa2in|apa|gimana|gmn|bagaimana)\b"
    r"|\b(?:skrg|sekarang|terus|trus|trs|lalu|abis (?:itu|ini|beli)|habis (?:itu|ini|beli)|"
    r"setelah (?:itu|ini|beli)|sesudah (?:itu|ini|beli)|lanjut\w*)\s+(?:\w+\s+)?"
    r"(?:ngapain|ngapa2in|apa lagi|apa lg)\b|\b(?:langkah|tahap)\w*\s+(?:selanjutnya|"
    r"berikutnya)\b|\bwhat (?:do|should) i do (?:now|next)\b|\bwhat(?:'s| is)? next\b"
)
"""What to do now: "skrg aku harus ngapain", "abis beli ngapain", "langkah selanjutnya"."""
_BOUGHT = re.compile(
    r"\b(?:udh|udah|sudah|sdh|dah|uda|baru)\s+(?:\w+\s+)?(?:beli|membeli|dibeli|bayar|"
    r"checkout)\b|\bbought\b|\bpelatihan\w*\b|\bkelas\w*\b|\bcourse\w*\b|\btraining\b"
)
"""A course named or its purchase said: the question is about the training bought."""
_ELSEWHERE = re.compile(
    r"\b(?:sertifikat\w*|sertif|certificate\w*|insentif\w*|incentive\w*|cair\w*|saldo|"
    r"balance|rating|ulasan|review|survei\w*|survey\w*|tiket|ticket|pengaduan|komplain\w*|"
    r"refund\w*|batal\w*|gagal|error|redeem|voucher|kode)\b"
)
"""Another topic named: its own answer."""


_OPEN = ("purchased", "redeemed")
"""Enrolment statuses of a course bought and not finished."""


def asks(text: str) -> bool:
    """Whether ``text`` asks what to do now with a course bought."""
    lowered = " ".join(text.lower().split())
    if len(lowered.split()) > MAX_WORDS or _ELSEWHERE.search(lowered):
        return False
    return bool(_NEXT.search(lowered) and _BOUGHT.search(lowered))


def answer(turn: FlowTurn) -> Answer:
    """The steps from the course on record to the incentive; None when not asked, not linked
    or not enrolled (bought, nothing finished)."""
    message = turn.message
    if message.payload is not None or not asks(message.text or ""):
        return None
    person = yield from participant(turn)
    if person is None or person.status != "enrolled":
        return None
    records: list[EnrolmentView] = yield EnrolmentsQuery(person.id)
    open_ones = [item for item in records if item.status in _OPEN]
    if not open_ones:
        return None
    return [steps(turn, open_ones[0])]


def steps(turn: FlowTurn, course: EnrolmentView) -> Outbound:
    """The steps for ``course`` (its platform when on record), remembered as ``TOPIC``."""
    remember(turn, TOPIC)
    where = (
        turn.say("my_next_steps.on_platform", platform=course.platform)
        if course.platform
        else turn.say("my_next_steps.on_its_platform")
    )
    facts = turn.ctx.programme.facts()
    text = turn.say(
        "my_next_steps.steps", title=course.title, where=where, **redeem_window(turn), **facts
    )
    return Outbound(text, (turn.menu_button(),))


__all__ = ["TOPIC", "answer", "asks", "steps"]
