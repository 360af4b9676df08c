"""Facts told in a story that already decide whether one may join (DOMAIN.md "Eligibility":
once in a lifetime; at most ``max_beneficiaries_per_kk`` recipients per family card):

- one's own earlier receipt ("aku dulu udah pernah dapet prakerja taun 2020, bisa daftar
  lagi?"): the check, whose verdict says at once "once in a lifetime"; "padahal cuma dpt 1
  pelatihan" right after: it still counts;
- the card's quota used by relatives on it ("di kk aku ... mama udh dapet, kakak jg udh.
  aku sama adek masih bisa ga?", "bapak sama kakak udah lolos, kita satu KK"): the check,
  whose verdict says at once "at most 2 per card".

Before, the wave's result, "joining every wave until selected", the rule "not disqualified
unless 2 on the card" then the age question, or a results question split off was answered.
A linked participant's own record decides their own receipt (``flows.apply_again``); one's
own revocation is ``flows.revocation_help``'s (revoked: no joining again).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from flows import eligibility_kk
from flows.eligibility_facts import about_self, facts
from flows.eligibility_jobs import affirmed
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.turn import Ask, Step

TOPIC = "eligibility_told_previous"
"""``flows.last_answer`` topic: told that an earlier receipt rules out joining again."""
KEY = "eligibility_told"
"""``session.profile`` key of that topic (the check's own answer stays under ``SAID``)."""
Start = Callable[[FlowTurn], Step]
"""Starts the eligibility check on the turn's message."""

_AGAIN = r"(?:lagi|lg|ulang|kembali|again)"
_NOT_COURSE = (
    r"(?!\w*\s+(?:pelatihan|pelatihannya|kelas|webinar|training|kursus|insentif|sertifikat|"
    r"saldo|kode|rating|survei|survey)\b)"
)
_JOINS = re.compile(
    r"\b(?:daftar|mendaftar|gabung|join|apply|register|re-?register|re-?apply)\w*"
    rf"|\b(?:ikut|ikutan|dapet|dapat|dpt|lolos|nerima|terima){_NOT_COURSE}\w*\s+{_AGAIN}\b"
    r"|\bikut\s+(?:prakerja|gelombang|seleksi|program)\b"
)
"""Joining named ("bisa daftar lagi", "masih boleh ikut prakerja", "bisa dapet lagi")."""
_ASKS = re.compile(
    r"\?|\b(?:bisa|bs|bsa|boleh|blh|bole|masih|msh|gimana|gmn|gmna|can|may|could)\b"
)
_BARE_ASK = re.compile(
    r"\b(?:masih|msh)\s+(?:bisa|bs|bsa|boleh|blh)\b"
    r"|\b(?:bisa|bs|boleh|blh)\s+(?:ga|gak|gk|nggak|ngga|engga|enggak|tidak|kah|gk)\b"
    r"|\b(?:can|could) (?:we|i|they|he|she)\b"
)
"""A bare "masih bisa ga?" after the card's recipients: whether the rest may join."""
_REVOKED = re.compile(r"\b(?:dicabut|di-cabut|dinonaktif\w*|kena cabut)\b")
_PARTIAL = re.compile(
    r"\b(?:cuma|cm|cuman|hanya|baru|only)\b.{0,25}?\b(?:1|satu|sekali|one|sebagian|dikit)\b"
    r"|\b(?:ga|gak|gk|tidak|tdk|belum|blm|nggak|never)\s+(?:\w+\s+)?"
    r"(?:selesai|cair|dapet insentif|dapat insentif|abis|habis|kepake|terpakai|dipake|"
    r"(?:ambil|beli|ikut)\s+pelatihan)\b"
    r"|\bsaldo\w*\s+(?:\w+\s+)?(?:sisa|masih)\b|\b(?:sisa|masih ada)\s+saldo\w*\b"
)
"""An earlier receipt played down ("padahal cuma dpt 1 pelatihan", "insentifnya ga cair")."""


def revoked(lowered: str) -> bool:
    """The user says their own participation was revoked ("dulu dicabut karna telat beli";
    not "ga dicabut", "temenku dicabut")."""
    return affirmed(_REVOKED, about_self(lowered)) is not None


def answer(turn: FlowTurn, start: Start) -> Ask[list[Outbound] | None]:
    """The check started on the message when its facts decide it ("once in a lifetime", "at
    most 2 per card": its verdict at once); an earlier receipt played down right after that
    verdict: it still counts; None for any other message (a reader of ``flows.route_readers``)."""
    if turn.message.payload is not None or turn.session.flow is not None:
        return None
    lowered = " ".join((turn.message.text or "").lower().split())
    if just_said(turn, KEY) == TOPIC and _PARTIAL.search(lowered):
        remember(turn, TOPIC, KEY)
        return [Outbound(turn.say("eligibility_told.partial"), (turn.menu_button(),))]
    if not _ASKS.search(lowered) or revoked(lowered):  # a revocation: ``revocation_help``
        return None
    said = facts(turn.message, turn.ctx)
    full = said.get("kk_count") == str(turn.ctx.programme.max_beneficiaries_per_kk)
    if full and (_JOINS.search(lowered) or _BARE_ASK.search(lowered)):
        eligibility_kk.said(turn)  # "kalo aku pisah KK gmn" next: counted per card
        return (yield from start(turn))
    if said.get("previous") != "yes" or not _JOINS.search(lowered):
        return None
    if turn.session.participant_id is not None:
        return None  # a linked participant: their record answers (``flows.apply_again``)
    replies = yield from start(turn)
    if turn.session.flow is None:  # the verdict at once: "cuma 1 pelatihan" next still counts
        remember(turn, TOPIC, KEY)
        if _PARTIAL.search(lowered):  # "dulu lolos tapi ga ambil pelatihan": counts all the same
            replies = [Outbound(turn.say("eligibility_told.partial")), *replies]
    return replies


def joins_again(lowered: str) -> bool:
    """Joining again or at all is asked about ("bisa daftar lagi?", "masih boleh ikut?")."""
    return bool(_ASKS.search(lowered) and _JOINS.search(lowered))


__all__ = ["KEY", "TOPIC", "Start", "answer", "joins_again", "revoked"]
