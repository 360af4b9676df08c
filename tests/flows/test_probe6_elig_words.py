"""Probe 6: student abbreviations read as studying, inside and outside the eligibility check."""

from __future__ import annotations

import pytest

from flows.eligibility_facts import about_self, studying


@pytest.mark.parametrize(
    "text",
    [
        "min aku mhs semester 5 bisa daftar prakerja ga?",
        "aku mhs",
        "aku mhsw bisa ikut?",
        "aku maba bisa daftar prakerja?",
        "aku kuliah smt 5 bisa daftar?",
        "aku semester 3",
    ],
)
def test_student_abbreviations_are_studying(text: str) -> None:
    assert studying(about_self(text.lower()))


@pytest.mark.parametrize(
    "text", ["udah lulus semester 8 kemarin", "aku karyawan kontrak pabrik", "anak aku mhs"]
)
def test_graduates_workers_and_relatives_are_not(text: str) -> None:
    assert not studying(about_self(text.lower()))
