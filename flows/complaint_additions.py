"""More said about a complaint on the way ("tambahan, aku udah email ke helpdesk", "oh iya,
lembaganya udah tutup", "aku lupa bilang, ..."): a detail added to the story, never a story
that replaces it, nor another category, nor the answer to a detail question (a provider's
name). And a request typed where a detail is asked ("aku mau komplain", "mau lapor") is no
detail either."""

from __future__ import annotations

import re

from flows.complaint_questions import asks_instead
from flows.known_requests import asks_known_request
from flows.turn import Message

ADDS = re.compile(
    r"\b(?:tambahan\w*|tambahin|nambah(?:in|kan)?|menambahkan|satu lagi|sekalian|"
    r"lupa (?:bilang|cerita|ngomong|kasih ?tau|ngasih ?tau|nyebut\w*|sebut\w*)|juga|jg|"
    r"also|too|one more thing|forgot to (?:say|mention|tell))\b"
)
"""Words that add to what was told: "tambahan", "juga", "lupa bilang", "satu lagi"."""
_OPENS_ADDING = re.compile(r"^\W*(?:oh|o|eh|ehh)\s*(?:iya|iyaa|ya|yah)\b|^\W*oiya\b")
"""An opening that brings something more to mind: "oh iya", "oh ya", "oiya"."""

CORRECTS = re.compile(r"\b(?:salah|keliru|ralat|koreksi|eh maksudnya|maksud aku|maksudku)\b")
"""A correction of what was told ("eh tunggu salah, baru seminggu", "ralat, 3 hari"): at the
summary it goes with the story (before: read as a wait, and the complaint dropped)."""

_PAYOUT_NAMED = re.compile(r"\b(?:bni|bca|bri|mandiri|ovo|go-?pay|dana|link-?aja)\b")

REQUEST = re.compile(
    r"^(?:(?:ya|iya|ok|oke|jadi|yaudah|ya ?udah|udah|tetep|tetap|pokoknya|pokonya)\W+){0,2}"
    r"(?:(?:aku|saya|sy|aq|gw|gue|ku|aye|awak|i)\s+)?"
    r"(?:(?:mau|ingin|pengen|pgn|pingin|mo|mw|lanjut|lanjutin|lanjutkan|want to|would like to|"
    r"still want to)\s+)?"
    r"(?:(?:tolong\s+)?(?:buat|bikin|bikinin|buatin|buatkan|bikinkan|ajukan|file\s+a)\s+)?"
    r"(?:lapor\w*|komplain\w*|complain\w*|ngadu\w*|mengadu\w*|pengaduan\w*|aduan\w*|"
    r"complaint|report)(?:\s+(?:aja|saja|dong|ya|kak|min|deh|sih|lagi|nih|lah|it))*$"
)
"""A request to complain or report, said again ("aku mau komplain", "mau lapor aja", "tetep
mau lapor", "yaudah bikinin laporan", "ok lanjut ngadunya"): talk about the complaint, never
its story."""


def adds_to_story(text: str) -> bool:
    """``text`` adds to the story told ("tambahan, ...", "oh iya ...", "... juga")."""
    lowered = " ".join(text.lower().split())
    return bool(ADDS.search(lowered) or _OPENS_ADDING.search(lowered))


def adds_in_words(text: str) -> bool:
    """``text`` says in so many words that it adds ("tambahan", "lupa bilang", "juga"): an
    opening such as "oh iya" alone may as well correct."""
    return bool(ADDS.search(" ".join(text.lower().split())))


def is_request(text: str) -> bool:
    """ "aku mau komplain", "mau lapor": the complaint asked for again, nothing told."""
    return bool(REQUEST.fullmatch(" ".join(text.lower().split()).strip(" .!")))


MIN_DETAIL_WORDS = 3
"""A detail typed at the summary says at least this much ("dia ngaku dari prakerja")."""
DETAIL_READINGS = frozenset({"complaint", "inform", "out_of_scope"})
"""What the NLU makes of a detail of the story; any other confident reading is a request."""


_NUMBER_GIVEN = re.compile(
    r"(?:(?:nomor|no|nmr|rek|rekening|norek|hp|wa|akun|account|number)\w*\.?\s*){0,3}:?\s*"
    r"\+?\d(?:[\s.\-]?\d){8,14}"
)
"""A phone or account number given alone at the summary, perhaps named ("nomornya 0812...")."""


def detail_at_summary(message: Message) -> bool:
    """A short detail typed at the summary ("dia ngaku dari prakerja", "nomornya 0812..."):
    added to the story (the summary shown again asks to send it), unless it asks something,
    asks for the complaint again or reads as another request ("mau ngobrol sama orang")."""
    text = " ".join((message.text or "").split())
    if message.payload or "?" in text:
        return False
    if _NUMBER_GIVEN.fullmatch(text.lower()):
        return True  # "nomornya 08123456789": the number the story is about
    if len(text.split()) < MIN_DETAIL_WORDS:
        return False
    if asks_instead(text) or asks_known_request(message) or is_request(text):
        return False
    if CORRECTS.search(text.lower()) and not _PAYOUT_NAMED.search(text.lower()):
        return True  # "eh tunggu salah, baru seminggu" (a payout corrected: its slot's)
    return adds_to_story(text) or message.intent is None or message.intent in DETAIL_READINGS


__all__ = ["ADDS", "CORRECTS", "adds_in_words", "adds_to_story", "detail_at_summary", "is_request"]
