"""Dictionary words: real Indonesian and English words, which the normaliser never "repairs" as
typos and the course-topic matcher never takes for a misspelt topic.

Without it, a word the training data happens not to contain is one edit away from one it does:
"rumah" became "ubah" (change), "jatuh" became "jauh", "hujan" became "human" and "about"
became "abot". The words come from wordfreq's frequency lists (data: CC BY-SA 4.0, drawn from
Wikipedia, subtitles, news, books, web text and social media): every Indonesian word of its
small list, and English words at or above ``ENGLISH_MIN_ZIPF``. The list is read once, at
training time, and saved with the model, so parsing never loads wordfreq.
"""

from __future__ import annotations

from functools import cache
from importlib.metadata import version

INDONESIAN_MIN_ZIPF = 3.0
"""Zipf 3 is once per million words; wordfreq's small Indonesian list stops about there."""
ENGLISH_MIN_ZIPF = 4.0
"""About 7,000 English words, enough for the code-mixing seen in chats ("signing", "about")."""


def dictionary_version() -> str:
    """What shapes the word list (part of a model's fingerprint)."""
    return f"wordfreq={version('wordfreq')};id>={INDONESIAN_MIN_ZIPF};en>={ENGLISH_MIN_ZIPF}"


@cache
def load_dictionary() -> frozenset[str]:
    """Lower-case alphabetic words of Indonesian and English (about 34,000; read once)."""
    from wordfreq import get_frequency_list

    words: set[str] = set()
    for language, minimum in (("id", INDONESIAN_MIN_ZIPF), ("en", ENGLISH_MIN_ZIPF)):
        # bucket i holds the words of frequency 10^(-i/100), i.e. of Zipf value 9 - i/100
        buckets = get_frequency_list(language, wordlist="small")
        for bucket in buckets[: round((9 - minimum) * 100) + 1]:
            words.update(word for word in bucket if word.isalpha() and word.islower())
    get_frequency_list.cache_clear()  # tens of MB of lists, not needed after this
    return frozenset(words)
