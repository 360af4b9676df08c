"""``course_topic``: fuzzy match of the message against the catalogue's categories and titles.

Each topic's content words are weighted by rarity across the catalogue; a topic matches when
the words found in the message (exactly, or one typo away for words of 5+ letters) carry at
least ``threshold`` of its weight. A word of everyday language (``known``: the lexicon and the
training vocabulary) is never taken for a typo of a catalogue word ("gratis" is not "grafis",
"pesawat" not "perawat"), and words that chats use for everything else ("data", "kerja",
"web", "video") never make a topic on their own. The engine injects the catalogue at start-up
(``Parser.set_catalogue``); until then a small built-in list of common categories is used.
A common name from that list stays beside the catalogue when one of its topics holds all the
name's words, and is found where no topic of the catalogue is, when the message holds every
word of it: "bahasa inggris" names "Bahasa Inggris", which the titles "Bahasa Inggris untuk Dunia
Kerja" and "Bahasa Inggris Percakapan Sehari-hari" hold (neither title alone reaches the
threshold with those two words).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from nlu.entities.base import Context
from nlu.types import Entity

DEFAULT_TOPICS_PATH = Path(__file__).resolve().parents[1] / "data" / "topics.txt"
STOPWORDS = frozenset({
    "dan", "untuk", "di", "dengan", "yang", "atau", "bagi", "dari", "ke", "dalam", "pelatihan",
    "kursus", "kelas", "belajar", "training", "course", "the", "of", "for", "and", "in", "to",
    "cara", "menjadi", "jadi", "seorang", "secara", "program", "sertifikasi", "kak", "min",
})  # fmt: skip
EVERYDAY = frozenset({
    "data", "kerja", "bekerja", "pekerjaan", "membuat", "buat", "web", "website", "situs",
    "video",
})  # fmt: skip
"""Words this chat uses for everything else ("data saya", "mau kerja", "web prakerja", "video
call"): they count towards a topic's weight but never make a match on their own."""
_ELONGATION = re.compile(r"(.)\1{2,}")
_MAX_RESULTS = 3
MAX_GAP = 2
"""At most this many other words between the words of one topic ("kursus bahasa dan sastra
inggris" still names it)."""


def load_default_topics(path: Path = DEFAULT_TOPICS_PATH) -> list[str]:
    lines = path.read_text("utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def common_names(topics: Sequence[str]) -> list[str]:
    """The built-in common names not in ``topics`` whose every word one topic holds (a search
    for the name then finds that course)."""
    held = [frozenset(_words(topic)) for topic in topics]
    return [
        name
        for name in load_default_topics()
        if name not in topics and any(set(_words(name)) <= words for words in held)
    ]


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", _ELONGATION.sub(r"\1\1", text.lower()))


def _deletes(word: str) -> set[str]:
    return {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}


@dataclass(frozen=True, slots=True)
class _Index:
    topics: tuple[str, ...] = ()
    content: tuple[dict[str, float], ...] = ()  # per topic: content word -> weight
    postings: dict[str, frozenset[int]] = field(default_factory=dict)
    fuzzy: dict[str, frozenset[str]] = field(default_factory=dict)  # deletion variant -> words
    common: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (common name, its content words)
    common_postings: dict[str, frozenset[int]] = field(default_factory=dict)  # word -> names


def _build(topics: Sequence[str], common: Sequence[str] = ()) -> _Index:
    unique = tuple(dict.fromkeys(t.strip() for t in topics if t.strip()))
    contents = [_content(t) for t in unique]
    df: dict[str, int] = {}
    for words in contents:
        for word in set(words):
            df[word] = df.get(word, 0) + 1
    n = len(unique)
    weights = tuple({w: math.log((1 + n) / df[w]) + 1.0 for w in set(ws)} for ws in contents)
    postings: dict[str, set[int]] = {}
    fuzzy: dict[str, set[str]] = {}
    for i, words in enumerate(contents):
        for word in words:
            postings.setdefault(word, set()).add(i)
            if len(word) >= 5:
                for variant in _deletes(word):
                    fuzzy.setdefault(variant, set()).add(word)
    return _Index(
        unique,
        weights,
        {k: frozenset(v) for k, v in postings.items()},
        {k: frozenset(v) for k, v in fuzzy.items()},
        *_common_index(common),
    )


def _common_index(
    common: Sequence[str],
) -> tuple[tuple[tuple[str, tuple[str, ...]], ...], dict[str, frozenset[int]]]:
    """Common names with their content words, and which names each word is in."""
    names = tuple((name, tuple(_content(name))) for name in common)
    postings: dict[str, set[int]] = {}
    for i, (_, words) in enumerate(names):
        for word in words:
            postings.setdefault(word, set()).add(i)
    return names, {k: frozenset(v) for k, v in postings.items()}


def _content(name: str) -> list[str]:
    return [w for w in _words(name) if w not in STOPWORDS] or _words(name)


class CatalogueMatcher:
    """Thread-safe: ``set_topics`` builds a new index and swaps it in with one assignment."""

    numeric = False

    def __init__(
        self,
        topics: Sequence[str] = (),
        threshold: float = 0.5,
        known: frozenset[str] = frozenset(),
    ) -> None:
        self.threshold = threshold
        self.known = known
        self._index = _build(topics)

    @property
    def topics(self) -> tuple[str, ...]:
        return self._index.topics

    def set_topics(self, topics: Sequence[str]) -> None:
        self._index = _build(topics, common_names(topics))

    def extract(self, context: Context) -> Iterator[Entity]:
        index = self._index
        if not index.topics:
            return
        matched: dict[str, list[tuple[int, int]]] = {}
        for raw, start, end in context.words:
            word = _ELONGATION.sub(r"\1\1", raw)
            found = _vocabulary_word(index, word, self.known)
            if found is not None and word not in STOPWORDS:
                matched.setdefault(found, []).append((start, end))
        taken: list[tuple[int, int]] = []
        for name, start, end, score in [
            *_topic_hits(index, self.threshold, context, matched),
            *_common_hits(index, context, matched),
        ]:
            if any(start < e and s < end for s, e in taken) or len(taken) >= _MAX_RESULTS:
                continue
            taken.append((start, end))
            yield Entity("course_topic", name, start, end, {"score": round(score, 3)})


def _topic_hits(
    index: _Index, threshold: float, context: Context, matched: dict[str, list[tuple[int, int]]]
) -> list[tuple[str, int, int, float]]:
    """The catalogue's topics the matched words reach the threshold of, best first."""
    candidates: set[int] = set()
    for word in matched:
        candidates |= index.postings.get(word, frozenset())
    scored = []
    for i in candidates:
        weights = index.content[i]
        hit = [w for w in weights if w in matched]
        if all(w in EVERYDAY for w in hit):
            continue
        score = sum(weights[w] for w in hit) / sum(weights.values())
        if score >= threshold:
            spans = [span for w in hit for span in matched[w]]
            start, end = min(s for s, _ in spans), max(e for _, e in spans)
            if _apart(context, start, end, len(spans)):
                continue
            scored.append((score, -(end - start), i, start, end))
    ordered = sorted(scored, key=lambda s: (-s[0], s[1], s[2]))
    return [(index.topics[i], start, end, score) for score, _, i, start, end in ordered]


def _common_hits(
    index: _Index, context: Context, matched: dict[str, list[tuple[int, int]]]
) -> Iterator[tuple[str, int, int, float]]:
    """Common names every word of which the message holds, close together."""
    candidates: set[int] = set()
    for word in matched:
        candidates |= index.common_postings.get(word, frozenset())
    for i in sorted(candidates):
        name, words = index.common[i]
        if not all(w in matched for w in words) or all(w in EVERYDAY for w in words):
            continue
        spans = [span for w in words for span in matched[w]]
        start, end = min(s for s, _ in spans), max(e for _, e in spans)
        if not _apart(context, start, end, len(spans)):
            yield name, start, end, 1.0


def _apart(context: Context, start: int, end: int, hits: int) -> bool:
    """A topic's words strewn over the message ("bahasa kita aja, jangan inggris") are no
    mention of it: more than ``MAX_GAP`` other words lie between them."""
    inside = sum(1 for _, s, e in context.words if start <= s and e <= end)
    return inside - hits > MAX_GAP


def _vocabulary_word(index: _Index, word: str, known: frozenset[str]) -> str | None:
    """The catalogue word ``word`` is, exactly or one typo away (5+ letters, unambiguous, and
    not a word of its own)."""
    if word in index.postings:
        return word
    if len(word) < 5 or word in known:
        return None
    found = sorted({w for v in _deletes(word) for w in index.fuzzy.get(v, ())})
    return found[0] if len(found) == 1 else None
