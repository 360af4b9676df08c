"""The training provider a complaint's story names ("udah bayar tp kelasnya kosong, lembaganya
LPK Sinar Jaya", "nama lembaganya LPK Melati Ayu, selesai tgl 10 november"): taken as the
provider detail, so "Nama lembaga pelatihannya apa?" is not asked of what was told."""

from __future__ import annotations

import re

_KIND = r"(?:lpk|lkp|blk|pt|cv|yayasan|akademi|academy|institut|politeknik)"
_STOP = frozenset(
    {"tp", "tapi", "dan", "udah", "udh", "sudah", "selesai", "yg", "yang", "sejak", "ga", "gak",
     "gk", "tidak", "tdk", "belum", "blm", "kok", "padahal", "sama", "aku", "saya", "ini", "itu",
     "di", "ke", "dari", "kelas", "kelasnya", "pelatihan", "pelatihannya", "sertifikat", "ya",
     "kak", "min", "sih", "deh", "juga", "jg", "tgl", "tanggal", "terus", "trus", "malah", "but",
     "and", "the", "is", "was", "since", "didn't", "never", "not", "no", "mau", "lagi", "nya",
     "tsb", "tersebut", "ku", "gw", "gue", "nih", "tuh", "lho", "dong", "bales", "balas"}
)  # fmt: skip
_KIND_NAMED = re.compile(rf"\b{_KIND}\b", re.IGNORECASE)
_LABEL_NAMED = re.compile(
    r"\b(?:lembaga|provider|penyedia)\w*(?: pelatihan\w*)?(?: (?:namanya|bernama|yaitu|adalah|"
    r"itu|is|called|named))?\s*:?\s+(?=[A-Z])"
)
"""A provider's label before a capitalised name: "lembaganya Maju Bersama"."""
MAX_WORDS = 4


def provider_named(story: str) -> str | None:
    """The provider's name the story gives: an organisation word and the words after it
    ("LPK Sinar Jaya"), or a capitalised name after "lembaganya"; None when none is."""
    for line in story.splitlines():
        found = _KIND_NAMED.search(line)
        if found is not None:
            name = _name_from(line[found.start() :], capitalised_only=False)
            if name is not None:
                return name
        label = _LABEL_NAMED.search(line)
        if label is not None:
            name = _name_from(line[label.end() :], capitalised_only=True)
            if name is not None:
                return name
    return None


def _name_from(text: str, *, capitalised_only: bool) -> str | None:
    """The words from the start of ``text`` up to a comma, a stop word or ``MAX_WORDS``."""
    head = re.split(r"[,.;!?()\n]", text, maxsplit=1)[0].split()
    words: list[str] = []
    for index, word in enumerate(head):
        if index and (word.lower() in _STOP or len(words) >= MAX_WORDS):
            break
        if capitalised_only and not word[:1].isupper():
            break
        words.append(word)
    has_name = len(words) >= (1 if capitalised_only else 2)  # "LPK" alone names none
    return " ".join(words) if has_name else None


__all__ = ["provider_named"]
