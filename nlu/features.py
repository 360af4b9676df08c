"""Sparse features of normalised tokens: words, word bigrams, first word, stems and character
n-grams inside words, weighted by sublinear TF-IDF and L2-normalised per block.

Words never seen in training can be masked as ``<unk>`` (``oov="mask"``): a name or title the
model has never seen then adds no noise, while a misspelt known word has already been
repaired by the normaliser. Training adds a copy of the data with the rarest words masked, so
the model learns what an unknown word in each position means.
"""

from __future__ import annotations

import math
import zlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

if TYPE_CHECKING:
    from scipy import sparse

import itertools

from nlu.lexicon import NEGATIONS
from nlu.normalise import CAPITALISED
from nlu.stemmer import stem

UNKNOWN = "<unk>"
_CACHE_LIMIT = 50_000
MIN_CHAR_DF = 2
EVIDENCE_SHARE = 0.5
"""An unknown word is evidence when at least this share of its 3+-letter n-grams is known..."""
MIN_EVIDENCE_LETTERS = 4
"""...and it has at least this many letters."""


@dataclass(frozen=True, slots=True)
class FeatureOptions:
    char_ngrams: tuple[int, int] = (1, 5)
    char_weight: float = 0.8
    word_bigrams: bool = True
    stems: bool = True
    oov: str = "mask"
    placeholders: bool = True
    unknown_chars: bool = True


Vector = tuple[npt.NDArray[np.int32], npt.NDArray[np.float32]]


class Featuriser:
    """Maps token lists to sparse vectors; ``fit`` builds the vocabulary and IDF weights."""

    def __init__(
        self,
        options: FeatureOptions,
        vocabulary: Sequence[str] = (),
        idf: npt.NDArray[np.float32] | None = None,
        words: Sequence[str] = (),
    ) -> None:
        self.options = options
        self.features = list(vocabulary)
        self.index = {name: i for i, name in enumerate(self.features)}
        self.idf = idf if idf is not None else np.ones(len(self.features), dtype=np.float32)
        self.words = frozenset(words)
        self._stems = frozenset(stem(w) for w in self.words)
        self._char_cache: dict[str, list[int]] = {}

    @property
    def dimension(self) -> int:
        return len(self.features)

    # -- fitting -------------------------------------------------------------------------------
    def fit(self, docs: Sequence[Sequence[str]], augment: bool = False) -> Featuriser:
        """Vocabulary (words first, then character n-grams seen in 2+ documents) and IDF.

        With ``augment`` the statistics also count a copy of ``docs`` whose rare words are
        unknown (see ``rare_words``): the copy ``matrix(docs, rare)`` adds in training."""
        self.words = frozenset(t for doc in docs for t in doc if not _is_placeholder(t))
        self._stems = frozenset(stem(w) for w in self.words)
        rare = rare_words(docs) if augment else frozenset()
        copies = [frozenset[str]()] + ([rare] if augment else [])
        word_df: Counter[str] = Counter()
        char_df: Counter[str] = Counter()
        for unknown in copies:
            for doc in docs:
                masked = self.mask(doc, unknown)
                word_df.update(set(self._word_features(masked)))
                char_df.update(set(self._char_features(self._char_source(doc, masked))))
        words = sorted(word_df)
        chars = sorted(name for name, df in char_df.items() if df >= MIN_CHAR_DF)
        self.features = words + chars
        self.index = {name: i for i, name in enumerate(self.features)}
        df = [word_df[name] for name in words] + [char_df[name] for name in chars]
        n = len(docs) * len(copies)
        self.idf = np.array([math.log((1 + n) / (1 + d)) + 1 for d in df], dtype=np.float32)
        self._char_cache = {}
        return self

    # -- transforming ----------------------------------------------------------------------------
    def mask(self, tokens: Sequence[str], rare: frozenset[str] = frozenset()) -> list[str]:
        """Unknown words (and ``rare`` ones) -> ``<unk>`` (consecutive ones merged), if the
        options ask for it."""
        if self.options.oov != "mask":
            return list(tokens)
        out: list[str] = []
        for token in tokens:
            if token in rare:
                known = False
            else:
                known = token in self.words or _is_placeholder(token) or not token[0].isalpha()
                if not known and self.options.stems:
                    known = stem(token) in self._stems
            if known:
                out.append(token)
            elif not out or out[-1] != UNKNOWN:
                out.append(UNKNOWN)
        return out

    def vector(self, tokens: Sequence[str], rare: frozenset[str] = frozenset()) -> Vector:
        """One message's sparse vector: (column indices, values)."""
        masked = self.mask(tokens, rare)
        index = self.index
        word_counts: Counter[int] = Counter(
            index[name] for name in self._word_features(masked) if name in index
        )
        char_counts: Counter[int] = Counter()
        for token in self._char_source(tokens, masked):
            char_counts.update(self._token_chars(token))
        return self._weigh(word_counts, char_counts)

    def has_evidence(self, tokens: Sequence[str]) -> bool:
        """Whether the message holds anything the model has seen: a known word or, with
        ``unknown_chars``, an unknown word that mostly spells known character n-grams of 3+
        letters ("hellow", "bartok"; not "qwzx" or "plmok")."""
        masked = self.mask(tokens)
        if any(t not in (UNKNOWN, CAPITALISED, "?") for t in masked):
            return True  # the shape of a message alone ("Zxv Plkm", "??") says nothing
        if not self.options.unknown_chars:
            return False
        return any(self._spelling_known(token) for token in tokens)

    def _spelling_known(self, token: str) -> bool:
        if len(token) < MIN_EVIDENCE_LETTERS:
            return False  # "anu", "eh": too short to say anything by their spelling
        grams = [name for name in self._chars_of(token) if len(name) >= 5]  # "C:" + 3 chars
        known = sum(name in self.index for name in grams)
        return bool(grams) and known >= EVIDENCE_SHARE * len(grams)

    def _char_source(self, tokens: Sequence[str], masked: Sequence[str]) -> Sequence[str]:
        """Unknown words still spell something ("hellow", "yep") when ``unknown_chars``."""
        return tokens if self.options.unknown_chars else masked

    def matrix(
        self, docs: Sequence[Sequence[str]], rare: frozenset[str] = frozenset()
    ) -> sparse.csr_matrix:
        from scipy import sparse  # training only: parsing needs no scipy

        rows, cols, vals = [], [], []
        for row, doc in enumerate(docs):
            idx, val = self.vector(doc, rare)
            rows.append(np.full(len(idx), row, dtype=np.int32))
            cols.append(idx)
            vals.append(val)
        shape = (len(docs), self.dimension)
        if not rows:
            return sparse.csr_matrix(shape, dtype=np.float64)
        return sparse.csr_matrix(
            (np.concatenate(vals).astype(np.float64), (np.concatenate(rows), np.concatenate(cols))),
            shape=shape,
        )

    def _weigh(self, word_counts: Counter[int], char_counts: Counter[int]) -> Vector:
        parts: list[Vector] = []
        for counts, weight in ((word_counts, 1.0), (char_counts, self.options.char_weight)):
            if not counts or weight == 0:
                continue
            idx = np.fromiter(counts.keys(), dtype=np.int32, count=len(counts))
            tf = np.fromiter(counts.values(), dtype=np.float32, count=len(counts))
            val = (1.0 + np.log(tf)) * self.idf[idx]
            norm = float(np.sqrt(np.dot(val, val)))
            parts.append((idx, (val * (weight / norm)).astype(np.float32)))
        if not parts:
            return np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.float32)
        if len(parts) == 1:
            return parts[0]
        return np.concatenate([p[0] for p in parts]), np.concatenate([p[1] for p in parts])

    def _token_chars(self, token: str) -> list[int]:
        cached = self._char_cache.get(token)
        if cached is None:
            index = self.index
            cached = [index[name] for name in self._chars_of(token) if name in index]
            if len(self._char_cache) < _CACHE_LIMIT:
                self._char_cache[token] = cached
        return cached

    # -- feature names ---------------------------------------------------------------------------
    def _word_features(self, tokens: Sequence[str]) -> list[str]:
        names = [f"W:{t}" for t in tokens]
        if self.options.word_bigrams:
            names += [f"B:{a}|{b}" for a, b in itertools.pairwise(tokens)]
        if tokens:
            names.append(f"F:{tokens[0]}")
        if self.options.stems:
            names += [f"S:{stem(t)}" for t in tokens if t[0].isalpha() and len(t) > 4]
        names += _negated(tokens)
        return names

    def _char_features(self, tokens: Sequence[str]) -> list[str]:
        return [name for token in tokens for name in self._chars_of(token)]

    def _chars_of(self, token: str) -> tuple[str, ...]:
        if _is_placeholder(token) or token == UNKNOWN or not token[0].isalpha():
            return ()
        low, high = self.options.char_ngrams
        return _char_names(token, low, high)


@lru_cache(maxsize=4_096)
def _char_names(token: str, low: int, high: int) -> tuple[str, ...]:
    """The character n-gram features of one word (cached: training spells the same words
    over and over, once per copy of the data and per calibration fold)."""
    padded = f" {token} "
    return tuple(
        f"C:{padded[i : i + n]}"
        for n in range(low, high + 1)
        for i in range(len(padded) - n + 1)
        if padded[i : i + n] != " "
    )


def _negated(tokens: Sequence[str]) -> list[str]:
    """``N:word`` for the two words after a negation: "jangan kirim" is not "kirim"."""
    out: list[str] = []
    left = 0
    for token in tokens:
        if token in NEGATIONS:
            left = 2
        elif left and token[0].isalpha():
            out.append(f"N:{token}")
            left -= 1
    return out


def _is_placeholder(token: str) -> bool:
    return token.startswith("<") and token.endswith(">")


def rare_words(docs: Sequence[Sequence[str]], min_count: int = 2) -> frozenset[str]:
    """Words seen fewer than ``min_count`` times: training adds a copy of the data where they
    are unknown, so the model learns what an unknown word in each position means."""
    counts = Counter(t for doc in docs for t in doc)
    return frozenset(t for t, n in counts.items() if n < min_count and t[0].isalpha())


def drop_one_word(docs: Sequence[Sequence[str]], min_length: int = 3) -> list[list[str]]:
    """A copy of ``docs`` with one word left out of every message of ``min_length`` or more
    tokens (the position is a hash of the text: deterministic). Training on it too teaches the
    model the second-best cue of a message, not only its strongest word."""
    out: list[list[str]] = []
    for doc in docs:
        words = list(doc)
        if len(words) >= min_length:
            i = zlib.crc32(" ".join(words).encode("utf-8")) % len(words)
            del words[i]
        out.append(words)
    return out
