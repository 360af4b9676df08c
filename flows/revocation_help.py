"""Questions about a revoked participation ("kartu prakerja saya dicabut knp", "lupa beli
pelatihan, udh lewat 20 hari, kartuku masih aktif?"): why cards are revoked and what can be
done, instead of the announcement's timing; "kalo banding?" right after it: DOMAIN.md names no
appeal, so none is promised: a complaint, for staff to check; "aku udh beli pelatihan kok"
there: staff check the purchase, on a complaint about the revocation. A linked revoked
participant asking "mau banding" later, or why their account is switched off ("akun ku
dinonaktifkan kenapa"), is answered from their record (``of_record``): their own revocation
(the first course not bought by its deadline, DOMAIN.md), not the reasons accounts are
blocked."""

from __future__ import annotations

import re

from flows import wish_to_complain
from flows.complaint_topics import file_complaint
from flows.eligibility_told import joins_again
from flows.follow_up_answers import FollowUp, either, now
from flows.formatting import long_date
from flows.last_answer import SAID, remember
from flows.messages import Outbound
from flows.my_data import participant
from flows.runtime.machine import FlowTurn
from flows.turn import Ask, within_context_of
from flows.views import ParticipantView

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
    why = turn.say("kb.revoked_why", **turn.ctx.programme.facts())
    if joins_again((turn.message.text or "").lower()):  # "bisa daftar lagi?": no, first
        why = f"{turn.say('eligibility_told.revoked')}\n\n{why}"
    return [Outbound(why, (report, turn.menu_button()))]


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


_SWITCHED_OFF = re.compile(
    rf"\b{_MEMBERSHIP}\b.{{0,30}}\b(?:di)?(?:nonaktif\w*|non aktif\w*|blokir|diblokir|"
    r"terblokir|dibekukan|dicabut|hangus|ditutup|(?:ga|gak|gk|tidak|tdk|nggak|ngga) "
    r"(?:aktif|bisa dipakai|bisa dipake|bisa masuk))\b|\b(?:dinonaktifkan|dicabut|revoked|"
    r"deactivated|blocked)\b"
)
"""One's participation said to be switched off ("akun ku dinonaktifkan kenapa", "kok kartu
prakerja aku ga aktif", "my account was deactivated"): for a revoked participant, that is the
revocation, not a blocked account."""
MAX_WORDS = 12


def of_record(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """At any time, from a linked participant whose participation is revoked: "mau banding"
    (the appeal's answer; before, only right after the revocation's answer) and "akun ku
    dinonaktifkan kenapa" (their revocation, with its deadline, not the reasons accounts are
    blocked). The records are read only for such a short message."""
    text = (turn.message.text or "").lower()
    if turn.message.payload is not None or len(text.split()) > MAX_WORDS:
        return None
    if wish_to_complain.said(turn):  # "kepesertaan saya dicabut. Saya ingin mengajukan
        return None  # pengaduan.": the complaint form, as asked (category revoked)
    appealed = len(text.split()) <= 6 and bool(_APPEAL.search(text))
    if not appealed and not _SWITCHED_OFF.search(text):
        return None
    person = yield from participant(turn)
    if person is None or person.status != "revoked":
        return None
    return appeal(turn) if appealed else [mine(turn, person)]


BOUGHT = ("enrolled", "completed")
"""Statuses with the first course bought: the deadline that revokes a card is met."""
_FEARED = re.compile(
    r"\b(?:kalo|kalau|klo|kl|kalo\w*|nanti|ntar|nnti|apa|apakah|bakal|bisa|if|will|would)\b"
    r".{0,40}\b(?:dicabut|kecabut|revoked|dinonaktif\w*|hangus|gugur|didiskualifikasi)\b"
)
"""A revocation feared for something else ("kalo gak ikut nanti dicabut?", "kalo telat
webinar kartunya hangus?"), not one told."""
_ABSENT = re.compile(
    r"\b(?:ga|gak|gk|g|nggak|ngga|enggak|tidak|tdk|ndak|belum|blm)\s+(?:bisa\s+)?"
    r"(?:ikut|ikutan|hadir|dateng|datang|masuk|join)\b|\b(?:absen|bolos|telat|terlambat|"
    r"kelewat|ketinggalan|izin|ijin|sakit|miss|missed|skip\w*|absent|late)\b"
)
"""A session missed ("gak ikut", "telat webinar", "sakit"): not an unused balance ("kalo gak
kepake hangus?") nor a deadline."""


def feared(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """ "kalo gak ikut nanti dicabut?" from a participant who bought their first course: no
    (``not_for_absence``); read before the live-class answers, which take "gak ikut" as a
    session to move. None: not such a question, or no course bought on record."""
    text = (turn.message.text or "").lower()
    if turn.message.payload is not None or len(text.split()) > MAX_WORDS:
        return None
    if not (_FEARED.search(text) and _ABSENT.search(text)):
        return None
    person = yield from participant(turn)
    if person is None or person.status not in BOUGHT:
        return None
    return [not_for_absence(turn)]


def not_for_absence(turn: FlowTurn) -> Outbound:
    """To a participant who bought their first course: a card is revoked only for not buying
    it in time (DOMAIN.md "Registration steps"), which they did; missing a session delays the
    incentive (paid after completion, certificate and rating), and the provider decides about
    a make-up session. Before, the rule on buying within 15 days, as if they had not bought."""
    report = file_complaint(turn, topic="provider")
    return turn.reply("revocation_help.not_for_absence", report, turn.menu_button())


def mine(turn: FlowTurn, person: ParticipantView) -> Outbound:
    """The participant's own revocation: the first course not bought by its deadline."""
    remember(turn, REVOKED)  # "aku udh beli pelatihan kok", "kalo banding?" next
    deadline = person.purchase_deadline
    when = ""
    if deadline is not None:  # " (24 September 2023)"
        when = turn.say("kb.revoked_mine_deadline", date=long_date(deadline, turn.lang))
    report = file_complaint(turn, topic="revoked")
    return turn.reply("kb.revoked_mine", report, turn.menu_button(), deadline=when)


_BOUGHT = re.compile(
    r"\b(?:udah|udh|sudah|sdh|dah|telah|pernah|kan)\s+(?:\w+\s+)?(?:beli|membeli|dibeli|"
    r"kebeli|bayar|dibayar|checkout|redeem|ikut)\w*\b|\balready (?:bought|purchased|paid)\b"
    r"|\bi (?:did )?(?:buy|bought|purchased)\b"
)
"""The first course said to be bought ("aku udh beli pelatihan kok", "I did buy one")."""


def bought(turn: FlowTurn) -> list[Outbound]:
    """A purchase said to be made before the revocation: staff check it, on a complaint about
    the revocation (not about a purchase); no outcome promised."""
    remember(turn, REVOKED)
    report = file_complaint(turn, topic="revoked")
    return [turn.reply("kb.revoked_bought", report, turn.menu_button())]


FOLLOW_UPS: dict[str, FollowUp] = {
    REVOKED: either((_APPEAL, now(appeal)), (_BOUGHT, now(bought))),
}
"""Entries of ``flows.follow_ons.FOLLOW_UPS``."""


__all__ = [
    "FOLLOW_UPS",
    "INTENTS",
    "REVOKED",
    "answer",
    "appeal",
    "appeal_later",
    "bought",
    "feared",
    "mine",
    "of_record",
]
