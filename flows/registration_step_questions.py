"""Questions about a step of registration, answered instead of starting the form: what the
basic aptitude test is ("apa itu tes kemampuan dasar?", read as register) and whether it is
hard ("tesnya susah ga"), what the face check is ("verifikasi wajah itu apa"), and what comes
after registering ("abis daftar ngapain?") or after joining a wave ("setelah gabung gelombang
trs apa"). A wish to register ("mau daftar", "daftarin aku") names no step: the form starts."""

from __future__ import annotations

import re

from flows import (
    next_step_follow_ups,
    registration_join_missing,
    registration_needs,
    registration_step_details,
    wave_join_button,
)
from flows.fallback import previous_intent
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.turn import Ask

MAX_WORDS = 12
"""A question about a step is short; a longer message tells a story of its own."""

_PROBLEM = re.compile(
    r"\b(?:gagal\w*|error|eror|erorr|macet|stuck|nyangkut|ditolak|(?:ga|gak|gk|nggak|tidak|tdk)"
    r"\s*bisa|gabisa|gbs|can'?t|cannot|failed|keluar sendiri|ke-?logout|hilang|ilang|lupa|"
    r"kok|belum|blm|lolos\w*|terpilih|selected|ga ada|gak ada|tidak ada)\b"
)
"""A step that went wrong ("verifikasi wajah gagal terus") or a status ("udah daftar kok belum
ada pengumuman"): a problem or status of its own, not a question about the step."""

_TEST_NAMED = re.compile(
    r"\b(?:tes|test|ujian)\s*(?:nya\s+)?(?:motivasi\s+(?:dan|&)\s+)?kemampuan(?:\s+dasar)?\b"
    r"|\btkd\b|\baptitude test\b|\b(?:tes|test|ujian)\s+(?:dasar|prakerja)\b"
)
"""The basic aptitude test by its name."""
_SCORE = re.compile(
    r"\b(?:nilai\w*|skor\w*|score\w*|passing grade|batas lulus|lulus|pass mark|jelek|rendah|"
    r"gagal|fail\w*)\b"
)
"""The test's score or passing it asked ("kalo nilainya jelek gak lolos ya")."""
_SCORE_WORDS = 20
_TEST = re.compile(r"\b(?:tes|test|ujian)(?:nya)?\b")
_HARD = re.compile(
    r"\b(?:susah|sulit|gampang|mudah|berat|ribet|hard|difficult|easy|tough|soalnya|kisi-?kisi\w*|"
    r"materi\w*)\b"
)
"""Whether it is hard, or what is asked ("tesnya susah ga", "soalnya apa aja"; not "soal" alone:
"about")."""
_WHAT = re.compile(
    r"\b(?:apa itu|apaan|itu apa|apa sih|maksud\w*|arti\w*|buat apa|untuk apa|gunanya|"
    r"fungsi\w*|kenapa (?:harus|perlu|wajib)|wajib|harus|perlu|dimana|di mana|gimana|gmn|"
    r"bagaimana|kayak apa|seperti apa|what is|what's|why|how)\b|\?"
)
"""A question about something named ("verifikasi wajah itu apa", "tkd wajib ga?")."""

_FACE = re.compile(
    r"\b(?:verifikasi|verif|scan|cek|pemeriksaan|periksa)\s+(?:wajah|muka)\b|\bliveness\b"
    r"|\bface (?:check|verification|scan)\b"
)
_IN_TRAINING = re.compile(r"\b(?:webinar|pelatihan|kelas|kursus|training|class|course|lms)\b")
"""The face check before a webinar or a self-paced session: the training's own answers."""
_TRAINING_TEST = re.compile(
    r"\b(?:webinar|pelatihan|kelas|kursus|training|class|course|lms|akhir|post|pre|final|"
    r"uji kompetensi)\w*"
)
"""A training's own test ("tes akhir pelatihannya susah ga?"), not the registration's."""

_AFTER = re.compile(
    r"\b(?:abis|habis|sehabis|stlh|setelah|sesudah|kelar|selesai|beres|udah|udh|sudah|sdh|"
    r"after|wis|uwis|sampun|mpun)\s+(?:itu\s+)?(?:\w+\s+)?(daftar\w*|registrasi|register\w*|regis|"
    r"sign(?:ing)? up|gabung\w*|join\w*)\b"
)
"""After registering or after joining a wave ("abis daftar", "setelah gabung gelombang")."""
_AFTER_THAT = re.compile(r"\b(?:abis|habis|setelah|sesudah|stlh|after)\s+(?:itu|that)\b")
"""After "that", right after the registration steps were answered ("trs abis itu ngapain?")."""
_NEXT = re.compile(
    r"\b(?:ngapain|ngapa2in|ngapa-ngapain|terus|trus|trs|lalu|selanjutnya|berikutnya|"
    r"langkah\w*|tahap\w*|next|then|what now|apa lagi|apa aja|apa yang|apa yg|"
    r"piye|pripun|kepripun|kumaha|what (?:comes|happens|do i do|should i do))\b"
    r"|\b(?:terus|trus|trs|lalu|then) (?:apa|gimana|gmn)\b|\bapa\s*\?"
)
"""What comes next ("ngapain?", "trs apa", "what next")."""

TOPICS = (
    "aptitude_test", "aptitude_hard", "aptitude_score", "face_check", "after_registering",
    "after_joining",
    *registration_step_details.TOPICS,
)  # fmt: skip


def asked_step(turn: FlowTurn) -> str | None:
    """Which of ``TOPICS`` the message asks about, if any."""
    message = turn.message
    text = " ".join((message.text or "").lower().split())
    if not text or message.payload is not None:
        return None
    named = _TEST_NAMED.search(text) or (  # "tes nya susah gak? kalo gagal gmn" (probe p23c)
        _TEST.search(text) and _HARD.search(text) and not _TRAINING_TEST.search(text)
    )
    if len(text.split()) <= _SCORE_WORDS and named and _SCORE.search(text):
        return "aptitude_score"  # "kalo nilainya jelek gak lolos ya": no published pass mark
    if len(text.split()) > MAX_WORDS:
        return None
    detail = registration_step_details.asked(turn, text)  # "langkah ke 3 maksudnya gmn"
    if detail is not None:
        return detail
    if _PROBLEM.search(text):
        return None
    if _TEST_NAMED.search(text) or (_TEST.search(text) and _HARD.search(text)):
        return "aptitude_hard" if _HARD.search(text) else "aptitude_test"
    if _FACE.search(text) and _WHAT.search(text) and not _IN_TRAINING.search(text):
        return "face_check"
    return _after(turn, text)


_OWN_TOPIC = re.compile(
    r"\b(?:status\w*|cek|pengumuman\w*|diumumkan|hasil\w*|kapan|email|otp|akun|password|"
    r"sandi|saldo|insentif|sertifikat|pelatihan|kursus)\b"
)
"""What comes after, asked about one thing ("udh daftar trs gmn cek statusnya"): its own topic."""


def _after(turn: FlowTurn, text: str) -> str | None:
    if not _NEXT.search(text) or _OWN_TOPIC.search(text):
        return None
    found = _AFTER.search(text)
    if found is not None:
        joined = found.group(1).startswith(("gabung", "join"))
        return "after_joining" if joined else "after_registering"
    if _AFTER_THAT.search(text) and previous_intent(turn) == "register":
        return "after_registering"  # "trs abis itu ngapain?" after "cara daftar"
    return None


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """The answer to a question about a registration step, else None. First, what the "Gabung
    Gelombang" button does (any length: "udah upload ktp, ..., itu kalau aku pencet langsung
    ikut ya? gelombang yg sekarang kapan tutup?", ``flows.wave_join_button``) and what someone
    else lacks to register ("dia ga punya hp", ``registration_needs.someone_else_lacks``)."""
    pressed = yield from wave_join_button.answer(turn)
    pressed = pressed or (yield from registration_join_missing.answer(turn))  # "ga ada tombolnya"
    if pressed is not None:
        return pressed
    other = registration_needs.someone_else_lacks(turn)
    if other is not None:
        return other
    topic = asked_step(turn)
    if topic is None:
        return None
    turn.session.misses = 0
    facts = turn.ctx.programme.facts()
    if topic in ("after_registering", "after_joining"):
        topic = next_step_follow_ups.step_after(turn, topic)  # "trus abis itu apa?" again
        next_step_follow_ups.note(turn, topic)  # "what happens next?" next: after joining
        waves = turn.button("menu.waves", "topic:waves")
        return [turn.reply(f"registration_steps.{topic}", waves, turn.menu_button(), **facts)]
    steps = turn.button("menu.register", "topic:register")
    if topic == "aptitude_score":
        return [turn.reply("signup_help.aptitude_score", steps, turn.menu_button())]
    return [turn.reply(f"registration_steps.{topic}", steps, turn.menu_button(), **facts)]


__all__ = ["TOPICS", "answer", "asked_step"]
