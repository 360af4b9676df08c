"""Indonesian chat normaliser: informal, misspelt, glued text -> standard lower-case tokens.

Steps: Unicode NFKC and lower case; URLs, e-mail addresses and numbers become placeholders
(``<url>``, ``<email>``, ``<idnum>`` for 14+ digits, ``<phone>``, ``<num>``); words and digits
are unglued ("600rb" -> "600 rb", "cair2" and "cair-cair" -> "cair cair", unless the lexicon
reads the reduplication: "jangan2" is "perhaps"); elongations collapse
("bangeeet" -> "banget"); the slang lexicon maps colloquial forms to standard ones; unknown
words are resolved against a vocabulary (informal affixes "nge-"/"-in", glued negations,
glued words, one-edit typos; a dictionary word is never taken for a glued pair or a typo:
"rumah" stays "rumah", not "ubah"). Nothing is ever dropped except punctuation: negations in
particular always survive (as "tidak", "belum", "bukan" or "jangan").

Capitalised words inside a sentence are names and titles ("putar Good Morning Sunshine",
"saya dari Batam"): a run of two or more, or a single one the lexicon and vocabulary do not
know, is kept as written (lower-cased) instead of being translated or "repaired". A message
written (almost) all in Title Case carries no such signal and is normalised as usual, except
that a message of two to four capitalised words and nothing else (a name, as an answer) gains
the shape token ``<capitalised>``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

from nlu.lexicon import NEGATIONS, Lexicon
from nlu.repair import WordRepair

_INVISIBLE = re.compile("[\u200b-\u200f\u2060\ufe0e\ufe0f\U0001f3fb-\U0001f3ff]")
_URL = re.compile(r"(?:https?://|www\.)\S+")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_REDUPLICATION = re.compile(r"\b([a-z]{3,})(?:2|-\1)\b")
_LETTER_PREFIX = re.compile(r"\b([a-z])-(?=[a-z]{2,})")
_LETTER_DIGIT = re.compile(r"(?<=[a-z])(?=\d)|(?<=\d)(?=[a-z])")
_TOKEN = re.compile(r"\x00[a-z_]+\x00|\+?\d[\d.,/:\-]*\d|\d|[^\W\d_]+(?:'[^\W\d_]+)?|\?|[^\s\w]")
_ELONGATION = re.compile(r"(.)\1{2,}")
_DOUBLE = re.compile(r"(.)\1")
_LAUGHTER = re.compile(r"^(?:a?(?:wk|kw)+w?k?|(?:ha|he|hi|hu|xi){2,}h?|a?wok(?:wok)+|ckck(?:ck)*)$")
_CACHE_LIMIT = 50_000
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?|[.!?\n]")
_SENTENCE_END = frozenset(".!?\n")
TITLE_CASE_SHARE = 0.8
"""A message whose inner words are this much Title Case is written so everywhere."""
CAPITALISED = "<capitalised>"
"""Added after the tokens of a message of 2-4 capitalised words and nothing else: in a chat
that is nearly always a name given as an answer ("Bambang Susilo"), which the model learns."""


class Normaliser:
    """Callable normaliser; ``vocabulary`` (word -> count) lets it resolve unknown words;
    ``dictionary`` words (see ``nlu.dictionary``) are real words, never repaired."""

    def __init__(
        self,
        lexicon: Lexicon,
        vocabulary: Mapping[str, int] | None = None,
        dictionary: frozenset[str] = frozenset(),
    ) -> None:
        self._lexicon = lexicon
        self._dictionary = dictionary
        known: dict[str, int] = dict.fromkeys(lexicon.standard_words(), 1)
        for word, count in (vocabulary or {}).items():
            known[word] = known.get(word, 0) + count
        self._known = known
        self._repair = WordRepair(lexicon, known, dictionary)
        self._cache: dict[str, tuple[str, ...]] = {}

    def __call__(self, text: str) -> str:
        return " ".join(self.tokens(text))

    def tokens(self, text: str) -> list[str]:
        raw = self.surface_tokens(text)
        names = self.proper_names(text)
        out: list[str] = []
        phrases = self._lexicon.phrases
        i = 0
        while i < len(raw):
            if raw[i] in names:
                out.append(raw[i])
                i += 1
                continue
            for n in (3, 2):
                phrase = tuple(raw[i : i + n])
                if len(phrase) == n and phrase in phrases:
                    out.extend(phrases[phrase])
                    i += n
                    break
            else:
                out.extend(self.resolve(raw[i]))
                i += 1
        if _all_capitalised(text):
            out.append(CAPITALISED)
        return _dedupe_symbols(out)

    def proper_names(self, text: str) -> frozenset[str]:
        """Lower-cased words written as names inside a sentence (see the module docstring)."""
        if not any(ch.isupper() for ch in text):
            return frozenset()
        words = _WORD.findall(unicodedata.normalize("NFKC", text))
        inner = [  # words not opening a sentence
            word
            for before, word in zip([".", *words], words, strict=False)
            if before not in _SENTENCE_END and word not in _SENTENCE_END
        ]
        if sum(_title(w) for w in inner) >= TITLE_CASE_SHARE * len(inner):
            return frozenset()  # Title Case Everywhere: capitals say nothing here
        names: set[str] = set()
        run: list[str] = []
        starts_sentence = True
        for word in [*words, "."]:
            lower = word.lower()
            if _title(word) and not starts_sentence and not self._negation(lower):
                run.append(lower)
            else:
                names.update(self._names_in(run))
                run = []
            starts_sentence = word in _SENTENCE_END
        return frozenset(names)

    def _names_in(self, run: list[str]) -> list[str]:
        if len(run) >= 2:
            return run
        return [w for w in run if w not in self._lexicon.unigrams and w not in self._known]

    def _negation(self, word: str) -> bool:
        """Negations are never kept as written: they must reach the model as one of NEGATIONS."""
        return bool(NEGATIONS.intersection(self._lexicon.unigrams.get(word, (word,))))

    def surface_tokens(self, text: str) -> list[str]:
        """Tokens before the lexicon: placeholders, unglued words, no punctuation but '?'."""
        lowered = _INVISIBLE.sub("", unicodedata.normalize("NFKC", text)).lower()
        lowered = _URL.sub(" \x00url\x00 ", lowered)
        lowered = _EMAIL.sub(" \x00email\x00 ", lowered)
        lowered = _REDUPLICATION.sub(self._reduplicated, lowered)
        lowered = _LETTER_PREFIX.sub(r"\1", lowered)
        lowered = _LETTER_DIGIT.sub(" ", lowered)
        tokens: list[str] = []
        for token in _TOKEN.findall(lowered):
            first = token[0]
            if first == "\x00":
                tokens.append(f"<{token[1:-1]}>")
            elif first.isdigit() or (first == "+" and len(token) > 1):
                tokens.append(_number_placeholder(token))
            elif first == "?" or first.isalpha():
                tokens.append(token.replace("'", "") if first != "?" else token)
            elif unicodedata.category(first) == "So":
                tokens.append(first)
        return tokens

    def _reduplicated(self, match: re.Match[str]) -> str:
        """"cair2" and "cair-cair" -> "cair cair", unless the lexicon has the form "X2": a
        reduplication may mean something else ("jangan2" is "perhaps", no negation)."""
        word = match[1]
        return " ".join(self._lexicon.unigrams.get(f"{word}2", (word, word)))

    def resolve(self, token: str) -> tuple[str, ...]:
        """One surface token -> its standard form (possibly several words, never none)."""
        cached = self._cache.get(token)
        if cached is not None:
            return cached
        result = self._resolve(token)
        if len(self._cache) < _CACHE_LIMIT:
            self._cache[token] = result
        return result

    def _resolve(self, token: str) -> tuple[str, ...]:
        lexicon = self._lexicon.unigrams
        if not token.isalpha():
            return lexicon.get(token, (token,))  # an emoji may have a meaning ("👍" -> oke)
        word = _ELONGATION.sub(r"\1\1", token)
        # a dictionary word keeps its double letters ("app" is not "ap", "uu" not "u")
        single = word if word in self._dictionary else _DOUBLE.sub(r"\1", word)
        for candidate in dict.fromkeys((token, word, single)):  # as written first: "pppk"
            if candidate in lexicon:
                return lexicon[candidate]
            if candidate in self._known:
                return (candidate,)
        if _LAUGHTER.match(single):
            return ("haha",)
        for candidate in (word, single) if single != word else (word,):
            found = self._repair.unknown(candidate)
            if found is not None:
                return found
        return (word,)

def _all_capitalised(text: str) -> bool:
    """ "Bambang Susilo": a short message of capitalised words only (not "Cek saldo")."""
    words = [] if text[:1].islower() else _WORD.findall(text)  # most messages skip the regex
    return 2 <= len(words) <= 4 and all(w.isalpha() and _title(w) for w in words)


def _title(word: str) -> bool:
    """ "Batam", "I": a capital followed by lower case (not "NIK", not "iPhone")."""
    return word[0].isupper() and (len(word) == 1 or word[1:].islower())


def _number_placeholder(token: str) -> str:
    digits = sum(ch.isdigit() for ch in token)
    if digits >= 14:
        return "<idnum>"
    if 9 <= digits <= 13 and token.lstrip("+").startswith(("0", "62")):
        return "<phone>"
    return "<num>"


def _dedupe_symbols(tokens: list[str]) -> list[str]:
    """A symbol repeated is one; a word repeated is at most two ("tolong tolong tolong ... insentif
    aku gagal", a plea typed many times over, must not outweigh what the message is about)."""
    out: list[str] = []
    for token in tokens:
        if out and token == out[-1] and (not token[0].isalpha() or out[-2:-1] == [token]):
            continue
        out.append(token)
    return out
