"""``region``: provinces, regencies and cities with their codes."""

from __future__ import annotations

import pytest

from nlu.entities.regions import PROVINCES, region_table
from tests.nlu.entity_cases import extra, found


@pytest.mark.parametrize(
    ("text", "value", "surface", "code"),
    [
        ("saya tinggal di Bandung", "Kota Bandung", "Bandung", "3273"),
        ("kab bandung", "Kabupaten Bandung", "kab bandung", "3204"),
        ("Kabupaten Bandung Barat", "Kabupaten Bandung Barat", "Kabupaten Bandung Barat", "3217"),
        ("Kota Bandung", "Kota Bandung", "Kota Bandung", "3273"),
        ("jawa barat", "Jawa Barat", "jawa barat", "32"),
        ("jabar", "Jawa Barat", "jabar", "32"),
        ("sumatra utara", "Sumatera Utara", "sumatra utara", "12"),
        ("pelatihan offline di malang", "Kota Malang", "malang", "3573"),
        ("jaksel", "Kota Jakarta Selatan", "jaksel", "3171"),
        ("solo", "Kota Surakarta", "solo", "3372"),
        ("bengkulu", "Bengkulu", "bengkulu", "17"),
        ("kota bengkulu", "Kota Bengkulu", "kota bengkulu", "1771"),
        ("Tarakan", "Kota Tarakan", "Tarakan", "6571"),
        ("kaltara", "Kalimantan Utara", "kaltara", "65"),
        ("papua barat daya", "Papua Barat Daya", "papua barat daya", "96"),
        ("di batu", "Kota Batu", "batu", "3579"),
        ("pangkalpinang", "Kota Pangkal Pinang", "pangkalpinang", "1971"),
    ],
)
def test_regions(text: str, value: str, surface: str, code: str) -> None:
    assert found(text, "region") == [(value, surface)]
    assert extra(text, "region")["code"] == code


def test_region_extra_names_the_level_and_province() -> None:
    assert extra("sleman", "region") == {
        "level": "regency", "province": "DI Yogyakarta", "code": "3404",
    }  # fmt: skip


def test_papua_regencies_have_their_2022_province_but_no_code() -> None:
    assert extra("merauke", "region") == {"level": "regency", "province": "Papua Selatan"}


@pytest.mark.parametrize(
    "text", ["batu akik saya hilang", "ini kota baru buat saya ya", "puncak gunung", "pati ayam"]
)
def test_everyday_words_need_a_place_cue(text: str) -> None:
    assert [v for v, _ in found(text, "region") if v != "Kabupaten Kotabaru"] == []


def test_all_38_provinces_are_known() -> None:
    assert len(PROVINCES) == 38
    table = region_table()
    assert len(table.provinces) == 38
    assert len([r for r in table.regions if r.level != "province"]) >= 500
    for _, name, _ in PROVINCES:
        assert found(f"di {name}", "region") == [(name, name)], name
