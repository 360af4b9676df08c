"""Which words ask about the time between the thesis defence and graduation
(flows/eligibility_graduation.py: PDDikti decides, not the ceremony), and which follow-ups to
the certificate answer ask how long to wait (flows/certificate_wait.py)."""

from __future__ import annotations

import pytest

from flows.certificate_wait import WAITED
from flows.eligibility_graduation import asked_key, graduating


@pytest.mark.parametrize(
    "text",
    [
        "kalo udh sidang tapi blm wisuda?",
        "udh sidang, tinggal nunggu wisuda",
        "skripsi udah kelar, wisuda bulan depan, bisa daftar?",
        "baru lulus sidang kemarin boleh ikut?",
        "lagi nunggu ijazah keluar, boleh daftar?",
        "i finished my thesis defence but not yet graduation",
    ],
)
def test_the_time_before_graduation_is_asked(text: str) -> None:
    assert graduating(text.lower())
    assert asked_key(text.lower()) == "graduating_asked"


@pytest.mark.parametrize(
    "text",
    [
        "aku udah wisuda tahun lalu",
        "lulusan smk bisa daftar?",
        "aku masih kuliah semester akhir",
        "blm punya ijazah smk, bisa daftar?",
        "lagi skripsi",
    ],
)
def test_other_school_words_are_not_the_time_before_graduation(text: str) -> None:
    assert not graduating(text.lower())


def test_a_graduate_still_listed_keeps_its_own_answer() -> None:
    assert asked_key("kalo udh lulus tp di pddikti masih aktif?") == "listed_asked"
    assert asked_key("aku mau daftar") is None


@pytest.mark.parametrize(
    "text",
    ["how long should I wait?", "harus nunggu brp lama?", "brp lama lg?", "kapan munculnya?"],
)
def test_how_long_to_wait_for_the_certificate_is_its_follow_up(text: str) -> None:
    assert WAITED.search(text.lower())


@pytest.mark.parametrize("text", ["oke makasih", "cara downloadnya gmn?", "ok"])
def test_other_replies_to_the_certificate_answer_are_no_wait(text: str) -> None:
    assert not WAITED.search(text.lower())
