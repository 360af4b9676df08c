"""Two problems counted and joined by a conjunction (``flows.complaint_two.split``)."""

from __future__ import annotations

from flows.complaint_two import split


def test_two_counted_split_at_the_conjunction_not_at_an_ordinal_word() -> None:
    text = "mau lapor 2 masalah, insentif aku gagal terus sama sertifikat pelatihan kedua ga muncul"
    assert split(text) == ("insentif aku gagal terus", "sertifikat pelatihan kedua ga muncul")


def test_no_count_no_conjunction_split() -> None:
    assert split("insentif gagal sama sertifikat ga muncul") is None
