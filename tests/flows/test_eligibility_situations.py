"""Ages that cannot be, the limit asked about, and situations that fail a rule for now."""

from __future__ import annotations

import pytest

from flows.date_answers import age
from flows.eligibility_age import limit_asked
from flows.eligibility_facts import facts, former_job
from flows.eligibility_situations import situations
from flows.result import Invalid, Valid
from flows.turn import Message
from tests.flows.test_runtime import CTX


@pytest.mark.parametrize(
    ("text", "result"),
    [
        ("lahir 30 februari 2000", Invalid("date_impossible")),  # not age 30
        ("31-02-1999", Invalid("date_impossible")),
        ("umur aku 200 thn", Invalid("age", {"age": 200})),
        ("25", Valid(25)),
        ("ga tau", None),
    ],
)
def test_an_impossible_date_or_age_is_said_to_be_one(text: str, result: object) -> None:
    assert age(text) == result


@pytest.mark.parametrize(
    ("text", "asked"),
    [("emang hrs brp?", True), ("minimal brp?", True), ("paling muda berapa?", True),
     ("umur berapa ya batasnya?", False),  # names its topic: answered with the rules
     ("25", False), ("harus 18 ya?", False), ("berapa?", False)],
)  # fmt: skip
def test_a_question_back_about_the_age_limit(text: str, asked: bool) -> None:
    assert limit_asked(text) is asked


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("aku mahasiswa tp lagi cuti kuliah", ["on_leave"]),
        ("lagi cuti akademik, boleh daftar?", ["on_leave"]),
        ("aku anggota TNI tapi mau pensiun bulan depan", ["leaving"]),
        ("saya polisi, pensiun tahun depan", ["leaving"]),
        ("aku pns tapi mau resign", ["leaving"]),
        ("dulu aku pns tapi udah pensiun", []),  # left already: no job that excludes
        ("saya karyawan, lagi cuti melahirkan", []),  # leave from work, not from school
        ("bapak saya tni mau pensiun, saya boleh ikut?", []),  # his job
        ("saya masih kuliah", []),
        ("udah lulus kok, dulu sempat cuti kuliah", []),
    ],
)
def test_a_situation_failing_a_rule_for_now(text: str, keys: list[str]) -> None:
    assert situations(text) == [f"eligibility.note.{key}" for key in keys]


@pytest.mark.parametrize(
    ("text", "slots"),
    [
        ("aku anggota TNI tapi mau pensiun bulan depan", {"occupation": "tni"}),
        ("aku pns tapi mau resign", {"occupation": "asn"}),  # still serving
        ("saya pns, akan tetapi sudah pensiun", {"occupation": "none"}),
        ("umur aku 200 thn bisa ikut?", {}),
    ],
)
def test_a_job_to_be_left_is_still_the_job(text: str, slots: dict[str, object]) -> None:
    assert facts(Message(text=text), CTX) == slots
    assert former_job(text.lower()) is (slots.get("occupation") == "none")
