"""Markup or code alone carries no intent: not understood, the menu, no "did you mean"."""

from __future__ import annotations

import pytest

from flows.code_only import code_only


@pytest.mark.parametrize("said", [
    "<script>alert(1)</script>", "'; DROP TABLE participants; --", "{{ config.items() }}",
    "<b></b>", "<img src=x onerror=alert(1)>", "' OR 1=1 --", "SELECT * FROM users;",
    "javascript:alert(1)",
])  # fmt: skip
def test_markup_or_code_alone_is_code_only(said: str) -> None:
    assert code_only(said)


@pytest.mark.parametrize("said", [
    "<b>mau daftar</b>", "hapus data saya;", "delete my account", "insentif blm cair :(",
    "gmn cara daftar (baru)", "mau tanya dong -- penting", "halo :)", "<3", "jam 7 (malam)",
    "select the course from the list", "drop out dari kampus, boleh daftar?",
])  # fmt: skip
def test_words_of_its_own_or_symbols_alone_are_no_code(said: str) -> None:
    assert not code_only(said)
