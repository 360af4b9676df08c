"""A revoked participant's reason for not buying in time ("sy telat beli krn hp rusak
seminggu", "telat beli pelatihan krn lg sakit dirawat"), right after the revocation was
explained or from a chat linked to a revoked participant: heard, then the rule (DOMAIN.md: the
first course bought before its deadline, or the card is revoked; the same for everyone), that
the assistant cannot reactivate it, and what the participant can do: a complaint, which keeps
the reason told as its story, or the official channels. Before, the reason was read by its
words: the change-phone steps for a broken phone, "buy your first course now" with a course
search for an illness, and the complaint then asked for the story again."""

from __future__ import annotations

import re

from flows.complaint_story import masked
from flows.complaint_topics import file_complaint
from flows.last_answer import just_said, remember
from flows.linked_status import linked_in
from flows.messages import MAX_TEXT_LENGTH, Outbound
from flows.runtime import controls
from flows.runtime.machine import FlowTurn
from flows.turn import Ask

REVOKED = "revoked"
"""The ``flows.last_answer`` topic of the revocation answers (``flows.revocation_help``)."""
MAX_WORDS = 30
_BECAUSE = re.compile(
    r"\b(?:krn|karena|karna|krna|soalnya|soale|gara2|gara-gara|garagara|gegara|akibat|"
    r"because|since|due to)\b"
)
_LATE = re.compile(
    r"\b(?:telat|terlambat|kelewat\w*|kelewatan|lewat|(?:ga|gak|gk|nggak|tidak|tdk|blm|belum)"
    r" (?:sempat|sempet|sempat beli|bisa beli|beli|membeli)|lupa|late|missed|"
    r"(?:couldn'?t|didn'?t|could not|did not) buy)\b"
)
_HARDSHIP = re.compile(
    r"\b(?:sakit|dirawat|opname|rumah sakit|hp\w* (?:rusak|hilang|mati|dicuri|error|eror)|"
    r"kecelakaan|musibah|meninggal|melahirkan|lahiran|banjir|bencana|gempa|hospital\w*|sick|"
    r"accident|broken|phone (?:was )?(?:broke|lost|stolen))\b"
)
"""Something that kept the participant from buying: an illness, a broken phone, a disaster."""
_BOUGHT = re.compile(r"\b(?:udah|sudah|udh|sdh|dah|already)\s+(?:beli|membeli|bayar|bought|paid)\b")
"""A purchase claimed: the revocation's complaint about a purchase not recorded (not this)."""


def told(text: str, *, just_revoked: bool) -> bool:
    """``text`` (lowered) gives a reason for not buying in time; right after the revocation's
    answer a hardship alone is one ("lg sakit dirawat waktu itu")."""
    if _BOUGHT.search(text) or len(text.split()) > MAX_WORDS:
        return False
    reason = bool(_BECAUSE.search(text) or _HARDSHIP.search(text))
    return reason and (just_revoked or bool(_LATE.search(text)))


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """The reason heard, the rule and what can be done; None when no reason is told here."""
    message = turn.message
    text = " ".join((message.text or "").split())
    if message.payload is not None or turn.session.flow is not None or not text:
        return None
    just_revoked = just_said(turn) == REVOKED
    if not told(text.lower(), just_revoked=just_revoked):
        return None
    if not just_revoked and not (yield from linked_in(turn, "revoked")):
        return None
    remember(turn, REVOKED)  # "bisa dibalikin ga" next: still the revocation
    report = file_complaint(turn, topic="revoked", story=masked(text)[:MAX_TEXT_LENGTH])
    person = turn.button("common.talk_to_person", controls.HUMAN)
    days = turn.ctx.programme.facts().get("purchase_days")
    contact = turn.ctx.programme.contact_centre
    key = "revoked_reason.heard"
    return [turn.reply(key, report, person, purchase_days=days, contact_centre=contact)]


__all__ = ["answer", "told"]
