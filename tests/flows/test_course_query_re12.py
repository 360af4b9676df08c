"""Amounts in English name no course topic: "courses under 1.5 million please" searched the
topic "million", "is Rp 1.5M enough for a course?" searched "m enough"."""

from __future__ import annotations

import pytest

from flows.course_query import topic_words


@pytest.mark.parametrize(
    ("said", "topic"),
    [
        ("courses under 1.5 million please", ""),
        ("is Rp 1.5M enough for a course?", ""),
        ("pelatihan excel max 500 thousand", "spreadsheet"),
        ("IDR 600,000 max, desain grafis", "desain grafis"),
        ("pelatihan memasak cukup 2 juta ga", "memasak"),
    ],
)
def test_english_amounts_name_no_topic(said: str, topic: str) -> None:
    assert topic_words(said) == topic
