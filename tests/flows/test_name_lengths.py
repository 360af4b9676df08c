"""A name of one letter is asked again; a two-letter name ("Ai", a Sundanese name) is a name;
names as on a KTP keep their dots and apostrophes."""

from __future__ import annotations

import pytest

from flows.result import Invalid, Valid
from flows.validators import name


@pytest.mark.parametrize("text", ["A", "b", "  Z  "])
def test_one_letter_is_too_short(text: str) -> None:
    assert name(text) == Invalid("name_short")


@pytest.mark.parametrize(
    ("text", "value"),
    [("Ai", "Ai"), ("ai", "Ai"), ("nama saya Hj. Nur'aini binti Abdullah 😊", None)],
)
def test_short_and_titled_names_are_names(text: str, value: str | None) -> None:
    result = name(text)
    assert isinstance(result, Valid)
    if value is not None:
        assert result.value == value
