"""The slang and abbreviation lexicon (``data/lexicon.tsv``): informal form -> standard form."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from nlu.errors import TrainingDataError

LEXICON_PATH = Path(__file__).resolve().parent / "data" / "lexicon.tsv"

MAX_PHRASE = 3
NEGATIONS = frozenset({"tidak", "belum", "bukan", "jangan", "tanpa"})
"""Standard negations; the normaliser maps every informal negation to one of these."""


@dataclass(frozen=True, slots=True)
class Lexicon:
    unigrams: dict[str, tuple[str, ...]] = field(default_factory=dict)
    phrases: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)
    """forms of 2 or 3 words, matched before single words"""
    digest: str = ""

    def __len__(self) -> int:
        return len(self.unigrams) + len(self.phrases)

    def standard_words(self) -> frozenset[str]:
        """Every word the lexicon maps to (a vocabulary of known standard forms)."""
        words = {w for target in self.unigrams.values() for w in target}
        words |= {w for target in self.phrases.values() for w in target}
        return frozenset(words)


def parse_lexicon(content: str, *, source: str = "<string>") -> Lexicon:
    unigrams: dict[str, tuple[str, ...]] = {}
    phrases: dict[tuple[str, ...], tuple[str, ...]] = {}
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        key, tab, target = line.partition("\t")
        words = tuple(key.lower().split())
        standard = tuple(target.lower().split())
        if not tab or not words or not standard or len(words) > MAX_PHRASE:
            raise TrainingDataError(
                f"line {number}: expected 'form<TAB>standard' (form of 1 to 3 words)", source=source
            )
        if len(words) == 1:
            unigrams[words[0]] = standard
        else:
            phrases[words] = standard
    digest = hashlib.sha256(content.encode("utf-8")).hexdigest()
    return Lexicon(unigrams, phrases, digest)


def load_lexicon(path: Path | None = None) -> Lexicon:
    """The project's lexicon, or another file in the same format."""
    source = path or LEXICON_PATH
    return parse_lexicon(source.read_text("utf-8"), source=str(source))
