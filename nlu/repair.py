"""Repairs of a word that is neither in the lexicon nor known: informal affixes ("ngecek" ->
"cek", "kabarin" -> "kabari"), glued negations ("gabisa" -> "tidak bisa"), vowels left out
("pndftrn" -> "pendaftaran", "tny" -> "tanya"), glued words, and one-edit typos, each only
towards a word that is known (the lexicon's forms and the training vocabulary). A dictionary
word is never taken for a glued pair or a typo: "rumah" stays "rumah", not "ubah".
"""

from __future__ import annotations

from collections.abc import Mapping

from nlu.lexicon import Lexicon

_ALPHABET = "abcdefghijklmnopqrstuvwxyz"
_NEGATION_PREFIXES = (
    ("nggak", "tidak"), ("enggak", "tidak"), ("kagak", "tidak"), ("tidak", "tidak"),
    ("belum", "belum"), ("ngga", "tidak"), ("ndak", "tidak"), ("gak", "tidak"),
    ("tdk", "tidak"), ("blm", "belum"), ("bkn", "bukan"), ("jgn", "jangan"), ("gk", "tidak"),
    ("ga", "tidak"), ("g", "tidak"),
)  # fmt: skip
_SUFFIXES = (("nya", "nya"), ("ku", "saya"), ("mu", "kamu"))
_VOWELS = frozenset("aeiou")
MIN_SKELETON = 3
"""Consonants a vowel-less abbreviation needs before it is read ("tny"; not "kl", which could
be "kalau", "kali" or "kelas")."""

MAX_REPAIRED = 30
"""Longer words are left as they are: the longest Indonesian words ("mempertanggungjawabkan")
have 22 letters, and a 4,096-letter keyboard mash took 3 s to repair on one core."""


class WordRepair:
    """``known`` maps a word to how often it was seen (lexicon standard words count 1)."""

    def __init__(
        self, lexicon: Lexicon, known: Mapping[str, int], dictionary: frozenset[str]
    ) -> None:
        self._lexicon = lexicon
        self._known = known
        self._dictionary = dictionary
        self._by_skeleton = _skeletons(known)

    def lookup(self, word: str) -> tuple[str, ...] | None:
        if word in self._lexicon.unigrams:
            return self._lexicon.unigrams[word]
        return (word,) if word in self._known else None

    def unknown(self, word: str) -> tuple[str, ...] | None:
        if len(word) > MAX_REPAIRED:
            return None  # no typo of a known word; repairing it costs the square of its length
        found = self._informal_affixes(word) or self._glued_negation(word)
        if found is not None or word in self._dictionary:
            return found  # "ngecek" -> cek, "gabisa" -> tidak bisa; "rumah" is no typo
        return self._vowels_dropped(word) or self._split_glued(word) or self._one_edit(word)

    def _vowels_dropped(self, word: str) -> tuple[str, ...] | None:
        """Chat leaves vowels out ("dftr", "plthn", "insntf", "msih"): a known word (seen twice
        or more) with the same consonants in the same order that holds ``word`` letter by
        letter; the most frequent one when several do."""
        key = _skeleton(word)
        if len(key) < MIN_SKELETON:
            return None
        for candidate in self._by_skeleton.get(key, ()):
            if len(candidate) > len(word) and _holds(candidate, word):
                return (candidate,)
        return None

    def _informal_affixes(self, word: str) -> tuple[str, ...] | None:
        for suffix, standard in _SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                base = self.lookup(word[: -len(suffix)])
                if base is not None:
                    return (*base, standard)
        stems = [word]
        if word.endswith("in") and len(word) > 5:
            stems += [word[:-2] + "kan", word[:-2]]
        for stem in stems:
            for candidate in _prefix_variants(stem):
                found = self.lookup(candidate)
                if found is not None:
                    return found
        return None

    def _glued_negation(self, word: str) -> tuple[str, ...] | None:
        for prefix, standard in _NEGATION_PREFIXES:
            rest = word[len(prefix) :]
            if word.startswith(prefix) and len(rest) >= 3:
                found = self.lookup(rest)
                if found is not None:
                    return (standard, *found)
        return None

    def _split_glued(self, word: str) -> tuple[str, ...] | None:
        if len(word) < 7:
            return None
        best: tuple[int, str, str] | None = None
        for i in range(3, len(word) - 2):
            left, right = word[:i], word[i:]
            score = min(self._known.get(left, 0), self._known.get(right, 0))
            if score >= 2 and (best is None or score > best[0]):
                best = (score, left, right)
        return None if best is None else (best[1], best[2])

    def _one_edit(self, word: str) -> tuple[str, ...] | None:
        if len(word) < 5:
            return None
        known = self._known
        edits = _edits1(word)
        candidates = [c for c in edits if known.get(c, 0) >= 2]
        if candidates:
            return (max(candidates, key=lambda c: (known[c], c)),)
        lexicon = self._lexicon.unigrams  # "hellow" -> "hello" -> halo
        informal = sorted(c for c in edits if len(c) >= 5 and c in lexicon)
        return lexicon[informal[0]] if informal else None


def _skeleton(word: str) -> str:
    """The first letter and the consonants after it: "pendaftaran" -> "pndftrn"."""
    return word[:1] + "".join(ch for ch in word[1:] if ch not in _VOWELS)


def _skeletons(known: Mapping[str, int]) -> dict[str, tuple[str, ...]]:
    """Known words of 2+ sightings by skeleton, the most frequent first."""
    groups: dict[str, list[str]] = {}
    for word, count in known.items():
        if count >= 2 and word.isalpha():
            groups.setdefault(_skeleton(word), []).append(word)
    return {key: tuple(sorted(ws, key=lambda w: (-known[w], w))) for key, ws in groups.items()}


def _holds(word: str, letters: str) -> bool:
    """Whether ``letters`` occur in ``word`` in this order (not necessarily side by side)."""
    rest = iter(word)
    return all(ch in rest for ch in letters)


def _prefix_variants(word: str) -> list[str]:
    """Colloquial nasal prefixes: ngecek -> cek, ngirim -> kirim, nyari -> cari, mikir -> pikir."""
    variants: list[str] = []
    if word.startswith("nge") and len(word) > 5:
        variants.append(word[3:])
    if word.startswith("ng") and len(word) > 4:
        variants += [word[2:], "k" + word[2:]]
    if word.startswith("ny") and len(word) > 4:
        variants += ["c" + word[2:], "s" + word[2:]]
    if word.startswith("m") and len(word) > 4 and word[1] in "aeiou":
        variants.append("p" + word[1:])
    if word.endswith("kan") or word.endswith("in"):
        variants.append(word)
    return variants


def _edits1(word: str) -> set[str]:
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = [a + b[1:] for a, b in splits if b]
    transposes = [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
    replaces = [a + c + b[1:] for a, b in splits if b for c in _ALPHABET]
    inserts = [a + c + b for a, b in splits for c in _ALPHABET]
    return set(deletes + transposes + replaces + inserts)
