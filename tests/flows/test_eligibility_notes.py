"""Situations that are no eligibility rule, named in the opening message."""

from __future__ import annotations

import pytest

from flows.eligibility_notes import notes


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("kalau sudah menikah boleh ikut prakerja?", ["married"]),
        ("blm nikah bisa daftar kan", ["married"]),
        ("i'm married with kids, can i join?", ["married"]),
        ("ibu rumah tangga bisa ikut?", ["homemaker"]),
        ("saya IRT, boleh daftar?", ["homemaker"]),
        ("saya sudah kerja, bisa ikut prakerja gak?", ["employed"]),
        ("karyawan swasta boleh ikut?", ["employed"]),
        ("suami saya sudah dapat prakerja, saya boleh daftar juga?", ["relative"]),
        ("adik aku udah pernah ikut prakerja, aku bisa?", ["relative"]),
        ("my brother already got prakerja, can I apply?", ["relative"]),
        ("istri saya irt, sudah menikah 2 thn, suami boleh ikut?", ["married", "homemaker"]),
    ],
)
def test_a_situation_that_is_no_rule_gets_its_note(text: str, keys: list[str]) -> None:
    assert notes(text) == [f"eligibility.note.{key}" for key in keys]


@pytest.mark.parametrize(
    "text",
    ["syarat ikut prakerja apa aja", "saya belum kerja, boleh ikut?", "umur 17 bisa daftar?",
     "bu, mau tanya syaratnya", "saya masih kuliah bisa ikut?", "kakak saya mau daftar juga"],
)  # fmt: skip
def test_a_message_naming_no_such_situation_gets_none(text: str) -> None:
    assert notes(text) == []
