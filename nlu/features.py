"""Sparse features of normalised tokens: words, word bigrams, first word, stems and character
n-grams inside words, weighted by sublinear TF-IDF and L2-normalised per block.

Words never seen in training can be masked as ``<unk>`` (``oov="mask"``): a name or title the
model has never seen then adds no noise, while a misspelt known word has already been
repaired by the normaliser. Training adds a copy of the data with the rarest words masked, so
the model learns what an unknown word in each position means.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

if TYPE_CHECKING:
    from scipy import sparse

import itertools

from nlu.lexicon import NEGATIONS
from nlu.stemmer import stem

UNKNOWN = "<unk>"
_CACHE_LIMIT = 50_000
MIN_CHAR_DF = 2


@dataclass(frozen=True, slots=True)
class FeatureOptions:
    char_ngrams: tuple[int, int] = (1, 5)
    char_weight: float = 0.5
    word_bigrams: bool = True
    stems: bool = True
    oov: str = "mask"
    placeholders: bool = True


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
    def fit(self, docs: Sequence[Sequence[str]]) -> Featuriser:
        """Vocabulary (words first, then character n-grams seen in 2+ documents) and IDF."""
        self.words = frozenset(t for doc in docs for t in doc if not _is_placeholder(t))
        self._stems = frozenset(stem(w) for w in self.words)
        word_df: Counter[str] = Counter()
        char_df: Counter[str] = Counter()
        for doc in docs:
            word_df.update(set(self._word_features(doc)))
            char_df.update(set(self._char_features(doc)))
        words = sorted(word_df)
        chars = sorted(name for name, df in char_df.items() if df >= MIN_CHAR_DF)
        self.features = words + chars
        self.index = {name: i for i, name in enumerate(self.features)}
        df = [word_df[name] for name in words] + [char_df[name] for name in chars]
        n = len(docs)
        self.idf = np.array([math.log((1 + n) / (1 + d)) + 1 for d in df], dtype=np.float32)
        self._char_cache = {}
        return self

    # -- transforming ----------------------------------------------------------------------------
    def mask(self, tokens: Sequence[str]) -> list[str]:
        """Unknown words -> ``<unk>`` (consecutive ones merged), if the options ask for it."""
        if self.options.oov != "mask":
            return list(tokens)
        out: list[str] = []
        for token in tokens:
            known = token in self.words or _is_placeholder(token) or not token[0].isalpha()
            if not known and self.options.stems and stem(token) in self._stems:
                known = True
            if known:
                out.append(token)
            elif not out or out[-1] != UNKNOWN:
                out.append(UNKNOWN)
        return out

    def vector(self, tokens: Sequence[str]) -> Vector:
        """One message's sparse vector: (column indices, values)."""
        masked = self.mask(tokens)
        index = self.index
        word_counts: Counter[int] = Counter(
            index[name] for name in self._word_features(masked) if name in index
        )
        char_counts: Counter[int] = Counter()
        for token in masked:
            char_counts.update(self._token_chars(token))
        return self._weigh(word_counts, char_counts)

    def matrix(self, docs: Sequence[Sequence[str]]) -> sparse.csr_matrix:
        from scipy import sparse  # training only: parsing needs no scipy

        rows, cols, vals = [], [], []
        for row, doc in enumerate(docs):
            idx, val = self.vector(doc)
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

    def _chars_of(self, token: str) -> list[str]:
        if _is_placeholder(token) or token == UNKNOWN or not token[0].isalpha():
            return []
        low, high = self.options.char_ngrams
        padded = f" {token} "
        return [
            f"C:{padded[i : i + n]}"
            for n in range(low, high + 1)
            for i in range(len(padded) - n + 1)
            if padded[i : i + n] != " "
        ]


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


def mask_rare(docs: Sequence[Sequence[str]], min_count: int = 2) -> list[list[str]]:
    """A copy of ``docs`` where words seen fewer than ``min_count`` times become ``<unk>``."""
    counts = Counter(t for doc in docs for t in doc)
    out = []
    for doc in docs:
        masked: list[str] = []
        for token in doc:
            rare = counts[token] < min_count and token[0].isalpha()
            if not rare:
                masked.append(token)
            elif not masked or masked[-1] != UNKNOWN:
                masked.append(UNKNOWN)
        out.append(masked)
    return out
