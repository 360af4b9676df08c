"""How long a linked participant still has to use the training balance, in days: "aku punya brp
hari lg", "masih bisa beli kelas hari ini ga?", "how many days do i have left", and a bare
"sampai kapan?" / "sampe kapan bisa dipake?" / "until when?" right after the balance or the
deadline was answered (the NLU reads "sampe kapan?" as a goodbye). DOMAIN.md: the first course is
bought before the purchase deadline, or the card is revoked; the rest of the balance lapses
``rest_days`` after the first course is rated (``flows.balance_rest``).

Selected: the deadline with the days left ("sisa 3 hari lagi", "hari ini hari terakhir"), the
days counted in WIB calendar days; with a course bought: the rest's date (or after the open
course); both by ``flows.purchase_deadline_mine``. Before, a goodbye, a "which one?" menu, "out of
scope", or a date without a day count."""

from __future__ import annotations

import re

from flows import money_help
from flows import purchase_deadline_mine as mine
from flows.course_second_purchase import NEXT_OPEN
from flows.era_answers import BALANCE_RULE
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.turn import Ask, within_context_of

DEADLINE_TOPIC = mine.DEADLINE_TOPIC
"""``flows.last_answer`` topic: the purchase deadline was answered (recorded by ``mine``)."""
FOLLOWED = (money_help.BALANCE, money_help.TOP_UP, DEADLINE_TOPIC, BALANCE_RULE, NEXT_OPEN)
"""Answers after which a bare "sampai kapan?" asks how long the balance lasts."""
MAX_FOLLOW_UP_WORDS = 6

_UNTIL = re.compile(
    r"\b(?:sampai|sampe|smpe|smpai|ampe|hingga|sampe|nyampe) (?:kapan|kpn|tgl|tanggal)\b"
    r"|\buntil when\b|\btill when\b|\bhow long\b|\b(?:berapa|brp|brapa) lama\b"
    r"|\b(?:kapan|kpn)\b.{0,15}\b(?:hangus|habis|expired?|berakhir|terakhir|dipake|dipakai|"
    r"abis|lewat)\b|\bwhen\b.{0,20}\b(?:expire|run out|end|deadline|last day)"
)
"""How long, or until when, asked alone (right after the balance or the deadline)."""
_DAYS_LEFT = re.compile(
    r"\b(?:berapa|brp|brapa|brpa) hari (?:lagi|lg|lgi)\b|\bsisa (?:berapa|brp|brapa) hari\b"
    r"|\bsisa waktu\w*\b|\b(?:punya|ada) (?:berapa|brp|brapa) hari\b|\bhow many days\b"
    r"|\bdays? (?:do i have )?left\b|\bhari terakhir\b|\blast day\b"
    r"|\b(?:masih|msh) (?:bisa|bs|sempat|sempet) (?:beli|membeli)\w*\b.{0,30}"
    r"\b(?:hari ini|hr ini|skrg|sekarang)\b|\bcan i still buy\b"
)
"""The days left asked about ("aku punya brp hari lg", "masih bisa beli kelas hari ini ga?")."""
_ELSEWHERE = re.compile(
    r"\b(?:sertifikat\w*|sertif|insentif\w*|incentive\w*|cair\w*|pengumuman|gelombang|wave|"
    r"tiket|ticket|pengaduan|otp|email|survei|survey|redeem|voucher|webinar|jadwal|kelasnya)\b"
)
"""Another topic named: its days are not the balance's ("sertifikat brp hari lg keluar?")."""


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """The balance's days or date for the linked participant, when asked; else None."""
    lowered = " ".join((turn.message.text or "").lower().split())
    if turn.message.payload is not None or not lowered or _ELSEWHERE.search(lowered):
        return None
    follows = _follows(turn) and len(lowered.split()) <= MAX_FOLLOW_UP_WORDS
    if not (_DAYS_LEFT.search(lowered) or (follows and _UNTIL.search(lowered))):
        return None
    own = yield from mine.answer(turn)  # (the records are read only for such a question)
    if own is None:  # not linked, or nothing of theirs: how long it lasts, by the rules
        if not follows:
            return None
        remember(turn, money_help.BALANCE)  # "aku punya brp hari lg" next: the rules still
        return [money_help.rules(turn)]
    return own  # its topic recorded ("kalo lewat gmn" next: what missing it means)


def _follows(turn: FlowTurn) -> bool:
    """Right after an answer on the balance or the deadline, or one of the two messages before
    was read as the balance ("sisa saldo aku masih ada ga?", "bisa dipake beli kelas lagi?",
    whose answer records no topic, then "sampe kapan?")."""
    if just_said(turn) in FOLLOWED:
        return True
    trail: list[str] = turn.session.profile.get("trail") or []
    before = trail[:-1] if turn.message.intent else trail
    recent = within_context_of(turn.session.last_activity, turn.message.at)
    return bool(recent and "training_balance" in before[-2:])


__all__ = ["DEADLINE_TOPIC", "FOLLOWED", "answer"]
