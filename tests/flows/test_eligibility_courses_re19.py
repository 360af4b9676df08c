"""Study outside formal education and the opening's one-line answers (p22 probe)."""

from __future__ import annotations

import pytest

from flows.eligibility_courses import kind, without_course
from flows.eligibility_opening_asks import asks_rule, without_excluded
from flows.turn import Message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("aku lagi kursus bahasa inggris di lpk, itu termasuk sekolah ga?", "course"),
        ("lagi les bimbel, termasuk sekolah?", "course"),
        ("saya lagi ikut kejar paket c, termasuk sekolah gak?", "equivalency"),
        ("aku masih kuliah sambil kursus", None),
        ("aku masih sekolah", None),
    ],
)
def test_kind(text: str, expected: str | None) -> None:
    assert kind(text) == expected


def test_a_course_says_no_school_yes() -> None:
    message = Message(text="kursus di LPK, termasuk sekolah ga?")
    assert without_course(message, {"school": "yes", "age": 30}) == {"age": 30}
    assert without_course(Message(text="masih sekolah"), {"school": "yes"}) == {"school": "yes"}


def test_non_asn_is_no_excluded_job() -> None:
    assert without_excluded(Message(text="aku satpol pp non asn"), {"occupation": "asn"}) == {}
    assert without_excluded(Message(text="aku pns"), {"occupation": "asn"}) == {"occupation": "asn"}


def test_asks_rule() -> None:
    assert asks_rule(Message(text="saya staf ahli anggota dprd (bukan anggotanya), boleh?"))
    assert asks_rule(Message(text="saya lagi ikut kejar paket C, termasuk sekolah gak?"))
    assert not asks_rule(Message(text="kalo banding?"))
