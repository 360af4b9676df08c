"""The family card's recipients as a message says them (``flows.eligibility_kk_said``)."""

from __future__ import annotations

import pytest

from flows.eligibility_kk_said import family_size, recipients, without_nobody


@pytest.mark.parametrize(
    ("text", "count"),
    [("di kk ada 4 orang tp blm ada yg dapet", 0),
     ("sekeluarga 5 orang di kk tapi blm ada yg pernah dapet prakerja", 0),
     ("gaada yg lolos", 0), ("nobody has received it", 0),
     ("di kk ada 4 orang, 1 udh dapet", 1), ("di kk aku udh ada 2 org yg dpt prakerja", 2),
     ("yg dapet baru 1", 1), ("2 orang", None), ("ada 5 org di kk aku", None)],
)  # fmt: skip
def test_recipients_are_counted_never_the_family(text: str, count: int | None) -> None:
    assert recipients(text) == count


@pytest.mark.parametrize(
    ("text", "size"),
    [("ada 5 org di kk aku", True), ("sekeluarga 5 orang", True), ("4 jiwa", True),
     ("3 orang", True), ("2 orang", False), ("1 orang", False),
     ("di kk ada 4 orang tp blm ada yg dapet", False)],
)  # fmt: skip
def test_the_family_size_is_told_apart(text: str, size: bool) -> None:
    assert family_size(text, 2) is size


def test_a_nobody_clause_is_no_receipt() -> None:
    assert "pernah dapet prakerja" not in without_nobody("blm ada yg pernah dapet prakerja")
