"""Short follow-ups read against the answer just given (re-probe 18): regional "what now?"
words (``flows.regional_words``), bare conditionals (``flows.conditional_fragments``,
``flows.bare_follow_ups``), another's NIK (``flows.others_asks``) and sadness
(``flows.sadness``)."""

from __future__ import annotations

import pytest

from flows import conditional_fragments, others_asks, regional_words, sadness
from flows.bare_follow_ups import IF_DONE, kind_of


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("lha terus piye", "oh terus gimana"),
        ("njuk kudu piye", "terus harus gimana"),
        ("kumaha atuh", "gimana dong"),
        ("terus piye iki", "terus gimana ini"),
        ("njuk piye", "terus gimana"),
        ("kagak ngarti aye", "ga ngerti aku"),
        ("piye carane daftar prakerja", None),  # names a topic: the NLU's
        ("trs gmn dong", None),  # Indonesian already
        ("ya mas", None),  # asks nothing
        ("kagak bisa login", None),
    ],
)
def test_regional_what_now_is_read_as_indonesian(said: str, read: str | None) -> None:
    assert regional_words.standard(said) == read


@pytest.mark.parametrize(
    ("said", "fragment"),
    [
        ("kalo ga bisa?", True),
        ("trs klo udh?", True),
        ("klo udh lewat?", True),
        ("kalo belum gmn", True),
        ("kalo masih kuliah?", False),  # a variation naming its own fact
        ("klo 65?", False),
        ("kalo umur 17 bisa?", False),
        ("syaratnya apa", False),
    ],
)
def test_bare_conditionals_name_nothing_of_their_own(said: str, fragment: bool) -> None:
    assert conditional_fragments.is_fragment(said) is fragment


@pytest.mark.parametrize("said", ["trs klo udh?", "klo udh lewat?", "kalo udah selesai?"])
def test_if_done_is_a_bare_follow_up(said: str) -> None:
    assert kind_of(said) == IF_DONE


@pytest.mark.parametrize(
    ("said", "asks"),
    [
        ("pake nik lain bisa?", True),
        ("pakai ktp orang lain boleh ga", True),
        ("nik orang lain bisa dipake?", True),
        ("boleh daftar pake ktp kakak ga?", False),  # the eligibility note's
        ("nik aku ga bisa", False),
    ],
)
def test_another_nik_asked(said: str, asks: bool) -> None:
    assert bool(others_asks._OTHER_NIK.search(said)) is asks


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("sedih bgt sumpah", "sad"),
        ("sedih bgt ga lolos lg", "sad"),
        ("udh putus asa bgt", "sad"),
        ("aku udah nganggur 2 tahun, ga tau lg hrs gmn", "jobless"),
        ("aku nganggur, mau ikut prakerja", None),  # out of work, not at a loss
        ("kecewa sm prakerja", None),  # a complaint's
    ],
)
def test_sadness_kinds(said: str, kind: str | None) -> None:
    assert sadness._sad(said) == kind
