"""Text splitting and choice rendering shared by the channels."""

from __future__ import annotations

from bot.channels.rendering import numbered, shorten, split_text, units
from flows import Button


def test_short_text_is_one_piece() -> None:
    assert split_text("halo") == ["halo"]
    assert split_text("   ") == []


def test_splits_at_line_breaks_first() -> None:
    lines = [f"Baris {n}: " + "x" * 30 for n in range(10)]
    pieces = split_text("\n".join(lines), limit=100)
    assert all(units(p) <= 100 for p in pieces)
    assert "\n".join(pieces).split("\n") == lines  # nothing lost, every cut at a line end


def test_splits_a_long_line_at_sentence_ends_then_spaces() -> None:
    text = "Kalimat pertama cukup panjang. Kalimat kedua juga panjang! Ketiga? " + "kata " * 40
    pieces = split_text(text, limit=40)
    assert pieces[0] == "Kalimat pertama cukup panjang."
    assert pieces[1] == "Kalimat kedua juga panjang! Ketiga?"
    assert all(units(p) <= 40 for p in pieces)
    assert " ".join(pieces).split() == text.split()


def test_a_word_longer_than_the_limit_is_cut_hard() -> None:
    pieces = split_text("a" * 25, limit=10)
    assert pieces == ["a" * 10, "a" * 10, "a" * 5]


def test_emoji_count_twice_like_telegram_counts_them() -> None:
    text = "😀" * 3000  # 6,000 UTF-16 units
    pieces = split_text(text)
    assert len(pieces) == 2 and all(units(p) <= 4096 for p in pieces)
    assert "".join(pieces) == text


def test_shorten_and_numbered_choices() -> None:
    assert shorten("Teknologi Informasi dan Komunikasi", 24) == "Teknologi Informasi dan…"
    assert shorten("Pendek", 24) == "Pendek"
    text = numbered("Pilih kategori:", [Button("A", "a"), Button("B", "b")])
    assert text.splitlines()[:4] == ["Pilih kategori:", "", "1. A", "2. B"]
