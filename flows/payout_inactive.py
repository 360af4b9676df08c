"""Right after a schedule (or its cause) with a payment failed because the account was inactive
("Rekening atau akun e-wallet tidak aktif", DOMAIN.md: a common failure cause): "maksudnya
tidak aktif gmn" is what that reason means and its fix; "dana aku masih aktif kok" is checked
against the record: the account linked in Prakerja may not be that one (another number, an old
account), so link it again, or a complaint so that staff check the payment. A failed payment is
scheduled again only after a complaint. Before, the first got the whole status glossary and
the second "belum paham" with the menu."""

from __future__ import annotations

import re

from flows.complaint_topics import file_complaint
from flows.incentive_words import cause
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.my_data import participant
from flows.queries import IncentivesQuery
from flows.runtime.machine import FlowTurn
from flows.turn import Ask
from flows.views import IncentiveView

INCENTIVE_FAILED = "incentive_failed"
"""The ``flows.last_answer`` topic of a schedule or cause with a failed payment."""
MAX_WORDS = 12

_NOT = r"(?:ga|gak|gk|g|nggak|ngga|enggak|engga|tidak|tdk|tak|blm|belum|bukan|not|isn'?t)"
_INACTIVE_WORD = re.compile(rf"\b(?:{_NOT}\s+aktif|nonaktif|non aktif|inactive|not active)\b")
_MEANING = re.compile(
    r"\b(?:maksud\w*|arti\w*|mean\w*|gimana|gmn|gmna|bagaimana|kenapa|knp|why|how|apa|"
    r"kok|koq)\b"
)
"""What "tidak aktif" means: "maksudnya tidak aktif gmn", "tidak aktif itu apa"."""
_ACTIVE = re.compile(
    r"\b(?:masih|msh|tetap|tetep|udah|udh|sudah|still|is|it'?s)\s+(?:\w+\s+)?(?:aktif|active)\b"
    r"|\b(?:aktif|active)\s+(?:kok|koq|ko|kak|min|loh|lho|dong|sih|aja|semua|terus|trs)\b"
    r"|\b(?:bisa|bs)\s+(?:dipake|dipakai|dipakei|buat|untuk)\b.{0,20}\b(?:transaksi|transfer|"
    r"bayar|belanja)\b"
)
"""The account said to be active: "dana aku masih aktif kok", "aktif kok", "masih bisa dipake
buat transaksi"."""


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """The meaning or the active account's check, after a payment failed as inactive."""
    message = turn.message
    text = " ".join((message.text or "").lower().split())
    if message.payload is not None or not text or len(text.split()) > MAX_WORDS:
        return None
    if just_said(turn) != INCENTIVE_FAILED:
        return None
    claims_active = bool(_ACTIVE.search(text)) and not _INACTIVE_WORD.search(text)
    asks_meaning = bool(_INACTIVE_WORD.search(text) and _MEANING.search(text))
    if not (claims_active or asks_meaning):
        return None
    person = yield from participant(turn)
    if person is None:
        return None
    items: list[IncentiveView] = yield IncentivesQuery(person.id)
    failed = [i for i in items if i.status == "gagal" and i.failure_reason]
    inactive = [i for i in failed if cause(i.failure_reason or "") == "inactive"]
    if not inactive:
        return None
    remember(turn, INCENTIVE_FAILED)  # "trs gmn" next: still the failed payment
    channel = inactive[-1].payout_channel or turn.say("payout_inactive.account")
    report = file_complaint(turn, fix_shown="incentive")
    key = "payout_inactive.still_active" if claims_active else "payout_inactive.meaning"
    return [turn.reply(key, report, turn.menu_button(), channel=channel)]


__all__ = ["answer"]
