"""``wave``, ``ticket``, ``payout`` and ``language``."""

from __future__ import annotations

import pytest

from tests.nlu.entity_cases import extra, found


@pytest.mark.parametrize(
    ("text", "value"),
    [("gelombang 70 kapan dibuka", 70), ("gel. 12", 12), ("gel 12", 12), ("gelombang ke-5", 5),
     ("Gelombang ke 71", 71), ("glmbg 3", 3), ("wave 68", 68), ("gelombang70", 70)],
)  # fmt: skip
def test_wave(text: str, value: int) -> None:
    assert [v for v, _ in found(text, "wave")] == [value]


@pytest.mark.parametrize("text", ["gelombang berikutnya", "gelombang 0", "70 gelombang"])
def test_not_a_wave(text: str) -> None:
    assert found(text, "wave") == []


@pytest.mark.parametrize(
    ("text", "surface"),
    [("tiket PRK-12345678", "PRK-12345678"), ("prk 65432109 gimana", "prk 65432109"),
     ("tiket PRK-123456", "PRK-123456"), ("prk 654321 gimana", "prk 654321"),
     ("PRK123456", "PRK123456"), ("status prk-000001", "prk-000001")],
)  # fmt: skip
def test_ticket(text: str, surface: str) -> None:
    digits = surface[3:].strip(" -")
    assert found(text, "ticket") == [("PRK-" + digits, surface)]


@pytest.mark.parametrize(
    "text", ["PRK-12345", "PRK-1234567", "PRK-123456789", "XPRK-123456", "tiket 123456"]
)
def test_not_a_ticket(text: str) -> None:
    assert found(text, "ticket") == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("ganti ke gopay", ["gopay"]),
        ("pakai go-pay", ["gopay"]),
        ("ovo atau dana", ["ovo", "dana"]),
        ("rekening BNI", ["bni"]),
        ("bca bisa?", ["bca"]),
        ("link aja", ["linkaja"]),
        ("pakai DANA", ["dana"]),
        ("insentif belum masuk ke dana", ["dana"]),
        ("dana", ["dana"]),
        ("dana insentif belum masuk", []),
        ("dana pelatihannya berapa sih kak", []),
    ],
)
def test_payout(text: str, values: list[str]) -> None:
    assert [v for v, _ in found(text, "payout")] == values


def test_unsupported_banks_are_recognised_but_marked() -> None:
    assert extra("bisa pake bri?", "payout") == {"supported": False}
    assert extra("pakai ovo", "payout") == {"kind": "ewallet"}
    assert extra("rekening bni", "payout") == {"kind": "bank"}


@pytest.mark.parametrize(
    ("text", "code"),
    [("english please", "en"), ("ganti bahasa inggris", "en"), ("bahasa indonesia aja", "id"),
     ("pakai indonesia", "id"), ("EN", "en"), ("can you speak English", "en")],
)  # fmt: skip
def test_language(text: str, code: str) -> None:
    assert [v for v, _ in found(text, "language")] == [code]


@pytest.mark.parametrize("text", ["saya tinggal di indonesia timur sejak lama", "id saya hilang"])
def test_not_a_language(text: str) -> None:
    assert found(text, "language") == []
