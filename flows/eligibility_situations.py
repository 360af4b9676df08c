"""Situations that fail a rule now but will not for long, answered with the verdict and the
reason, inside the check or outside it (DOMAIN.md: not in formal education; not an active ASN,
TNI, Polri, ...; a job held before does not exclude):

- on leave from school or university ("aku mahasiswa tp lagi cuti kuliah"): still listed as a
  student (PDDikti/Dapodik), so not yet; after graduating or leaving, and the listing updated;
- about to leave an excluded job ("aku anggota TNI tapi mau pensiun bulan depan"): excluded while
  serving, welcome once retired or resigned.
"""

from __future__ import annotations

import re

from flows import eligibility_letdown
from flows.eligibility_facts import LEAVING, about_self, graduated, job, studying
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

FAILED_REASONS = "eligibility_failed"
"""The reasons of the last verdict (profile): what "kenapa?" or "kapan bisa daftar?" right
after it is told (``flows.eligibility_verdict``, or a situation's here)."""
LISTED = "eligibility_listed"
"""``flows.last_answer`` topic: the verdict said the user counts as a student (listed in
PDDikti/Dapodik, a NIK flagged at another institution, on leave from university); "cara
benerinnya gmn?", "kalo udah lulus?", "trus kapan bisa daftar?" next are about it
(``flows.eligibility_verdict.listed_fix``, ``listed_graduated``, ``listed_when``)."""

_ON_LEAVE = re.compile(
    r"\b(?:cuti|berhenti sementara|on leave|leave of absence|gap year|(?:take|taking|took)"
    r" (?:a )?(?:leave|break))\b"
)
"""On leave (from school when the message says so: "cuti melahirkan" is from work)."""
_STUDY_LEAVE = re.compile(
    r"\bcuti (?:dari )?(?:akademik|semester|studi|kuliah|sekolah|kampus)\b"
    r"|\b(?:leave|break|time off|gap year)\s+(?:of absence\s+)?(?:from|at|in|during)\s+"
    r"(?:my\s+|the\s+)?(?:campus|university|uni|college|school|studies|study|kampus)\b"
)
"""Leave that can only be from school or university ("cuti kuliah", "a leave from campus",
"a gap year from university")."""


def situations(text: str) -> list[str]:
    """Response keys (``eligibility.note.*``) of the situations the user's own words name."""
    own = about_self(text.lower())
    found: list[str] = []
    on_leave = _STUDY_LEAVE.search(own) and not graduated(own)  # not "dulu sempat cuti"
    if on_leave or (studying(own) and _ON_LEAVE.search(own)):
        found.append("eligibility.note.on_leave")
    if job(own) not in (None, "none") and LEAVING.search(own):
        found.append("eligibility.note.leaving")
    return found


def _failed(own: str, found: list[str]) -> list[str]:
    """The rules the situations fail (``eligibility.fail.*``)."""
    failed = ["student"] if "eligibility.note.on_leave" in found else []
    work = job(own)
    if "eligibility.note.leaving" in found and work is not None:
        failed.append(f"occupation_{work}")
    return failed


def verdict(turn: FlowTurn) -> list[Outbound] | None:
    """Outside the check: the verdict on a situation told ("aku mahasiswa tp lagi cuti
    kuliah"), the reason, and when it changes; the check one tap away."""
    message = turn.message
    if message.payload is not None or not message.text:
        return None
    found = situations(message.text)
    if not found and just_said(turn) == LISTED and _ON_LEAVE.search(message.text.lower()):
        found = ["eligibility.note.on_leave"]  # "what if I take a gap year?" after "a student"
    if not found:
        return None
    failed = _failed(about_self(message.text.lower()), found)
    eligibility_letdown.record(turn, failed)  # "yah" next: kindly, with what can be done
    lines = [turn.say(f"eligibility.fail.{rule}") for rule in failed]
    turn.session.profile[FAILED_REASONS] = "\n".join(lines)
    if "student" in failed:  # "kalo udah lulus?", "trus kapan bisa daftar?" next
        remember(turn, LISTED)
    body = turn.say("eligibility.not_eligible.say", reasons="\n".join(lines))
    notes = "\n".join(turn.say(key) for key in found)
    again = turn.button("eligibility.check_again", "flow:eligibility")
    return [Outbound(f"{body}\n\n{notes}", (again, turn.menu_button()))]


ASKS_JOIN = re.compile(
    r"\b(?:bisa|bs|boleh|blh|bole|dapat|dpt|bisakah|bolehkah|can i|may i|am i allowed|"
    r"eligible)\b(?:\s+\w+){0,3}?\s+(?:ikut\w*|daftar|dftr|gabung|join|apply|jadi peserta|"
    r"dapet|dapat|prakerja)\b|\b(?:aman|gpp|gapapa|ga papa|masalah|ngaruh|berpengaruh)\b"
)
"""Whether the user may join ("bisa ikut prakerja?", "boleh daftar?", "aman kan?")."""
_ASKS_ABOUT = re.compile(
    r"^\W*(?:kalo|kalau|klo|kl|gimana|gmn|bagaimana|how about|what about)\b|\b(?:gimana|gmn|"
    r"bagaimana|gmana)\W*(?:kak|min|ka|ya|sih)?\W*$"
)
"""A short question about one's own job ("kalo pegawai PPPK gimana kak?")."""
_PPPK = re.compile(r"\b(?:pppk|p3k|pegawai pemerintah dengan perjanjian kerja)\b")


def excluded(turn: FlowTurn) -> list[Outbound] | None:
    """Outside the check, whatever the message was read as: the user's own excluded job named
    in a question whether they may join ("aku kades, bisa ikut prakerja buat belajar digital
    marketing?" reads as a course search): the verdict, and the check one tap away."""
    message = turn.message
    if message.payload is not None or not message.text:
        return None
    own = about_self(message.text.lower())
    work = job(own)
    short = len(own.split()) <= 10 and _ASKS_ABOUT.search(own)
    if work in (None, "none") or not (ASKS_JOIN.search(own) or short):
        return None
    eligibility_letdown.record(turn, [f"occupation_{work}"])
    line = turn.say(f"eligibility.fail.occupation_{work}")
    if _PPPK.search(own):  # "kalo pegawai PPPK gimana?": PPPK are civil servants too
        line += "\n" + turn.say("eligibility.note.pppk")
    body = turn.say("eligibility.not_eligible.say", reasons=line)
    again = turn.button("eligibility.check_again", "flow:eligibility")
    return [Outbound(body, (again, turn.menu_button()))]


__all__ = ["ASKS_JOIN", "FAILED_REASONS", "LISTED", "excluded", "situations", "verdict"]
