"""Rules about the money, answered before any schedule or amount: how long the training balance
lasts ("saldo prakerja hangus kapan?", "how long is the training balance valid?"), that it is
never cash ("saldo pelatihan bisa dicairkan jadi uang?", "saldonya bisa ke ovo adek?") and never
topped up. Someone else's account for the incentive ("insentif bisa ke rekening istri?") is
``flows.payout_owner``'s answer alone (``flows.payout_help``, next for the same intents): this
module had its own copy, which answered first and left no payout topic for "trus gmn dong"."""

from __future__ import annotations

import re

from flows.complaint_topics import file_complaint
from flows.last_answer import remember
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

INTENTS = ("benefits_info", "training_balance", "incentive_status", "payment_account")
"""The intents such a message is read as (a report of a cash-out offer is a complaint)."""
BALANCE = "balance"
"""``flows.last_answer`` topic: the participant's balance was answered ("sampe kapan?" next:
how long it lasts, ``flows.purchase_days``)."""
CASH_OUT = "balance_cash"
"""``flows.last_answer`` topic: the balance was said to be no cash ("kalo ditransfer ke
rekening?" next is the same question, ``flows.money_follow_ups``)."""
TOP_UP = "balance_top_up"
"""``flows.last_answer`` topic: the balance was said not to be topped up."""

_CASH = (
    r"(?:dicairkan|dicairin|cairkan|cairin|diuangkan|uangkan|jadi uang|ditarik|tarik tunai|"
    r"cash ?out|withdraw\w*|(?:di)?tu(?:ke|ka)r\w* (?:\w+ )?(?:duit|uang|cash))"
)
_BALANCE = r"(?:saldo\w*|balance)"
_CASH_OUT = re.compile(rf"\b{_BALANCE}\b.{{0,40}}\b{_CASH}|\b{_CASH}\b.{{0,40}}\b{_BALANCE}")
_PAYOUT = r"(?:rekening|rek|e-?wallet|ovo|gopay|dana|linkaja|link aja|bank|account)"
_TO_ACCOUNT = re.compile(
    rf"\b{_BALANCE}\b(?!\s+{_PAYOUT}\b).{{0,40}}\b(?:ke|k|to|into)\s+{_PAYOUT}\b"
)
"""The training balance sent to an account, anyone's ("saldo pelatihan masuk ke rekening suami
bisa?"): it is no cash (not "saldo ovo ke rekening bca", an e-wallet's own balance)."""
_INCENTIVE = re.compile(r"\b(?:insentif|incentive)\w*")
_BUSINESS = re.compile(
    r"\bmodal\s+(?:usaha|jualan|dagang|bisnis|buka)\w*|\b(?:buka|bikin|mulai|memulai)\s+usaha\b"
    r"|\b(?:start|open|fund)\w*\s+(?:a\s+|my\s+)?(?:own\s+|small\s+)?(?:business|shop)\b"
    r"|\bbusiness capital\b|\b(?:bantu\w*|kasih|dapat|dapet|pinjam\w*)\s+(?:\w+\s+)?modal\b"
)
"""The money as business capital ("bisa buat modal usaha ga duitnya", "can I use the money to
start a business"): the balance buys courses only; the incentive is cash to one's own account."""


_TOP_UP = re.compile(
    r"\b(?:(?:di)?isi ulang|ngisi ulang|top ?up|topup|(?:di)?tambah(?:in|kan)?|nambah(?:in)?|"
    r"menambah|recharge|refill|add (?:money|funds|more))\b"
)
"""Topping the balance up asked about ("saldo 0 ya? bisa diisi ulang ga")."""
_NOT_TOP_UP = re.compile(
    r"\b(?:uang|duit|dana) (?:sendiri|pribadi)|\bown money\b|\b(?:insentif|incentive|ovo|gopay|"
    r"dana|linkaja|e-?wallet|rekening)\b|\b(?:ga|gak|gk|nggak|ngga|tidak|tdk|belum|blm|not)\s+"
    r"(?:\w+\s+)?(?:nambah|bertambah|ditambah)"
)
"""Not the training balance topped up: money of one's own for a course, or an e-wallet's
balance that did not grow."""


def asks_top_up(text: str, after_balance: bool = False) -> bool:
    """Whether topping up the training balance is asked ("saldo bisa diisi ulang ga?", or
    ``after_balance`` its answer a bare "bisa isi ulang ga"); not a price over the balance
    ("bisa nambah pake uang sendiri?": ``flows.course_buying``)."""
    lowered = " ".join(text.lower().split())
    named = after_balance or re.search(rf"\b{_BALANCE}\b", lowered)
    elsewhere = _NOT_TOP_UP.search(lowered)  # "saldo dana aku ga nambah": an e-wallet's
    return bool(named and _TOP_UP.search(lowered) and not elsewhere)


def top_up(turn: FlowTurn) -> Outbound:
    """The balance is never topped up: it comes once, from the programme."""
    remember(turn, TOP_UP)  # "kalo dicairin ke rekening?" next: no cash either
    search = turn.button("menu.courses", "flow:course_choice")
    return turn.reply("kb.balance_top_up", search, turn.menu_button())


def cash_out(turn: FlowTurn) -> Outbound:
    """The balance is never cash (a cash-out offer is a fraud: reported)."""
    remember(turn, CASH_OUT)  # "kalo ditransfer ke rekening?" next: still no
    return turn.reply("kb.balance_cash", file_complaint(turn), turn.menu_button())


_REST = re.compile(
    r"\bsisa\b.{0,20}\bsaldo\b.{0,60}\b(?:pelatihan|kelas|kursus)\s+(?:kedua|ke-?2|lain\w*|lagi)"
    r"|\b(?:pelatihan|kelas|kursus)\s+(?:kedua|ke-?2)\b|\bbeli (?:pelatihan )?lagi\b.{0,40}\bsisa"
    r"|\bsecond (?:training|course)\b|\b(?:remaining|rest of (?:my|the)) balance\b"
)
"""What the rest of the balance buys after the first training."""
_LATER_COURSE = re.compile(
    r"\b(?:pelatihan|kelas|kursus|training|course)\s+(?:yg\s+|yang\s+)?(?:kedua|ke-?2|ke-?3|"
    r"ketiga|selanjutnya|berikutnya|lain\w*|lagi)\b|\b(?:second|next|another|other) (?:training|"
    r"course|class)"
)
"""A course after the first: its incentive asked ("pelatihan kedua dpt insentif jg ga?") has
none (DOMAIN.md, Incentives: paid after the first course's certificate and rating)."""
_EARNS = re.compile(
    r"\b(?:dapat|dapet|dpt|dpet|ada|dikasih|get|gets|earn\w*|receive\w*)\s+(?:\w+\s+)?"
    r"(?:insentif|incentive)|\b(?:insentif|incentive)\w*\s+(?:\w+\s+){0,2}(?:untuk|buat|utk|"
    r"for|dari|from)\s+(?:\w+\s+)?(?:pelatihan|kelas|kursus|training|course)"
)
_UNPAID = re.compile(r"\b(?:belum|blm|blom|ga|gak|gk|tidak|tdk|not)\s+(?:\w+\s+)?(?:dapat|dapet|"
                     r"dpt|cair|masuk|received?|got)\b")  # fmt: skip
"""A payment still awaited ("mau beli lagi, insentif aku blm cair"): not this question."""


_VALIDITY = re.compile(
    r"\b(?:hangus|kedaluwarsa|kadaluarsa|kadaluwarsa|expire\w*|valid|berlaku|last)\b"
    r"|masa (?:berlaku|aktif)|sampai kapan|sampe kapan|batas (?:waktu|pemakaian|pakai)"
)
_ASKS_WHEN = re.compile(
    r"\b(?:kapan|kpn|berapa lama|brp lama|sampai kapan|sampe kapan|masa|batas|how long|when|"
    r"until|valid|expire\w*)\b"
    r"|\bhangus\s+(?:ga|gak|gk|nggak|ngga|enggak|tidak|tdk|kah|ya|ngga)\b|\bbisa hangus\b"
)
"""When, or whether ("saldo sisa aku hangus ga kalo ga dipake?"), the balance lapses."""


def validity(turn: FlowTurn) -> list[Outbound] | None:
    """How long the training balance may be used, asked about: the two deadlines; else None."""
    lowered = (turn.message.text or "").lower()
    named = re.search(rf"\b{_BALANCE}\b", lowered) or turn.message.intent == "training_balance"
    if not named or not _VALIDITY.search(lowered):  # "brp lama sebelum hangus?": the balance
        return None
    if not _ASKS_WHEN.search(lowered) or _CASH_OUT.search(lowered):
        return None
    return [rules(turn)]


def rules(turn: FlowTurn) -> Outbound:
    """How long the training balance lasts, by the rules: the first purchase's days, the rest's."""
    facts = turn.ctx.programme.facts()
    key = "kb.balance_valid" if turn.ctx.programme.era.rest_days > 0 else "kb.balance_valid_first"
    search = turn.button("menu.courses", "flow:course_choice")
    return turn.reply(key, search, turn.menu_button(), **facts)


def _to_account(lowered: str) -> bool:
    """The training balance asked to go to an account, not the incentive."""
    return bool(_TO_ACCOUNT.search(lowered)) and not _INCENTIVE.search(lowered)


_STORY = re.compile(r"(?:\S+\s+){25}")
"""A long message (a story naming a business in passing) asks something else."""


def answer(turn: FlowTurn) -> list[Outbound] | None:
    lowered = (turn.message.text or "").lower()
    if (valid := validity(turn)) is not None:
        return valid
    if _LATER_COURSE.search(lowered) and _EARNS.search(lowered) and not _UNPAID.search(lowered):
        return [turn.reply("incentive_asks.first_only", turn.menu_button())]  # a 2nd course: none
    if _REST.search(lowered) and turn.ctx.programme.era.rest_days > 0:
        search = turn.button("menu.courses", "flow:course_choice")
        return [
            turn.reply("kb.balance_rest", search, turn.menu_button(), **turn.ctx.programme.facts())
        ]
    if _BUSINESS.search(lowered) and not _STORY.search(lowered):
        search = turn.button("menu.courses", "flow:course_choice")
        facts = turn.ctx.programme.facts()
        return [turn.reply("kb.money_business", search, turn.menu_button(), **facts)]
    if _CASH_OUT.search(lowered) or (
        _TO_ACCOUNT.search(lowered) and not _INCENTIVE.search(lowered)
    ):
        return [cash_out(turn)]
    if asks_top_up(lowered):
        return [top_up(turn)]
    return None  # someone else's account ("insentif bisa ke rekening istri?"): payout_owner
