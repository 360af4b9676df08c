"""A revoked participant's reactions right after the revocation was explained
(``flows.revocation_help``): "lho kok bisa" (surprise), "aku ga tau ada batas waktu" (the
deadline not known), "bisa diaktifin lagi ga" (reactivation) and "berarti aku harus gimana"
(what now). Each is heard first, then the rule (DOMAIN.md: the first course bought before its
deadline, or the card is revoked), that the assistant cannot reactivate it, and the one path
there is: a complaint when the course was bought in time. No "Cari pelatihan" button: the
balance is revoked too. Before, these got "belum paham", the balance's validity with a course
search, a did-you-mean about unsubscribing, or the generic help menu."""

from __future__ import annotations

import re

from flows.complaint_topics import file_complaint
from flows.formatting import long_date
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.my_data import participant
from flows.runtime import controls
from flows.runtime.machine import FlowTurn
from flows.turn import Ask

REVOKED = "revoked"
"""The ``flows.last_answer`` topic of the revocation answers (``flows.revocation_help``)."""
MAX_WORDS = 10

_NO = r"(?:ga|gak|gk|g|nggak|ngga|enggak|engga|tidak|tdk|tak|blm|belum)"
_REACTIVATE = re.compile(
    r"\b(?:di)?(?:aktif(?:in|kan)|aktifkan|pulihkan|pulihin)\s+(?:lagi|lg|kembali)\b"
    r"|\baktif\s+(?:lagi|lg|kembali)\b|\breactivat\w*"
    r"|\b(?:di)?(?:balikin|balikan|kembaliin|kembalikan|pulihkan|pulihin)\b(?!\s+(?:ke\s+)?"
    r"(?:bahasa|bhs|indo|inggris|english))|\b(?:get|have)\s+(?:it|my \w+)\s+back\b"
)
"""Asking for the card back: "bisa diaktifin lagi ga", "bisa aktif lagi?", "reactivate",
"bisa dibalikin ga min pls", "tolong balikin kepesertaan aku" (not "balikin ke indo": the
language), "can I get it back"."""
_CARD = re.compile(r"\b(?:kartu(?! sim)|kepesertaan|akun|prakerja|saldo|card|account)\w*")
"""The card named: a request to reactivate it read outside the revocation's answer."""
COLD_WORDS = 5
"""Unnamed, a request to reactivate is read outside that answer only when this short."""
_UNAWARE = re.compile(
    rf"\b(?:{_NO}\s+(?:tau|tahu|tw|ngerti|dikasih\s+tau|dikasih\s+tahu|diberi\s+tahu|dikabari"
    r"|ada\s+info\w*|ada\s+pemberitahuan)|gatau|gatahu|gktau|ngga\s+tau)\b"
    r"|\bdidn'?t know\b|\bnobody told\b|\bwasn'?t told\b"
)
"""The deadline not known: "aku ga tau ada batas waktu", "ga dikasih tau", "I didn't know"."""
_SURPRISED = re.compile(
    r"^\W*(?:(?:lho|loh|lo|lah|hah|ha|eh|wah|kok|lha)\W+)*(?:kok|koq|kenapa|knp|napa|kenapa"
    r"\s+bisa|why|how)\b.{0,20}$|\bkok\s+bisa\b|\bkok\s+gitu\b|\bhow come\b"
)
"""Surprise, short: "lho kok bisa", "kok gitu", "kenapa?", "how come"."""
_WHAT_NOW = re.compile(
    r"\b(?:harus|hrs|mesti|musti|perlu|bisa)\s+(?:gimana|gmn|gmna|bagaimana|ngapain|apa)\b"
    r"|\b(?:terus|trus|trs|jadi|jd|berarti|brarti|lalu|terusnya)\s+(?:gimana|gmn|gmna|"
    r"bagaimana|ngapain)\b|\bsolusi\w*\b|\bwhat (?:now|should i do|can i do)\b"
)
"""What now: "berarti aku harus gimana", "trs gmn", "solusinya apa", "what should I do"."""


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """The reaction's answer right after the revocation's, else None. A request to reactivate
    is read from a chat linked to a revoked participant at any time."""
    message = turn.message
    text = " ".join((message.text or "").lower().split())
    if message.payload is not None or turn.session.flow is not None or not text:
        return None
    if len(text.split()) > MAX_WORDS:
        return None
    key = _key(text)
    if key is None:
        return None
    person = yield from participant(turn)
    revoked = person is not None and person.status == "revoked"
    cold = key == "reactivate" and (len(text.split()) <= COLD_WORDS or bool(_CARD.search(text)))
    if just_said(turn) != REVOKED and not (revoked and cold):
        return None
    remember(turn, REVOKED)  # the next reaction: still the revocation
    deadline = ""
    if revoked and person is not None and person.purchase_deadline is not None:
        date = long_date(person.purchase_deadline, turn.lang)
        deadline = turn.say("revoked_follow_ups.deadline", date=date)
    report = file_complaint(turn, topic="revoked")
    person_button = turn.button("common.talk_to_person", controls.HUMAN)
    days = turn.ctx.programme.facts().get("purchase_days")
    return [
        turn.reply(
            f"revoked_follow_ups.{key}",
            report,
            person_button,
            turn.menu_button(),
            purchase_days=days,
            deadline=deadline,
        )
    ]


def _key(text: str) -> str | None:
    if _REACTIVATE.search(text):
        return "reactivate"
    if _UNAWARE.search(text):
        return "unaware"
    if _WHAT_NOW.search(text):
        return "what_now"
    if _SURPRISED.search(text):
        return "surprised"
    return None


__all__ = ["answer"]
