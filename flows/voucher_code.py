"""A voucher code that fails ("kode voucher aku error"; "bukan itu maksudku, kode voucher nya
yg error" right after the redeem code's answer): the voucher code's own checks. The redeem
code's answers are about its time window, which the voucher code does not have (it is
exchanged at the provider's site any time after buying, as ``kb.voucher_vs_redeem`` says)."""

from __future__ import annotations

import re

from flows.complaint_topics import file_complaint
from flows.last_answer import remember
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.training_help import REDEEM

_VOUCHER = re.compile(r"\b(?:voucher|vocer|voucer|vouchernya|vocernya)\b")
_REDEEM = re.compile(r"\bredee?m\w*")
_FAILS = re.compile(
    r"\b(?:error|eror|erorr|gagal\w*|ditolak|invalid|(?:ga|gak|gk|nggak|tidak|tdk)\s*(?:bisa|"
    r"valid|berhasil|masuk)|gabisa|gbs|expired|kadaluarsa|kedaluwarsa|failed|fails?|"
    r"(?:does|do|did|is|was)n'?t (?:work|valid)|not (?:working|valid)|won'?t work|can'?t)\b"
)


def fails(text: str) -> bool:
    """The voucher code, not the redeem code, named as failing."""
    lowered = text.lower()
    named = _VOUCHER.search(lowered) and not _REDEEM.search(lowered)
    return bool(named and _FAILS.search(lowered))


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """Why a voucher code fails and what then, with the complaint; else None."""
    message = turn.message
    if message.payload is not None or not fails(message.text or ""):
        return None
    remember(turn, REDEEM)  # "masih gagal" next: the codes' follow-ups
    report = file_complaint(turn, fix_shown="purchase_redeem")
    return [turn.reply("kb.voucher_why", report, turn.menu_button())]


__all__ = ["answer", "fails"]
