"""The purchase deadline in panic and slang (probe p18 D7): "hari ini terakhir beli ya?" names
the deadline, "gk sempet" is missing it; the course last bought is no deadline."""

from __future__ import annotations

import pytest

from flows.purchase_deadline_rules import asks_deadline, asks_missed


@pytest.mark.parametrize(
    "text",
    ["aduh hari ini terakhir beli ya? panik", "besok hari terakhir beli pelatihan kan",
     "tgl terakhir beli kapan", "is today the last day to buy?"],
)  # fmt: skip
def test_deadline_named(text: str) -> None:
    assert asks_deadline(text)


def test_course_last_bought_is_no_deadline() -> None:
    assert not asks_deadline("pelatihan yg terakhir aku beli apa ya")


@pytest.mark.parametrize(
    "text", ["gk sempet gmn dong", "kayaknya ga keburu", "bs minta perpanjang?"]
)
def test_missing_or_extending(text: str) -> None:
    assert asks_missed(text)
