"""Places named beside a comparison, and the last one (``flows.ordinals.places``)."""

from __future__ import annotations

import pytest

from flows.ordinals import LAST, places


@pytest.mark.parametrize(
    ("text", "found"),
    [("bandingin 1 sama 2", [1, 2]), ("compare 1 and 3", [1, 3]), ("1 vs 2", [1, 2]),
     ("bandingin no 1 sama no 2 dong", [1, 2]), ("kalo yg terakhir?", [LAST]),
     ("yg pertama sama yg terakhir bagusan mana", [1, LAST]),
     ("umur 25 dan 30", []), ("pelatihan terakhir aku", []), ("yg ke 5 dong", [5])],
)  # fmt: skip
def test_bare_pairs_and_the_last_one(text: str, found: list[int]) -> None:
    assert places(text) == found
