"""The dictionary of real words (from wordfreq) and what it keeps the normaliser from doing."""

from __future__ import annotations

from pathlib import Path

from nlu import Parser, parser_at
from nlu.dictionary import dictionary_version, load_dictionary
from nlu.store import DICTIONARY, resolve_model_dir


def test_real_indonesian_and_common_english_words_are_in_it() -> None:
    words = load_dictionary()
    assert 20_000 < len(words) < 60_000
    assert {"rumah", "hujan", "jatuh", "batam", "pelatihan", "about", "signing"} <= words
    # typos and rare English words are not
    assert not {"pelatihn", "daftr", "sertifkat", "ecstatic"} & words
    assert all(word.isalpha() and word.islower() for word in words)


def test_the_version_names_the_source_and_thresholds() -> None:
    assert dictionary_version().startswith("wordfreq=")


def test_a_saved_model_carries_its_dictionary(project_model_dir: Path, parser: Parser) -> None:
    found = resolve_model_dir(project_model_dir)
    assert found is not None
    saved = set((found / DICTIONARY).read_text("utf-8").split())
    assert saved == load_dictionary()
    tokens = parser_at(found).tokens("rumah saya kebanjiran, hp jatuh ke sungai")
    assert tokens[:2] == ["rumah", "saya"]
    assert "jatuh" in tokens
