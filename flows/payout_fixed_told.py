"""A fix said done right after a failed payment's answer ("udh sy benerin namanya dr kemaren",
"ok I upgraded it now, what next?", "nomornya udah aku samain"): fixing the account does not
send the payment again; a complaint has it scheduled again (DOMAIN.md, Incentives; the text of
``kb.payout_fixed``). Before, the first got the UU PDP data-correction text (read as a wish to
correct one's data) and the second what an upgrade is (its "upgraded ... what" read as "what
does upgrade mean").

Read before the data rights and the topical readers; None when no failed payment was just
answered or no fix is told."""

from __future__ import annotations

import re

from flows.complaint_topics import file_complaint
from flows.last_answer import just_said, remember, said_since
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

INCENTIVE_FAILED = "incentive_failed"
"""``flows.last_answer`` topic of a failed payment's answer (``flows.my_incentives``)."""
WITHIN_TURNS = 3
"""How many messages after the failed payment's answer a fix told still refers to it."""
MAX_WORDS = 14

_DONE = (
    r"(?:udah|udh|uda|sudah|sdh|dah|telah|barusan|tadi|kemarin|kemaren|kmrn|kmarin|already|"
    r"i've|i have|i)"
)
_FIX = (
    r"(?:di|ku|aku|sy|saya|gw|gue)?(?:benerin|benarkan|betulin|betulkan|perbaiki|perbaikin|"
    r"baikin|ganti|gnti|ubah|update|upgrade|samain|samakan|sesuaikan|aktifkan|aktifin|verifikasi|"
    r"premium|kyc)\w*"
)
_FIXED = re.compile(
    rf"\b{_DONE}\b\s+(?:\w+\s+){{0,2}}{_FIX}\b"
    r"|\b(?:upgraded|fixed|changed|updated|corrected|verified|activated|reactivated)\b"
    r"|\b(?:udah|udh|sudah|sdh|dah)\s+(?:\w+\s+)?(?:premium|sama|bener|benar|sesuai|aktif|"
    r"ter-?verifikasi)\b"
)
"""A fix told done: "udh sy benerin namanya", "udah aku upgrade", "I upgraded it now",
"dana aku udh aktif lagi"."""
_NOT_YET = re.compile(
    r"\b(?:belum|blm|blom|ga|gak|gk|nggak|ngga|tidak|tdk|not|haven'?t|didn'?t|can'?t|cannot|"
    r"gabisa|gagal|failed)\b"
)
"""A fix not done, or failing ("udah aku upgrade tapi gagal"): the other answers'."""
_SUPPOSED = re.compile(
    r"\b(?:kalo|kalau|klo|kl|jika|jikalau|misal\w*|seandainya|andai|if|when)\b"
    r"|\b(?:brp|berapa|brapa) (?:lama|hari)\b|\b(?:kapan|kpn|otomatis|how long|how soon|"
    r"automatic\w*)\b"
)
"""A fix supposed, or a question on what follows it ("kalo udh diganti namanya brp lama
cairnya", "kalo udah aku aktifin, otomatis dikirim ulang?"): ``flows.incentive_resend``'s."""
_HOW = re.compile(
    r"\b(?:how (?:do|can|to|should)|cara\w*|gimana|gmn|gmna|bagaimana|gimana cara\w*)\b"
)
"""How to make the fix asked ("how do I upgrade my ovo", "gmn cara upgrade nya")."""


def told_fixed(turn: FlowTurn, text: str) -> bool:
    """A fix told done shortly after a failed payment's answer."""
    recent = just_said(turn) == INCENTIVE_FAILED
    if not recent and said_since(turn, INCENTIVE_FAILED, WITHIN_TURNS) is None:
        return False
    if not _FIXED.search(text) or _NOT_YET.search(text) or _SUPPOSED.search(text):
        return False
    return not _HOW.search(text)  # "how do I upgrade my ovo": the steps asked, not a fix told


def fixed_after_failure(turn: FlowTurn) -> list[Outbound] | None:
    """The complaint that has the failed payment scheduled again; else None."""
    text = " ".join((turn.message.text or "").lower().split())
    if turn.message.payload is not None or not text or len(text.split()) > MAX_WORDS:
        return None
    if not told_fixed(turn, text):
        return None
    return fixed_reply(turn)


def fixed_reply(turn: FlowTurn) -> list[Outbound]:
    """Fixing the account does not send the failed payment again: a complaint does."""
    remember(turn, INCENTIVE_FAILED)  # "trs brp lama?" next: still the failed payment
    report = file_complaint(turn, fix_shown="incentive")
    return [turn.reply("kb.payout_fixed", report, turn.menu_button())]


FIXED, NOT_YET, SUPPOSED = _FIXED, _NOT_YET, _SUPPOSED
"""Shared with ``flows.payout_fixed_record`` (the record's answer to a fix told)."""

__all__ = ["FIXED", "NOT_YET", "SUPPOSED", "fixed_after_failure", "fixed_reply", "told_fixed"]
