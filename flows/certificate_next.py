"""Short follow-ups of a certificate answer (probe p18 D23, D24), read in its context
(``flows.follow_ons``):

- still not there ("kok blm muncul jg", "kalo ga muncul2?") right after "not issued yet": the
  certificate appears about 1 working day after the training provider reports the participant
  finished (DOMAIN.md "Courses"); longer than that, the provider first, then a complaint
  (DOMAIN.md "Complaints" 2). Before: the registration status, or "which one do you mean?";
- what comes after it ("trs klo udh keluar?", "trs abis itu ngapain") right after a certificate
  answer: the rating and review, the incentive schedule and its arrival, the survey, and (in
  the current rules) the days to spend the rest of the balance. Before: the same "not issued"
  text again, or an offer to complain about a certificate that was issued;
- then "abis rating?": the steps from the rating on; "klo udh cair brarti selesai?": what is
  left after the incentive (the survey; once in a lifetime)."""

from __future__ import annotations

import re

from flows.complaint_topics import file_complaint
from flows.follow_up_answers import FollowUp, either, now
from flows.last_answer import remember
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

TOPIC = "certificate_next"
"""``flows.last_answer`` topic: the steps after the certificate were told."""
CERTIFICATE = "certificate"
"""The certificate answer's topic (``flows.certificate_wait.TOPIC``): "udh 3 hari" next."""

STILL_MISSING = re.compile(
    r"\b(?:blm|belum|ga|gak|gk|g|nggak|ngga|enggak|tidak|tdk|ndak|gada|gaada|never)\s+"
    r"(?:juga\s+|jg\s+)?(?:muncul|keluar|kluar|terbit|ada|nongol|appear\w*|show\w*)\w*"
)
"""Still not there: "kok blm muncul jg", "kalo ga muncul2?", "masih belum ada"."""
NEXT = re.compile(
    r"\b(?:ngapain|ngapa2in|harus apa|hrs apa|langkah\w*|abis itu|habis itu|abis tu|setelah "
    r"itu|sesudah itu|selanjutnya|berikutnya|what now|now what|what next|what'?s next)\b"
    r"|\b(?:kalo|klo|kalau|kl|if|when)\s+(?:\w+\s+)?(?:udh|udah|sudah|sdh|dah|uda|it'?s)\s+"
    r"(?:keluar|kluar|terbit|muncul|ada|issued|out)\b"
)
"""What comes after it: "trs klo udh keluar?", "trs abis itu ngapain"."""
AFTER_RATING = re.compile(
    r"\b(?:abis|habis|setelah|sesudah|udh|udah|sudah|after)\s+(?:\w+\s+)?(?:rating|rate|"
    r"ulasan|review|nilai|bintang)\w*"
)
"""After the rating: "abis rating?", "kalo udah kasih rating?"."""
PAID_DONE = re.compile(
    r"\b(?:cair|dibayar|masuk|paid)\w*\b.{0,30}\b(?:selesai|beres|kelar|tamat|done|over|udah|"
    r"udh)\b|\b(?:selesai|beres|kelar|done)\b.{0,20}\b(?:cair|dibayar|paid)\w*"
)
"""Whether it is all over once paid: "klo udh cair brarti selesai?"."""


def still_missing(turn: FlowTurn) -> list[Outbound]:
    """Past about 1 working day after finishing: the provider, then a complaint."""
    remember(turn, CERTIFICATE)  # "udh 3 hari" next: overdue or not
    report = file_complaint(turn, topic="certificate")
    return [turn.reply("certificate_next.still_missing", report, turn.menu_button())]


def steps(turn: FlowTurn) -> list[Outbound]:
    """From the certificate to the incentive, the survey and the rest of the balance."""
    return _said(turn, "certificate_next.steps", rest=True)


def after_rating(turn: FlowTurn) -> list[Outbound]:
    """From the rating to the incentive and the survey."""
    return _said(turn, "certificate_next.after_rating", rest=True)


def paid_done(turn: FlowTurn) -> list[Outbound]:
    """Once paid, only the survey is left (and the programme is once in a lifetime)."""
    return _said(turn, "certificate_next.paid_done", rest=False)


def _said(turn: FlowTurn, key: str, *, rest: bool) -> list[Outbound]:
    remember(turn, TOPIC)  # "abis rating?", "klo udh cair brarti selesai?" next
    programme = turn.ctx.programme
    facts = programme.facts()
    lines = [turn.say(key, **facts)]
    if rest and programme.era.rest_days > 0:
        lines.append(turn.say("certificate_next.rest", **facts))
    return [Outbound("\n".join(lines), (turn.menu_button(),))]


FOLLOW_UPS: dict[str, FollowUp] = {
    TOPIC: either(
        (PAID_DONE, now(paid_done)),
        (AFTER_RATING, now(after_rating)),
        (NEXT, now(after_rating)),  # "trs abis itu?" once more: from the rating on
    ),
}
"""Entries of ``flows.follow_ons.FOLLOW_UPS``: after the steps were told."""

__all__ = [
    "AFTER_RATING",
    "CERTIFICATE",
    "FOLLOW_UPS",
    "NEXT",
    "PAID_DONE",
    "STILL_MISSING",
    "TOPIC",
    "after_rating",
    "paid_done",
    "steps",
    "still_missing",
]  # fmt: skip
