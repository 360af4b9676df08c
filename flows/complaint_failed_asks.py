"""Questions about a failed incentive payment asked inside its complaint, the record showing
the failure (``complaint_on_record.FAILED_WHY``): why it failed ("knp gagal"), how to fix it
("trs gmn benerinnya"), when it is sent again ("udah aku benerin, kapan dikirim ulang"),
which payment it was ("yg ke brp sih": before, taken as the story). Answered from the record,
then the form's question again. Before, "knp gagal" at "did this help?" was kept as the story
and the form went on to ask which e-wallet; "kapan dikirim ulang" said "report it through a
complaint" while already in one. DOMAIN.md "Incentives": the common causes (name/NIK
mismatch, e-wallet not upgraded, phone changed, account inactive)."""

from __future__ import annotations

import re

from flows.complaint_on_record import FAILED, FAILED_WHY, RECORD_PAYOUT
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

_WHY = re.compile(
    r"\b(?:knp|kenapa|napa|mengapa|kok|why)\b.{0,25}\b(?:gagal\w*|fail\w*|ditolak|rejected)\b"
    r"|\b(?:penyebab|sebab|alasan)\w*\b.{0,15}\b(?:apa|gagal\w*)\b"
    r"|\b(?:apa|what)\b.{0,10}\b(?:penyebab|sebab|alasan|reason|cause)\w*\b"
    r"|^(?:knp|kenapa|napa|mengapa|why)(?: (?:ya|sih|kak|min|dong|tuh|itu|emang))*\W*$"
)
"""Why it failed: "knp gagal", "kok bisa gagal?", "penyebabnya apa", "why did it fail"."""
_HOW = re.compile(
    r"\b(?:gmn|gimana|gmna|bagaimana|cara\w*|how|apa yg|apa yang)\b.{0,25}"
    r"\b(?:benerin\w*|bener2in|betulin\w*|perbaik\w*|diperbaiki|memperbaiki|fix\w*|atasi\w*|"
    r"diatasi|ngatasin\w*|beresin\w*|selesaikan)\b"
)
"""How to fix it: "trs gmn benerinnya", "cara perbaikinya gimana", "how do I fix it"."""
_RESENT = re.compile(
    r"\b(?:kapan|kpn|when|berapa lama|brp lama|how long)\b.{0,30}"
    r"\b(?:dikirim|kirim|ngirim|cair\w*|dicairkan|masuk|ditransfer|transfer|resen[dt]|sent|"
    r"paid|dibayar|dijadwal\w*)\b"
)
"""When it is sent again: "kapan dikirim ulang", "kpn cair lagi", "when will it be resent"."""
_WHICH = re.compile(
    r"\b(?:yg|yang|which)\b.{0,30}\b(?:ke[- ]?(?:brp|berapa|brapa)|keberapa|kebrp)\b"
    r"|\bwhich (?:one|payment|incentive|transfer)\b"
)
"""Which payment it was: "insentif aku yg gagal itu yg ke brp sih", "which payment failed"."""


def key_for(turn: FlowTurn) -> str | None:
    """The answer's key for a question about the failed payment on record, else None."""
    if not isinstance(turn.slots.get(FAILED_WHY), list):
        return None
    lowered = " ".join((turn.message.text or "").lower().split())
    if _WHICH.search(lowered):
        return "complaints.failed_ask.which"
    if _RESENT.search(lowered):
        return "complaints.failed_ask.resent"
    if _HOW.search(lowered):
        return "complaints.failed_ask.how"
    if _WHY.search(lowered):
        return "complaints.failed_ask.why"
    return None


def answer(turn: FlowTurn, key: str) -> Outbound:
    """The record's words on the failed payment for ``key``."""
    why = turn.slots.get(FAILED_WHY)
    sequence, reason = why if isinstance(why, list) and len(why) == 2 else ("?", "")
    if key.endswith(".why") and not reason:
        key = f"{key}_unknown"
    channel = str(turn.slots.get(RECORD_PAYOUT, "-"))
    detail = str(turn.slots.get(FAILED, f"{sequence}"))  # "insentif ke-4, 2 Agustus 2021, ..."
    return Outbound(turn.say(key, sequence=sequence, reason=reason, channel=channel, detail=detail))


__all__ = ["answer", "key_for"]
