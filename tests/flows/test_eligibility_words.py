"""Ages written in words: only clear forms are read; a rough one is asked again."""

from __future__ import annotations

import pytest

from flows.eligibility_facts import read_age
from flows.eligibility_words import age_in_words, number
from flows.result import Invalid, Valid
from flows.turn import Message


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("satu", 1), ("sembilan", 9), ("sepuluh", 10), ("sebelas", 11), ("tujuh belas", 17),
        ("sembilan belas", 19), ("dua puluh", 20), ("dua puluh tujuh", 27),
        ("tiga puluh satu", 31), ("duapuluhdelapan", 28), ("enam puluh empat", 64),
        ("sembilan puluh sembilan", 99), ("seventeen", 17), ("twenty-seven", 27),
        ("thirty one", 31),
    ],
)  # fmt: skip
def test_a_number_from_1_to_99_in_words(text: str, value: int) -> None:
    assert number(text) == value


@pytest.mark.parametrize(
    "text",
    ["dua lima", "dua ratus", "seratus", "iyaa wni", "umur 27", "someone", "dua puluh, tiga"],
)
def test_no_number_or_an_unclear_one_is_none(text: str) -> None:
    assert number(text) is None


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("dua puluh tujuh thn", 27),
        ("tiga puluh", 30),
        ("umur aku tiga puluh satu tahun kak", 31),
        ("tujuh belas", 17),
        ("i'm twenty seven", 27),
    ],
)
def test_an_age_in_words_is_read(text: str, years: int) -> None:
    assert age_in_words(text) == Valid(years)
    assert read_age(Message(text=text)) == Valid(years)


@pytest.mark.parametrize("text", ["empat puluhan", "kepala tiga", "umur 30an", "in my thirties"])
def test_an_age_in_round_figures_is_asked_again_without_a_miss(text: str) -> None:
    assert age_in_words(text) == Invalid("age_approx", miss=False)
    assert read_age(Message(text=text)) == Invalid("age_approx", miss=False)


@pytest.mark.parametrize("text", ["dua lima", "aku punya dua anak", "gk kuliah, udh lulus smk"])
def test_no_clear_age_is_none(text: str) -> None:
    assert age_in_words(text) is None


def test_an_impossible_age_in_words_is_said_to_be() -> None:
    assert age_in_words("umur tiga") == Invalid("age", {"age": 3})
