"""What counts as a training said to be finished (after the certificate answer) and as a wish
to buy the course on screen: both are read with regular expressions only, on every message."""

from __future__ import annotations

import pytest

from flows.certificate_done import finished_said
from flows.course_buy_wish import wants_to_buy


@pytest.mark.parametrize(
    "text",
    [
        "padahal udh selesai nonton semua videonya",
        "udh selesai semua materinya kok",
        "I already finished all the videos",
        "udah 100% kok progresnya",
        "udah kelar semua min",
        "videonya udah aku tonton semua",
        "progresnya udah full",
        "udh selesai tp sertifikat blm muncul",
    ],
)
def test_finished_is_said(text: str) -> None:
    assert finished_said(text)


@pytest.mark.parametrize(
    "text",
    [
        "aku blm selesai nonton semua",
        "belum kelar",
        "I haven't finished the videos",
        "udh 3 hari",
        "sertifikat aku blm muncul",
        "gmn cara downloadnya?",
    ],
)
def test_not_finished_or_not_said(text: str) -> None:
    assert not finished_said(text)


@pytest.mark.parametrize(
    "text",
    ["beli", "beli ini", "mau beli yg ini", "ambil yg ini aja", "Beli!", "pilih ini kak",
     "I'll take this one", "buy this", "oke beliin aja"],
)  # fmt: skip
def test_a_wish_to_buy(text: str) -> None:
    assert wants_to_buy(text)


@pytest.mark.parametrize(
    "text",
    ["belinya di mana?", "ga jadi beli", "beli yg online", "beli 2", "cara beli pelatihan",
     "mau beli pelatihan desain", "pilih yang mana ya", "kembali", "ini berapa jam?", ""],
)  # fmt: skip
def test_no_wish_to_buy(text: str) -> None:
    assert not wants_to_buy(text)
