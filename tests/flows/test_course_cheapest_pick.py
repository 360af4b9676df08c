"""Which messages ask for the one cheapest course of the results shown
(``flows.course_cheapest_pick``)."""

from __future__ import annotations

import pytest

from flows.course_cheapest_pick import asks


@pytest.mark.parametrize(
    "said",
    [
        "the cheapest one",
        "the cheapest",
        "ok the cheapest one then",
        "which one is the cheapest?",
        "yg paling murah yg mana",
        "mana yg paling murah",
        "pilih yg termurah aja",
        "beli yg paling murah",
    ],
)
def test_one_cheapest_course_is_asked_for(said: str) -> None:
    assert asks(said)


@pytest.mark.parametrize(
    "said", ["yang paling murah", "yg plg murah", "yg murah", "cheapest first", "yg online aja"]
)
def test_the_cheap_ones_or_other_filters_are_no_single_course(said: str) -> None:
    assert not asks(said)
