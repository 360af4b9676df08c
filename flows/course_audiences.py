"""Which courses suit a kind of person ("yg cocok buat ibu rumah tangga yg mana", "pelatihan
buat fresh graduate apa aja", "kursus yg pas buat calon pekerja migran?"): the catalogue's
categories that usually fit, as buttons that open them, never course titles of our own making.
Before, "belum paham" and the menu.

Written for this project from the demo catalogue's categories; only those the catalogue has are
offered. The answer suggests, the choice stays the user's: any other topic can be typed."""

from __future__ import annotations

import re

from flows.course_category_names import title
from flows.messages import Button, Outbound
from flows.queries import CategoriesQuery
from flows.runtime.machine import FlowTurn
from flows.turn import Ask

AUDIENCES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        "homemaker",
        r"ibu[ -]?(?:ibu|2)? rumah ?tangga|irt|emak[ -]?emak|emak2|ibu[ -]?ibu|ibu2|mamah muda|"
        r"housewi\w+|homemakers?|stay[ -]at[ -]home (?:mom|mum|mother|parent)s?",
        ("Kuliner", "Fesyen dan Menjahit", "Pemasaran", "Bisnis dan Kewirausahaan"),
    ),
    (
        "job_seeker",
        r"fresh ?grad\w*|lulusan baru|baru lulus|pencari kerja|job ?seekers?|"
        r"(?:yg|yang|orang) (?:belum|blm|lagi|sedang) (?:kerja|cari kerja|nyari kerja)|"
        r"buat (?:dapet|dapat|cari|nyari) kerja(?:an)?|get(?:ting)? a job|find(?:ing)? a job",
        ("Pengembangan Diri dan Karier", "Teknologi Informasi", "Bahasa Asing"),
    ),
    (
        "migrant_worker",
        r"(?:calon )?pekerja migran|(?:calon )?tk[iw]|(?:calon )?pmi|kerja (?:di |ke )?luar negeri|"
        r"migrant workers?|working abroad",
        ("Bahasa Asing", "Kesehatan dan Kebugaran", "Pariwisata dan Perhotelan"),
    ),
    (
        "small_business",
        r"umkm|ukm|pelaku usaha|pengusaha (?:kecil|pemula)|pedagang|(?:yg|yang|orang) (?:punya|"
        r"buka) usaha|small business(?: owners?)?",
        ("Pemasaran", "Bisnis dan Kewirausahaan", "Keuangan dan Akuntansi"),
    ),
)
"""A kind of person, the words naming it, and the categories that usually suit it, in order."""
_FIT = re.compile(
    r"\b(?:cocok\w*|pas|sesuai|tepat|rekomen\w*|rekom|saran\w*|bagus\w*|yg mana|yang mana|"
    r"apa (?:aja|saja)|suitable|suit|recommend\w*|good for|best for|which)\b"
)
"""Asks what suits: "yg cocok", "apa aja", "which"."""
_ELIGIBILITY = re.compile(
    r"\b(?:daftar\w*|syarat\w*|boleh (?:ikut|daftar)|bisa (?:ikut|daftar)|lolos|eligible|"
    r"register\w*|apply|join)\b"
)
"""Whether such a person may take part at all: the requirements' question."""


def audience(text: str) -> tuple[str, tuple[str, ...]] | None:
    """The kind of person a message asks courses for, and the categories that suit it."""
    lowered = " ".join(text.lower().split())
    if not _FIT.search(lowered) or _ELIGIBILITY.search(lowered):
        return None
    for name, words, fitting in AUDIENCES:
        if re.search(rf"\b(?:{words})\b", lowered):
            return name, fitting
    return None


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """The categories that suit the person asked about, as buttons; None: no such question."""
    message = turn.message
    if message.payload is not None or turn.session.flow is not None:
        return None
    found = audience(message.text or "")
    if found is None:
        return None
    name, fitting = found
    categories: list[tuple[str, int]] = yield CategoriesQuery()
    counts = dict(categories)
    chosen = [category for category in fitting if category in counts]
    if not chosen:
        return None
    turn.session.flow, turn.session.step = "courses", "categories"  # a typed name opens one
    lang = turn.session.language
    buttons = [Button(title(lang, c, counts[c]), f"courses:1:{c}") for c in chosen]
    buttons += [turn.button("courses.all_categories", "courses"), turn.menu_button()]
    said = turn.say(f"courses.audience.{name}", categories=", ".join(chosen))
    return [Outbound(said, tuple(buttons), style="list")]


__all__ = ["AUDIENCES", "answer", "audience"]
