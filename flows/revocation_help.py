"""Questions about a revoked participation ("kartu prakerja saya dicabut knp", "lupa beli
pelatihan, udh lewat 20 hari, kartuku masih aktif?"): why cards are revoked and what can be
done, instead of the announcement's timing; "kalo banding?" right after it: DOMAIN.md names no
appeal, so none is promised: a complaint, for staff to check; "mau banding" later from a linked
revoked participant too (``appeal_of_record``)."""

from __future__ import annotations

import re

from flows.complaint_topics import file_complaint
from flows.follow_up_answers import FollowUp, now
from flows.last_answer import SAID, remember
from flows.messages import Outbound
from flows.my_data import participant
from flows.runtime.machine import FlowTurn
from flows.turn import Ask, within_context_of

INTENTS = ("registration_status", "training_balance", "program_info", "check_eligibility",
           "register", "help")  # fmt: skip
"""The intents such a message is read as (a report about it stays a complaint)."""

_MEMBERSHIP = r"(?:kepesertaan|kartu(?! sim)|akun|prakerja)\w*"
_REVOKED = re.compile(
    rf"\b(?:dicabut|revoked)\b|\b{_MEMBERSHIP}\b.{{0,30}}\b(?:hangus|nonaktif|non aktif|"
    r"(?:tidak|gak|ga|nggak|masih) aktif)\b"
    r"|\b(?:lupa|tidak|ga|gak|belum|blm|nggak) (?:sempat )?beli pelatihan\b.{0,60}"
    r"\b(?:lewat|hangus|aktif|daftar lagi|daftar lg|ikut lagi|gimana|gmn)"
)


def answer(turn: FlowTurn) -> list[Outbound] | None:
    if not _REVOKED.search((turn.message.text or "").lower()):
        return None
    remember(turn, REVOKED)  # "kalo banding?" next: no appeal promised, a complaint
    report = file_complaint(turn, topic="revoked")
    return [turn.reply("kb.revoked_why", report, turn.menu_button(), **turn.ctx.programme.facts())]


REVOKED = "revoked"
"""``flows.last_answer`` topic: why participation is revoked was answered."""
_APPEAL = re.compile(
    r"\b(?:banding|naik banding|keberatan|sanggah\w*|menyanggah|gugat\w*|"
    r"appeal\w*|object\w*|dispute|reconsider\w*|diaktifkan lagi|aktif lagi|dipulihkan)\b"
)
"""Asking to appeal ("kalo banding?", "bisa ajukan keberatan?", "can I appeal?")."""


def appeal(turn: FlowTurn) -> list[Outbound]:
    """No appeal is promised (DOMAIN.md names none): a complaint, for staff to check."""
    remember(turn, REVOKED)
    report = file_complaint(turn, topic="revoked")
    return [turn.reply("kb.revoked_appeal", report, turn.menu_button())]


def appeal_later(turn: FlowTurn) -> list[Outbound] | None:
    """ "kalo banding?" one message later ("yah" said in between): still the revocation's."""
    said = turn.session.profile.get(SAID)
    if not isinstance(said, list) or len(said) != 3 or said[0] != REVOKED:
        return None
    if said[2] < turn.session.turns - 2 or not within_context_of(float(said[1]), turn.message.at):
        return None
    text = (turn.message.text or "").lower()
    return appeal(turn) if len(text.split()) <= 6 and _APPEAL.search(text) else None


def appeal_of_record(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """ "mau banding" at any time from a linked participant whose participation is revoked:
    the appeal's answer (before, only right after the revocation's answer; otherwise "not
    understood"). The records are read only for such a short message."""
    text = (turn.message.text or "").lower()
    if turn.message.payload is not None or len(text.split()) > 6 or not _APPEAL.search(text):
        return None
    person = yield from participant(turn)
    return appeal(turn) if person is not None and person.status == "revoked" else None


FOLLOW_UPS: dict[str, FollowUp] = {REVOKED: (_APPEAL, now(appeal))}
"""Entries of ``flows.follow_ons.FOLLOW_UPS``."""


__all__ = [
    "FOLLOW_UPS",
    "INTENTS",
    "REVOKED",
    "answer",
    "appeal",
    "appeal_later",
    "appeal_of_record",
]
