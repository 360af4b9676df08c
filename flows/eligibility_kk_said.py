"""What a message says about the user's family card (KK): how many on it received Prakerja,
that nobody did ("di kk ada 4 orang tp blm ada yg dapet"), or only how many people are on it
("sekeluarga 5 orang di kk"). The family's size is never a count of recipients: reading it as
one told users they were not eligible (the card's quota full) when nobody had received it.
"""

from __future__ import annotations

import re

_NO = r"(?:belum|blm|tidak|tdk|ga|gak|gk|nggak|ngga|enggak|engga|nda|ndak)"
_VERB = (
    r"(?:dapat|dapet|dpt|dapt|terima|nerima|menerima|diterima|penerima|lolos|keterima|ikut|"
    r"pernah|prnh)"
)
AID = (
    r"(?:bansos|bantuan|pkh|blt|bpnt|bsu|bpum|bst|sembako|kip|pip|kis|bantuan sosial|"
    r"social assistance|aid)"
)
"""Social assistance: "gak ada yg dapet bansos" is nobody receiving it, not Prakerja."""
_NOT_AID = rf"(?!\s+(?:\w+\s+)?{AID}\b)"
NOBODY = re.compile(
    rf"\b(?:{_NO}\s+ada|gada|gaada|gakada)\s+(?:satu\s*pun\s+|seorang\s*pun\s+|sama\s+sekali\s+)?"
    rf"(?:yang|yg|org|orang)\s+(?:\w+\s+){{0,2}}?{_VERB}\w*(?:\s+{_VERB}\w*)?"
    rf"(?:\s+(?:kartu\s+)?prakerja)?\b{_NOT_AID}"
    r"|\b(?:nobody|no one|none of (?:us|them))\b(?:\s+\w+){0,3}?\s+(?:got|gotten|received|has|"
    r"have|had|ever|joined)\b(?:\s+(?:got|gotten|received|been|it|prakerja))*"
    rf"|\b(?:semua|semuanya|sekeluarga)\s+{_NO}\s+(?:pernah\s+)?{_VERB}\w*"
    rf"(?:\s+(?:kartu\s+)?prakerja)?\b{_NOT_AID}"
)
"""Nobody on the card received Prakerja ("blm ada yg dapet", "belum ada yang pernah dapet
prakerja", "gaada yg lolos", "nobody has received it", "semuanya belum pernah dapet")."""

_NUMBER = r"(?P<n>\d{1,2}|satu|se|dua|tiga|empat|lima|one|two|three)"
_WORDS = {"satu": 1, "se": 1, "one": 1, "dua": 2, "two": 2, "tiga": 3, "three": 3,
          "empat": 4, "lima": 5}  # fmt: skip
_DONE = r"(?:(?:sudah|udah|udh|sdh|dah|pernah|prnh|already|have|has)\s+)*"
_COUNTED = (
    re.compile(
        rf"(?<![\w.,])(?:{_NUMBER})\s*(?:orang|org|people|persons?)?\s+(?:yang\s+|yg\s+|who\s+)?"
        rf"{_DONE}(?:dapat|dapet|dpt|dapt|terima|nerima|menerima|diterima|keterima|lolos|"
        r"penerima|received|got|gotten|recipients?)\b"
    ),
    re.compile(
        rf"\b(?:yang|yg)\s+{_DONE}(?:dapat|dapet|dpt|terima|nerima|menerima|lolos)\w*\s+"
        rf"(?:prakerja\s+)?(?:ada\s+|baru\s+|cuma\s+|cm\s+|udah\s+|udh\s+|sudah\s+)*"
        rf"(?:{_NUMBER})(?!\d)\b"
    ),
)
"""A number of recipients ("2 orang yg udh dapet", "1 org dpt prakerja", "yg dapet baru 1")."""

_CARD = re.compile(r"\b(?:kk|kartu keluarga|family card|keluarga\w*|sekeluarga|family)\b")
_SIZE = re.compile(
    rf"(?<![\w.,])(?:{_NUMBER})\s*(?:orang|org|jiwa|anggota|people|persons?|members?)\b"
    r"|\b(?:anggota|isi|isinya|members?)\s+(?:\w+\s+){0,2}?(?:ada\s+)?(?P<m>\d{1,2})\b"
)
"""A count of people, here the family's size ("di kk ada 4 orang", "anggota kk 5")."""


def _value(word: str) -> int:
    return int(word) if word.isdigit() else _WORDS[word]


def nobody(lowered: str) -> bool:
    """Says nobody on the card received Prakerja."""
    return bool(NOBODY.search(lowered))


def without_nobody(lowered: str) -> str:
    """The message without its "nobody received it" clauses: their "pernah dapet prakerja" is
    no receipt of anyone's."""
    return NOBODY.sub(" ", lowered)


def recipients(lowered: str) -> int | None:
    """How many the message says received Prakerja: 0 for nobody, a number named with the
    receipt ("2 orang yg udh dapet"); None when it names no such number."""
    if nobody(lowered):
        return 0
    for pattern in _COUNTED:
        for found in pattern.finditer(lowered):
            if not _AGED.search(lowered[: found.start("n")]):  # "umur 25 udh dapet": an age
                return _value(found.group("n"))
    return None


_AGED = re.compile(r"\b(?:umur\w*|usia\w*|age[ds]?|aged)\s*$")


def family_size(lowered: str, most: int) -> bool:
    """Names how many people are on the card, not how many received it: a count with the card
    or family named ("sekeluarga 5 orang", "ada 5 org di kk aku"), members ("4 jiwa"), or more
    people than the card can have recipients; a bare "2 orang" answers the question."""
    if recipients(lowered) is not None:
        return False
    found = _SIZE.search(lowered)
    if found is None:
        return False
    if _CARD.search(lowered) or re.search(r"\b(?:jiwa|anggota|members?)\b", lowered):
        return True
    number = found.group("n") or found.group("m")
    return number is not None and _value(number) > most


OWN_CARD = re.compile(
    r"\b(?:di|dalam|dlm)\s+(?:kk|kartu keluarga)\s*(?:aku|ku|saya|sy|kami|kita|gw|gue)\b"
    r"|\b(?:kk|kartu keluarga)\s*(?:aku|ku|saya|sy|kami|kita|gw|gue)\s+(?:ada|isinya|udah|udh)\b"
)
"""The user's own card named as the one relatives are on ("di kk aku ada 5 orang, mama udh
dapet ..."): their receipts count on it, as with "satu KK"."""


__all__ = ["NOBODY", "OWN_CARD", "family_size", "nobody", "recipients", "without_nobody"]
