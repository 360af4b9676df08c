"""More questions about one step of registration (DOMAIN.md "Registration steps"), answered
instead of the form, a disambiguation or a repeat:

- a numbered step of the steps just given ("langkah ke 3 maksudnya gmn", "yg kedua gmn"): that
  step explained;
- the e-KTP photo ("foto ktp nya harus asli?"): the original e-KTP, photographed live, then
  the face check (the ``face_check`` answer);
- the aptitude test not done yet ("kalo tes kemampuan dasar blm?"): do it first, joining a wave
  needs it;
- retaking a failed aptitude test ("kalau gagal tesnya apakah bisa diulang?"): DOMAIN.md says
  nothing about retakes, so the answer says so and points to the dashboard or a person.

A failing step ("foto ktp gagal terus") is a problem of its own (the complaint's fix)."""

from __future__ import annotations

import re

from flows.fallback import previous_intent
from flows.runtime.machine import FlowTurn

TOPICS = ("step_1", "step_2", "step_3", "step_4", "step_6", "aptitude_first", "aptitude_retake")
"""The answers of this module (``registration_steps.<topic>``); step 5 is ``aptitude_test``."""

_NUMBERED = re.compile(
    r"\b(?:langkah|step|tahap|tahapan|poin|point|nomor|nomer|no)\s*(?:ke\s*-?\s*|no\.?\s*|"
    r"nomor\s*|nomer\s*|number\s*|#\s*)?([1-6])\b"
)
_ORDINALS = {
    "pertama": "1", "kesatu": "1", "first": "1", "kadua": "2", "kedua": "2", "second": "2",
    "katilu": "3", "ketiga": "3", "third": "3", "kaopat": "4", "keempat": "4", "fourth": "4",
    "kalima": "5", "kelima": "5", "fifth": "5", "kagenep": "6", "keenam": "6", "sixth": "6",
}  # fmt: skip
_ORDINAL = re.compile(
    r"\b(?:yang|yg|nu|the|sing|seng|ingkang)\s+(?:ke\s*-?\s*([1-6])|("
    + "|".join(_ORDINALS)
    + r"))\b"
)
"""A step named by its place ("yg kedua gmn maksudnya", Sundanese "nu kadua kumaha?", Javanese
"sing pertama kudu gawe email to?", "the second one?") right after the steps were given."""
_BARE_WORDS = 2
"""A step named and nothing else ("nomer 2", "yg kedua") right after the steps: that step."""
_EXPLAIN = re.compile(
    r"\?|\b(?:maksud\w*|gimana|gmn|gmna|bagaimana|piye|apa|apaan|jelas\w*|detail\w*|artinya|"
    r"caranya|gatau|ga ngerti|gak ngerti|bingung|kumaha|mean|means|explain|how|what)\b"
)
_KTP_PHOTO = re.compile(
    r"\bfoto\s*(?:e-?)?ktp\w*|\b(?:e-?)?ktp\w*\s+(?:\w+\s+)?(?:di\s*foto|difoto|foto)\b"
    r"|\bphoto of (?:my |the )?(?:e-?)?ktp\b"
)
_KTP_ASKS = re.compile(
    r"\?|\b(?:harus|wajib|perlu|boleh|bisa|asli|fotokopi|fotocopy|scan|gimana|gmn|bagaimana|"
    r"apa|must|original|copy|can)\b"
)
_FAILS = re.compile(
    r"\b(?:gagal\w*|error|eror|ditolak|(?:ga|gak|gk|nggak|tidak|tdk)\s*bisa|gabisa|gbs|"
    r"can'?t|cannot|failed|terus|mulu)\b"
)
"""A step that fails ("foto ktp gagal terus"): the complaint's fix, not this."""
_SENT_HERE = re.compile(
    r"\b(?:kirim\w*|ngirim\w*|dikirim|upload\w*\s+(?:di)?sini|send\w*|share|bagi\w*)\b"
)
"""The photo offered to the chat ("boleh kirim foto ktp buat verifikasi?"): refused by
``flows.safety``, not this."""
_TEST = re.compile(
    r"\b(?:tes|test|ujian)\s*(?:nya\s+)?kemampuan(?:\s+dasar)?\b|\btkd\b|\baptitude test\b"
    r"|\b(?:tes|test|ujian)(?:nya)?\b"
)
_RETAKE = re.compile(
    r"\b(?:di\s*ulang|diulang|ngulang|mengulang|ulang|remedial|retake|again|lagi|lg)\b"
)
_FAILED = re.compile(r"\b(?:gagal|ga lulus|gak lulus|tidak lulus|ndak lulus|fail\w*|salah)\b")
_NOT_YET = re.compile(r"\b(?:belum|blm|durung|dereng|not yet)\b\s*(?:gimana|gmn|gpp|apa)?\s*\??$")


def asked(turn: FlowTurn, text: str) -> str | None:
    """The step asked about (a ``TOPICS`` name, or ``face_check`` / ``aptitude_test``)."""
    tested = _TEST.search(text)
    asks = "?" in text or bool(re.search(r"\b(?:bisa|bs|boleh|can|may)\b", text))
    if tested and _RETAKE.search(text) and (_FAILED.search(text) or asks):  # "bisa diulang gak"
        return "aptitude_retake"  # "kalau gagal tesnya apakah bisa diulang?"
    if tested and _NOT_YET.search(text):
        return "aptitude_first"  # "kalo tes kemampuan dasar blm?"
    number = _step_number(text)
    after_steps = previous_intent(turn) == "register" or "daftar" in text
    bare = len(text.split()) <= _BARE_WORDS  # "nomer 2" right after the steps
    if number is not None and after_steps and (bare or _EXPLAIN.search(text)):
        return "aptitude_test" if number == "5" else f"step_{number}"
    photo = _KTP_PHOTO.search(text) and not _SENT_HERE.search(text)
    if photo and _KTP_ASKS.search(text) and not _FAILS.search(text):
        return "face_check"  # "foto ktp nya harus asli?": the e-KTP photo and the face check
    return None


def _step_number(text: str) -> str | None:
    """The step's number: "langkah ke 3", "yg kedua", "the second one"."""
    if (numbered := _NUMBERED.search(text)) is not None:
        return numbered.group(1)
    if (placed := _ORDINAL.search(text)) is not None:
        return placed.group(1) or _ORDINALS[placed.group(2)]
    return None


__all__ = ["TOPICS", "asked"]
