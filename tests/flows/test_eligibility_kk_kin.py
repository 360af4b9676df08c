"""Relatives named as the family card's recipients (``flows.eligibility_kk_kin``)."""

from __future__ import annotations

import pytest

from flows.eligibility_kk_kin import named


@pytest.mark.parametrize(
    ("text", "count"),
    [("di kk kami ber 4, istri udh dapet", 1),
     ("baru adik aku yg dapet, di kk ada 6 orang", 1),
     ("yg dapet cuma adik aku", 1), ("yg dapet baru kakak sama adik", 2),
     ("istri sama adik udh dapet, kk 5 orang", 2),
     ("aku sama kakak yg dapet", None), ("kakak udh dapet tapi beda kk", None),
     ("istri aku blm dapet", None), ("ada 5 org di kk aku", None), ("2", None)],
)  # fmt: skip
def test_each_named_relative_is_one_recipient(text: str, count: int | None) -> None:
    assert named(text) == count
