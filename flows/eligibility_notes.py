"""Situations people ask about that are no rule of the programme ("udah nikah boleh ikut?",
"IRT bisa daftar?", "suami saya sudah dapat prakerja"): said plainly before the check starts,
so the question asked is answered and not only the rules' questions follow."""

from __future__ import annotations

import re

from flows import eligibility_others, eligibility_questions, eligibility_requirements
from flows.eligibility_facts import (
    INCOME,
    about_self,
    dropped_out,
    former_job,
    relative_job,
    relatives_received,
)
from flows.eligibility_graduation import asked_key
from flows.eligibility_relatives import KIN, relative_age
from flows.eligibility_situations import excluded, verdict
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

_MARRIED = re.compile(
    r"\b(?:menikah|nikah|nikahan|berkeluarga|berumah tangga|married|janda|duda|punya anak|"
    r"hamil|pregnant|have (?:a )?kids?)\b"
)
_HOMEMAKER = re.compile(
    r"\b(?:ibu rumah tangga|irt|ibu rt|housewife|homemaker|stay at home (?:mom|mum|parent))\b"
)
_EMPLOYED = re.compile(
    r"\b(?:(?:sudah|udah|udh|dah|sdh|lagi|masih|sedang|sdg|msh)\s+(?:be)?kerja|punya kerjaan|"
    r"(?<!belum )(?<!blm )(?<!tidak )(?<!gak )(?<!ga )(?:kerja|bekerja) (?:di|sebagai|jadi)|"
    r"karyawan|pegawai swasta|honorer|guru|employed|(?:have|got) a (?:(?:full|part)[- ]time )?job|"
    r"(?:already|still) working|"
    r"i work (?:at|as|in))\b"
)


def notes(text: str) -> list[str]:
    """Response keys (``eligibility.note.*``) for the situations a message names."""
    lowered = text.lower()
    found = []
    if _MARRIED.search(lowered):
        found.append("eligibility.note.married")
    if _HOMEMAKER.search(lowered):
        found.append("eligibility.note.homemaker")
    elif _EMPLOYED.search(about_self(lowered)):  # "suami kerja di bumn" is about him
        found.append("eligibility.note.employed")
    if relatives_received(lowered) != 0:  # "kakak sama bapak udh dapet", "ibu sy udh dapet"
        found.append("eligibility.note.relative")
    if relative_job(lowered):
        found.append("eligibility.note.relative_job")
    if former_job(about_self(lowered)):
        found.append("eligibility.note.former")
    if dropped_out(about_self(lowered)):
        found.append("eligibility.note.dropout")  # "udah DO dari kampus": PDDikti not active
    if INCOME.search(lowered):
        found.append("eligibility.note.income")  # "gaji aku 5 juta": no rule
    return found


CHECK_INTENTS = ("check_eligibility", "register", "goodbye", "complaint_status", "help",
                 "out_of_scope", "inform", "program_info", "course_search")  # fmt: skip
"""The intents "dulu aku pns tapi udah pensiun, bisa?" is read as (0.3-0.5 each); a course
search for "aku kades, bisa ikut prakerja buat belajar digital marketing?"."""
INTENTS = (*CHECK_INTENTS, "benefits_info")
"""And the benefits "saya kades, bisa dapet prakerja juga ga" is read as: only an excluded job
of one's own is answered for it (``excluded``)."""


def former(turn: FlowTurn) -> list[Outbound] | None:
    """A job held before, asked about outside the check: that it no longer excludes; a
    situation that fails a rule for now ("aku mahasiswa tp lagi cuti kuliah", "aku anggota TNI
    tapi mau pensiun bulan depan"): the verdict, why, and when it changes. Then, unless the
    check starts anyway (its opening says the same): an own excluded job in a question whether
    to join ("aku kades, bisa ikut prakerja buat belajar digital marketing?"), and a relative's
    job ("bapak aku pensiunan TNI, aku sendiri karyawan swasta. aman kan?"). A question about
    devices ("harus punya laptop?") is answered, not taken for the check, and so is the
    student rule's edge ("kalo udh sidang tapi blm wisuda?", "kalo udh lulus tp di pddikti
    masih aktif?": PDDikti decides)."""
    lowered = (turn.message.text or "").lower()
    if turn.message.intent in eligibility_requirements.REGISTER_INTENTS:  # "apa saja
        listed = eligibility_requirements.instead_of_registering(turn)  # persyaratan untuk
        if listed is not None:  # mendaftar?": the list, not the registration form
            return listed
    check = turn.button("eligibility.start", "flow:eligibility", means="yes")
    if turn.message.intent in DEVICE_INTENTS and asks_device(lowered):
        return [turn.reply("eligibility.note.device", check, turn.menu_button())]
    if turn.message.intent == "benefits_info":
        return excluded(turn)  # "saya kades, bisa dapet prakerja juga ga": the verdict
    kin = KIN.search(_HOMEMAKER.sub(" ", lowered))  # "saya ibu rumah tangga" is no mother
    aged = relative_age(turn) if kin else None  # "bapak sy umur 65 mau ikut prakerja bisa ga"
    if aged is not None:
        return aged
    other = eligibility_others.answer(turn) if kin else None  # "suami aku bisa daftar ga?"
    if other is not None:
        return other
    asked = eligibility_questions.answer(turn)  # "satu KK maksimal berapa?", "NIK ... instansi
    if asked is not None:  # lain", "daftarin temen", "kalo ketua RT?"
        return asked
    if former_job(about_self(lowered)):
        return [turn.reply("eligibility.note.former", check, turn.menu_button())]
    rule = asked_key(lowered)  # "kalo udh sidang tapi blm wisuda?": PDDikti decides
    if rule is not None and turn.message.payload is None:
        return [turn.reply(f"invalid.{rule}", check, turn.menu_button())]
    found = verdict(turn)
    if found is not None or turn.message.intent == "check_eligibility":
        return found
    found = excluded(turn)
    if found is not None or turn.message.payload is not None or not relative_job(lowered):
        return found
    per_kk = turn.ctx.programme.max_beneficiaries_per_kk
    keys = sorted(notes(lowered), key=lambda key: key != "eligibility.note.relative_job")
    said = "\n\n".join(turn.say(key, max_per_kk=per_kk) for key in keys)  # theirs first
    return [Outbound(said, (check, turn.menu_button()))]


_DEVICE = re.compile(r"\b(?:laptop|leptop|komputer|pc|computer|gadget|gawai|webcam)\b")
_PHONE = re.compile(
    r"(?<!no )(?<!nomor )(?<!nomer )(?<!nmr )\b(?:hp|handphone|hape|ponsel|phone)\b"
)
_TRAINING = re.compile(r"\b(?:pelatihan|webinar|kelas|belajar|training|course|class)\b")
_NEEDS = re.compile(
    r"\b(?:harus|hrs|wajib|perlu|butuh|mesti|musti|pakai|pake|modal|cukup|need|needs|must|"
    r"require\w*|have to)\b"
)
DEVICE_INTENTS = frozenset(
    {"check_eligibility", "program_info", "course_search", "out_of_scope", "benefits_info"}
)
"""What "ikut pelatihan prakerja harus punya laptop ga" is read as (0.4-0.6 each)."""


def asks_device(lowered: str) -> bool:
    """Whether a laptop (or, for the training, a phone) is needed ("ikut pelatihan prakerja
    harus punya laptop ga"); not a phone number ("no hp harus aktif?")."""
    named = _DEVICE.search(lowered) or (_PHONE.search(lowered) and _TRAINING.search(lowered))
    return bool(named and _NEEDS.search(lowered))


__all__ = ["asks_device", "notes"]
