"""Situations asked about in the eligibility check's opening (or at one of its questions) that
no question of the check answers, each given a one-line answer before the age question (p22
probe: each went straight to "Berapa usiamu sekarang?", the question left unanswered):

- an education level ("saya cuma lulusan SD, apa bisa ikut?", "lulusan SMA yang belum bekerja
  dapat mendaftar?"): the rules name none, only not being at school or university now
  (DOMAIN.md "Eligibility"; a judgement call that no level is required, as the rules list none);
- not working ("belum bekerja", "nganggur"): no rule either; only some jobs are excluded;
- living or working abroad, a trainee in Japan too ("WNI yang berdomisili di Jepang sebagai
  pekerja magang"): ``registration_abroad.answer``, as the check's questions answer it;
- an e-KTP still being printed, only a "suket" ("ktp aku masih proses cetak, cuma punya
  suket"): the registration photographs the original e-KTP (DOMAIN.md "Registration steps");
- non-ASN staff ("satpol pp non asn", "honorer", "staf ahli anggota dprd (bukan anggotanya)"):
  not an excluded job; only ASN, members of the DPR/DPRD and the others listed are;
- "dokumen apa saja yang perlu saya siapkan?": what the registration asks for.

``lines`` gives the answers for the opening; ``said`` one answer at a question."""

from __future__ import annotations

import re

from flows.eligibility_courses import kind
from flows.registration_abroad import abroad
from flows.result import Valid
from flows.runtime.machine import FlowTurn, Slots, State
from flows.turn import Message

KEY = "eligibility_opening_asks"
MAX_WORDS = 40

_LEVEL = re.compile(
    r"\b(?:lulusan|tamatan|lulus|tamat|ijazah|pendidikan terakhir|cuma|hanya|cm)\s+"
    r"(?:(?:dari|sampai|sampe|smp|sma|smk)\s+)?(?:sd|smp|sltp|sma|smk|slta|ma|mts|paket [abc]|"
    r"d[1-4]|s[1-3]|diploma|sarjana)\b"
    r"|\b(?:ga|gak|tidak|tdk|nggak|belum)\s+(?:tamat|lulus)\s+(?:sd|smp|sma|smk)\b"
    r"|\bpendidikan terakhir\b|\b(?:minimal|min|syarat)\s+(?:pendidikan|ijazah|lulusan)\b"
)
_NO_WORK = re.compile(
    r"\b(?:belum|blm|tidak|tdk|ga|gak|nggak|sedang tidak)\s+(?:be)?kerja\b|\bnganggur\b"
    r"|\bpengangguran\b|\bunemployed\b|\bjobless\b"
)
_SUKET = re.compile(
    r"\bsuket\b|\bsurat keterangan\b|\bktp\w*\s+(?:\w+\s+)?(?:masih\s+|msh\s+|lagi\s+|lg\s+)?"
    r"(?:proses|diproses|dalam proses|belum jadi|blm jadi|belum dicetak|blm dicetak)\b"
)
_NON_ASN = re.compile(
    r"\bnon[- ]?(?:asn|pns)\b|\bhonorer\b|\btenaga kontrak\b|\bthl\b"
    r"|\b(?:staf|staff|staf ahli|tenaga ahli|asisten|ajudan|sopir|supir|pegawai)\s+(?:ahli\s+)?"
    r"(?:anggota\s+)?(?:dprd?|dewan)\b|\bbukan anggota(?:nya)?\b"
)
_DOCUMENTS = re.compile(
    r"\b(?:dokumen|berkas|persyaratan dokumen|yang perlu (?:saya |aku )?siapkan|"
    r"yg perlu (?:disiapin|disiapkan)|perlu (?:disiapkan|disiapin|dibawa)|apa aja yang dibutuhin|"
    r"documents?)\b"
)
_HOMEMAKER = re.compile(r"\b(?:ibu rumah tangga|irt|ibu rt|housewife|homemaker)\b")
"""A housewife: the check's homemaker note already says not working is no bar."""
_SCHOOL = re.compile(r"\b(?:sekolah|skolah|kuliah|pendidikan formal|school)\b")
_ASKS = re.compile(
    r"\?|\b(?:apakah|apa|bisa|bs|boleh|blh|dapat|dpt|can|may|gimana|gmn|bagaimana)\b"
)


def _keys(lowered: str) -> list[str]:
    keys: list[str] = []
    study = kind(lowered) if _SCHOOL.search(lowered) else None
    if study is not None:  # "ikut kejar paket C, termasuk sekolah gak?"
        keys.append("equivalency_school" if study == "equivalency" else "course_not_school")
    if _LEVEL.search(lowered):
        keys.append("education")
    if _NO_WORK.search(lowered) and not _HOMEMAKER.search(lowered):  # its own note says it
        keys.append("no_work")
    if abroad(lowered):
        keys.append("abroad")
    if _SUKET.search(lowered):
        keys.append("suket")
    if _NON_ASN.search(lowered):
        keys.append("non_asn")
    return keys


def lines(turn: FlowTurn) -> list[str]:
    """The one-line answers for the check's typed opening; empty when it asks none."""
    text = turn.message.text if turn.message.payload is None else None
    lowered = " ".join((text or "").lower().split())
    if not lowered or len(lowered.split()) > MAX_WORDS or not _ASKS.search(lowered):
        return []
    return [_say(turn, key) for key in _keys(lowered)]


def said(turn: FlowTurn, state: State, lowered: str) -> str | None:
    """The answer to such a question typed at a question of the check, else None; not when
    the pending question reads it as its answer ("aku honorer non asn, bisa?" at the job's)."""
    if turn.message.payload is not None or not _ASKS.search(lowered):
        return None
    check = state.slot.validate if state.slot is not None else None
    if check is not None and isinstance(check(turn.message, dict(turn.slots), turn.ctx), Valid):
        return None
    if _DOCUMENTS.search(lowered):
        return turn.say(f"{KEY}.documents")
    keys = [key for key in _keys(lowered) if key in ("education", "suket", "non_asn")]
    return "\n".join(_say(turn, key) for key in keys) or None


def asks_rule(message: Message) -> bool:
    """A question the check's opening answers, however unsure the NLU ("saya staf ahli anggota
    dprd (bukan anggotanya), boleh?", "lagi ikut kejar paket C, termasuk sekolah gak?")."""
    lowered = " ".join((message.text or "").lower().split())
    if len(lowered.split()) > MAX_WORDS or not _ASKS.search(lowered):
        return False
    return bool(set(_keys(lowered)) & {"equivalency_school", "course_not_school", "non_asn"})


def without_excluded(message: Message, slots: Slots) -> Slots:
    """Facts read from a message, less an excluded job it denies ("satpol pp non asn", "staf
    ahli anggota dprd (bukan anggotanya)": the NLU reads ASN, a DPRD member)."""
    if slots.get("occupation") in (None, "none"):
        return slots
    if not _NON_ASN.search(" ".join((message.text or "").lower().split())):
        return slots
    return {key: value for key, value in slots.items() if key != "occupation"}


def _say(turn: FlowTurn, key: str) -> str:
    if key in ("equivalency_school", "course_not_school"):
        return turn.say(f"invalid.{key}")
    if key == "abroad":
        return turn.say("registration_abroad.answer", **turn.ctx.programme.facts())
    return turn.say(f"{KEY}.{key}")


__all__ = ["asks_rule", "lines", "said", "without_excluded"]
