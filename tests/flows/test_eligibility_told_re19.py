"""Words read by the told-facts answers (``flows.eligibility_told``, ``flows.eligibility_own_age``,
``flows.account_per_person``, ``flows.eligibility_kk_married``)."""

from __future__ import annotations

import pytest

from flows import account_per_person, eligibility_kk_married
from flows.eligibility_own_age import bare_age
from flows.eligibility_told import _JOINS, revoked


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("kalo aku? 24 udh kerja di toko", 24),
        ("aku 35 th satpam outsourcing, istri 33 th irt", 35),
        ("aku sendiri 45", 45),
        ("aku 16 agustus lahir", None),
        ("aku 10 tahun kerja di pabrik", None),
        ("aku 12 juta gajinya", None),
        ("aku 2x gagal", None),
        ("aku 08123456789", None),
    ],
)
def test_bare_age(text: str, years: int | None) -> None:
    assert bare_age(text) == years


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("pernah sih tapi dulu dicabut karna telat beli pelatihan", True),
        ("kepesertaan aku dinonaktifkan", True),
        ("kepesertaan aku ga dicabut kok", False),
        ("temenku dicabut, aku aman ga", False),
    ],
)
def test_revoked(text: str, said: bool) -> None:
    assert revoked(text) is said


@pytest.mark.parametrize(
    ("text", "joins"),
    [
        ("sekarang bisa daftar lagi ga?", True),
        ("masih boleh ikut prakerja?", True),
        ("bisa dapet lagi ga", True),
        ("bisa ikut pelatihan offline?", False),
        ("bisa beli pelatihan sekarang?", False),
    ],
)
def test_joins(text: str, joins: bool) -> None:
    assert bool(_JOINS.search(text)) is joins


def test_shared_email_words() -> None:
    shared = account_per_person._SHARED
    assert shared.search("boleh 1 email buat berdua?")
    assert shared.search("pake email yang sama")
    assert not shared.search("email aku ga aktif")


def test_which_card_words() -> None:
    assert eligibility_kk_married._WHICH.search("pake no kk yg mana?")
    assert eligibility_kk_married._WHICH.search("pake kk ortu atau kk suami?")
    assert not eligibility_kk_married._WHICH.search("nomor kk itu apa")
