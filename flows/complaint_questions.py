"""Questions asked inside the complaint form, told from the story the form waits for: a short
question ("kalo ktp aku rusak gmn", "bisa pake hp org lain ga?", "btw nomor call center
prakerja brp?") is answered and the form's question asked again, while a story, even one
with question words, is kept ("kok sertifikat aku belum muncul?", "kenapa akun aku
diblokir?", "kalo foto ktp selalu gagal katanya buram"). The test is tight: a story wins
whenever in doubt."""

from __future__ import annotations

import re

from flows.own_status_words import asks_own_status

MAX_QUESTION_WORDS = 10
"""A question asked by the way is short; a longer message is read as the story."""
_OPENS = re.compile(
    r"^(?:(?:eh|oh|btw|min|kak|terus|trus|trs|jadi|nah)\W+)*"
    r"(?:kalo|kalau|klo|kl|bisa|bisakah|bs|boleh|bolehkah|gimana|gmn|bagaimana|apa|apakah|"
    r"emang|memang|berapa|brp|brapa|kapan|kpn|dimana|di mana|dmn|mana|siapa|nomor|"
    r"can|could|may|is|are|do|does|what|what's|how|when|where|who)\b"
)
"""How a question by the way opens: a supposition, a permission, a figure asked for."""
_ENDS = re.compile(
    r"(?:\?|\b(?:gmn|gimana|gmna|bagaimana|ga|gak|gk|nggak|ngga|enggak|engga|tidak|kah|ya|"
    r"bisa|boleh|apa|brp|berapa|brapa|mana|dmn|nya|sih|dong|kak|min)\W*)$"
)
_BY_THE_WAY = re.compile(
    r"^(?:(?:eh|oh|oh iya|oiya|min|kak)\W+)*(?:btw|by the way|ngomong2|ngomong-ngomong|omong2|"
    r"sekalian tanya|mau tanya|numpang tanya)\b"
)
"""Another topic opened by the way ("eh btw ..."): a question, whatever word asks it."""
_NARRATIVE = re.compile(
    r"\b(?:udah|udh|sudah|sdh|dah|uda|tadi|kemarin|kemaren|kmrn|pas|waktu|katanya|gagal|"
    r"error|eror|selalu|terus2|terus-terusan|padahal|sejak|belum|blm|blom|masih|tetap|tetep|"
    r"kok|kenapa|knp|mengapa|why|already|failed|fails|keeps?|still|yesterday|since|didn'?t|"
    r"wasn'?t|got|was|were|had)\b"
    r"|\bdi(?:blokir|tolak|cabut|hapus|suspend|nonaktif\w*|batal\w*)\b"
)
"""What tells a story: something that happened, a wait, a failure, a "why did it"."""


def short_and_not_told(lowered: str) -> bool:
    """Few words, and nothing in them says what happened."""
    words = lowered.split()
    return 0 < len(words) <= MAX_QUESTION_WORDS and not _NARRATIVE.search(lowered)


def asks_instead(text: str) -> bool:
    """A short question asked by the way, not the story: it ends with "?" or opens like a
    question and ends like one, and says nothing that happened."""
    lowered = " ".join(text.lower().split())
    if asks_own_status(lowered):  # "eh aku udah terdaftar belum sih": asked, not told
        return True
    if not short_and_not_told(lowered):
        return False
    if lowered.rstrip(" .!").endswith("?"):
        return True
    if _BY_THE_WAY.search(lowered) and _ENDS.search(lowered):
        return True  # "eh btw gelombang berikutnya kapan ya": another topic, asked by the way
    return bool(_OPENS.search(lowered)) and bool(_ENDS.search(lowered))


__all__ = ["MAX_QUESTION_WORDS", "asks_instead", "short_and_not_told"]
