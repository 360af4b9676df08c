"""What comes after a step of the first course, asked in so many words (read before the NLU's
intent in ``flows.follow_ons``, which reads them as the certificate's status, the balance or a
course search):

- "abis sertifikat muncul trs apa", "after I get the certificate, what next?": the rating and
  review, then the incentive schedule (``certificate_next.steps``; before: the certificate's
  status again);
- "kalo ulasan udh kasih trs?", "abis rating trs gimana", and "what happens after that" right
  after the rating answer: the incentive schedule (``certificate_next.after_rating``; before:
  the certificate's status, the balance);
- "harus beres pelatihan dulu?" after an incentive or benefits answer (or naming the
  incentive): yes, the incentive comes after the first course's certificate, rating and
  review (DOMAIN.md "Incentives"; before: a course search for "harus")."""

from __future__ import annotations

import re

from flows import certificate_next
from flows.fallback import previous_intent
from flows.follow_up_answers import RATING
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

MAX_WORDS = 12

_ASKS_NEXT = re.compile(
    r"\b(?:terus|trus|trs|truss|lalu|ngapain|apa lagi|selanjutnya|berikutnya|gimana|gmn|"
    r"next|then|now what|what now|happens|abis itu|habis itu|setelah itu)\b|\?\s*$|\bapa\W*$"
)
_AFTER_CERTIFICATE = re.compile(
    r"^(?!.*\b(?:kapan|kpn|when|wajib|harus|how long|berapa lama|brp lama)\b)"
    r".*\b(?:abis|habis|setelah|sesudah|stlh|after|once)\s+(?:\w+\s+){0,2}?"
    r"(?:sertifikat|serti|sertif|certificate)\w*"
)
"""After the certificate ("abis sertifikat muncul", "after I get the certificate")."""
_AFTER_THAT = re.compile(
    r"\b(?:after that|afterwards|abis itu|habis itu|setelah itu|sesudah itu|terus|trus|trs|"
    r"then|next)\b"
)
_RATED_SAID = re.compile(
    r"\b(?:rating|rate|ulasan|ulasannya|review|bintang)\w*\s+(?:\w+\s+)?(?:udh|udah|uda|sudah|"
    r"sdh|dah|done|given|kasih|dikasih|dikirim)\b"
)
"""The rating said to be given, the rating first ("kalo ulasan udh kasih trs?")."""
_FINISH_FIRST = re.compile(
    r"\b(?:harus|hrs|mesti|musti|perlu|wajib|kudu)\s+(?:\w+\s+)?(?:beres\w*|selesai\w*|kelar\w*|"
    r"lulus|tamat|namatin|ikut\w*|beli)\s+(?:\w+\s+)?(?:pelatihan|pelatihannya|kelas|kelasnya|"
    r"kursus|training|course)\w*"
    r"|\b(?:have to|must|need to)\s+(?:finish|complete|do|take)\s+(?:a |the )?(?:course|training)"
)
"""Having to finish the course first ("harus beres pelatihan dulu?")."""
_INCENTIVE = re.compile(r"\b(?:insentif\w*|cair\w*|duit\w*|uang\w*|incentive\w*|money|paid)\b")
_MONEY_TOPICS = frozenset({"incentive_status", "benefits_info"})


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """The step after the certificate or the rating, or the incentive's order; else None."""
    text = turn.message.words
    if turn.message.payload is not None or not text or len(text.split()) > MAX_WORDS:
        return None
    rated = certificate_next.AFTER_RATING.search(text) or _RATED_SAID.search(text)
    if rated and _ASKS_NEXT.search(text):
        return certificate_next.after_rating(turn)  # "kalo ulasan udh kasih trs?"
    if _AFTER_CERTIFICATE.search(text) and _ASKS_NEXT.search(text):
        return certificate_next.steps(turn)  # "abis sertifikat muncul trs apa"
    if just_said(turn) == RATING and _AFTER_THAT.search(text) and len(text.split()) <= 5:
        return certificate_next.after_rating(turn)  # "what happens after that"
    about_money = previous_intent(turn) in _MONEY_TOPICS or bool(_INCENTIVE.search(text))
    if _FINISH_FIRST.search(text) and about_money:  # "harus beres pelatihan dulu?"
        remember(turn, certificate_next.TOPIC)  # "abis rating?" next: from the rating on
        facts = turn.ctx.programme.facts()
        return [turn.reply("course_next.incentive_after", turn.menu_button(), **facts)]
    return None


__all__ = ["answer"]
