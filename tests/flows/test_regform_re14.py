"""Re-probe 15, the registration form: which of one's phone numbers to register."""

import pytest

from flows.registration_needs import asks_which_phone


@pytest.mark.parametrize(
    ("text", "asks"),
    [("hp aku ganti2 terus, pake yg mana ya", True), ("nomor aku ada 2, yg mana?", True),
     ("sering ganti nomor gmn", True), ("which number should i use, i have two phones", True),
     ("nomor hp yg mana maksudnya", True),
     ("no kk itu yg ada di kartu keluarga kan? yg mana ya", False),
     ("eh salah nomor 0812345678", False), ("email yg mana ya", False),
     ("pakai nomor ortu boleh?", False), ("yang mana ya", False)],
)  # fmt: skip
def test_which_phone_to_register(text: str, asks: bool) -> None:
    assert asks_which_phone(text) is asks
