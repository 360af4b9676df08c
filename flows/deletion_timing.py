"""When the erasure happens, asked while it waits on its question: "udah kehapus?" at the OTP
step (before: the list of what is erased, as if it were done) and "berapa lama prosesnya?"
(before: the list and the whole warning again). The answer: not yet, the data goes only once
the code is typed (or the erasure confirmed); and it goes at once then, no waiting (the data
is anonymised in the same turn: ``flows.account``). Then the step's question again."""

from __future__ import annotations

import re

from flows.result import Invalid
from flows.turn import Message

_ERASED = r"(?:ke|ter|di)hapus\w*|(?:deleted|erased|removed|gone)"
_DONE = re.compile(
    rf"\b(?:udah|udh|sudah|sdh|dah|uda|already|is it|are they|has it been|have they been)\s+"
    rf"(?:\w+\s+){{0,2}}(?:{_ERASED})\b|\b(?:{_ERASED})\s+(?:blm|belum|blom|yet)\b"
)
"""Asks whether it is done already: "udah kehapus?", "data aku sudah dihapus blm"."""
_ASKING = re.compile(r"\?|\b(?:blm|belum|blom|kah|ga|gak|kan|ya|yet|kak|min)\W*$")
_HOW_LONG = re.compile(
    r"\b(?:berapa|brp|brapa|brpa)\s+(?:lama|hari|jam|menit)\b|\bhow long\b|\blama\s+(?:ga|gak|"
    r"nggak|engga|kah|tidak)\b|\bprosesnya\s+lama\b|\bbutuh waktu\b|\bkapan\b.{0,20}\b(?:"
    r"\w*hapus\w*|selesai|beres|prosesnya|diproses)\b|\bwhen will\b.{0,25}\b(?:deleted|erased|"
    r"done|gone)\b"
)
"""Asks how long it takes: "berapa lama prosesnya?", "kapan datanya dihapus", "how long"."""
MAX_WORDS = 10


def asked(message: Message, *, at_code: bool) -> Invalid | None:
    """The answer to when the data is erased (``invalid.deletion_not_yet[_code]``,
    ``invalid.deletion_how_long[_code]``), asked at the confirmation or at the code step."""
    said = " ".join((message.text or "").lower().split())
    if message.payload is not None or not said or len(said.split()) > MAX_WORDS:
        return None
    code = "_code" if at_code else ""
    if _HOW_LONG.search(said):
        return Invalid(f"deletion_how_long{code}", miss=False)
    if _DONE.search(said) and _ASKING.search(said):
        return Invalid(f"deletion_not_yet{code}", miss=False)
    return None


__all__ = ["asked"]
