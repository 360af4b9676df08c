"""Words of a course search written without vowels ("plthn bhs inggris", "kls dsain"), spelt
out by the NLU's lexicon ("pelatihan bahasa inggris") before the topic words are read, so a
search for "kk ada plthn bhs inggris gk" looks for "bahasa inggris", not the raw words.

Only a vowel-less word the lexicon spells as one word with vowels is replaced: acronyms it
does not know ("sql", "html") stay, and one it reads as a phrase ("css") too."""

from __future__ import annotations

import re
from functools import cache

from nlu.lexicon import load_lexicon
from nlu.normalise import Normaliser

_VOWELLESS = re.compile(r"\b[b-df-hj-np-tv-z]{2,}\b")
_VOWEL = re.compile(r"[aeiou]")


@cache
def _normaliser() -> Normaliser:
    return Normaliser(load_lexicon())


def spelt_out(text: str) -> str:
    """``text`` (lower case) with its vowel-less abbreviations spelt out."""
    return _VOWELLESS.sub(_spelt, text)


def _spelt(found: re.Match[str]) -> str:
    word = found.group(0)
    resolved = _normaliser().resolve(word)
    if len(resolved) == 1 and _VOWEL.search(resolved[0]):
        return resolved[0]
    return word


__all__ = ["spelt_out"]
