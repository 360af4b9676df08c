"""A wait complained of right after the schedule said every incentive is paid ("kok lama bgt",
"blm masuk2", "kapan cairnya?"): nothing is still awaited, so no complaint starts by itself;
the answer says all are paid (status Berhasil: DOMAIN.md "Incentives", the statuses users see)
and asks what takes long, with a complaint one tap away for a payment marked Berhasil that did
not reach the account ("contact support if not received": DOMAIN.md)."""

from __future__ import annotations

import re

from flows.complaint_topics import file_complaint
from flows.formatting import long_date, money
from flows.last_answer import remember
from flows.messages import Outbound
from flows.payout_help import ACCEPTED
from flows.queries import IncentivesQuery
from flows.queries.participants import ParticipantQuery
from flows.runtime.machine import FlowTurn
from flows.turn import Ask
from flows.views import IncentiveView, ParticipantView

TOPIC = "incentive_all_paid"
"""The topic the schedule records when every payment is Berhasil (``flows.last_answer``)."""

WAIT = re.compile(
    r"\b(?:lama|lma|lamaa+|kelamaan|lambat|kapan|kpn|belum|blm|blom|nunggu|menunggu|tunggu|"
    r"(?:ga|gak|gk|nggak|tidak|tdk)\s+(?:masuk|cair|sampai|sampe|nyampe)|slow|long|when|"
    r"wait\w*|not (?:yet|received|arrived))\b"
)
"""A wait complained of, or asked about: "kok lama bgt", "blm masuk2", "kapan cair"."""


NOT_ARRIVED = re.compile(
    r"\b(?:ga|gak|gk|g|nggak|ngga|enggak|tidak|tdk|belum|blm|blom)\s+(?:\w+\s+)?(?:masuk|nambah|"
    r"bertambah|sampai|sampe|nyampe|ada|cair|diterima|terima|nerima)(?:2|-\w+)?\b"
    r"|\b(?:not|never|hasn'?t|haven'?t|didn'?t|isn'?t|did not|has not|have not|is not)\s+"
    r"(?:\w+\s+)?(?:arrived?|received?|come|came|reached|there|in|get|got|gotten|show(?:ed)? up)\b"
    r"|\bno (?:money|funds?|payment|transfer|incentive)\b|\bnothing (?:in|came|arrived|there)\b"
    r"|\bmissing\b"
)
"""The money said not to have arrived ("status berhasil tapi uangnya ga masuk ke dana", "duit ga
masuk2", "the status says berhasil but no money in my gopay", "I never got it")."""
LESS = re.compile(
    r"\b(?:potong\w*|dipotong\w*|potongan\w*|kepotong\w*|biaya admin|kurang|berkurang|cuma|cuman|"
    r"hanya|deduct\w*|fee|less|only)\b"
)
"""Less said to have arrived than was paid ("kok yg masuk cuma 597rb, potongan apa ya")."""


def not_arrived(turn: FlowTurn) -> bool:
    """Whether the message says a payment's money did not reach the account, or less of it."""
    lowered = " ".join((turn.message.text or "").lower().split())
    return bool(NOT_ARRIVED.search(lowered)) or less_arrived(turn) is not None


def less_arrived(turn: FlowTurn) -> int | None:
    """The amount said to have arrived, when less than a payment ("cuma 597rb"); else None."""
    lowered = " ".join((turn.message.text or "").lower().split())
    amount = turn.message.entity("money")
    if not isinstance(amount, int | float) or not LESS.search(lowered):
        return None
    paid = {era.incentive_amount for era in turn.ctx.programme.eras.values()}
    return int(amount) if 0 < amount < max(paid) else None


_PAYOUT_NAMED = re.compile(r"\b(bni|bca|ovo|go-?pay|link ?aja|dana)\b")
_DANA_THE_WALLET = re.compile(r"\b(?:ke|di|akun|aplikasi|app|e-?wallet|saldo|my|in|to|into)$")
"""Before "dana", it is the e-wallet ("masuk ke dana", "in my dana"), not the money ("dananya
belum masuk")."""


def payout_named(text: str) -> str | None:
    """The bank or e-wallet the message names, as the records write it ("GoPay")."""
    lowered = " ".join(text.lower().split())
    for found in _PAYOUT_NAMED.finditer(lowered):
        name = found.group(1)
        if name != "dana" or _DANA_THE_WALLET.search(lowered[: found.start()].rstrip()):
            return ACCEPTED.get(name, ACCEPTED.get(name.replace(" ", "")))
    return None


def sent_elsewhere(turn: FlowTurn, items: list[IncentiveView]) -> str | None:
    """Where the money went, when the message names a bank or e-wallet that the paid payments
    were not sent to ("no money in my gopay", their records saying DANA); what was sent, when
    less is said to have arrived (no deduction is on record: the mutation is to be checked, a
    complaint if it differs); else None."""
    less = less_arrived(turn)
    paid_amounts = {item.amount for item in items if item.status == "berhasil"}
    if less is not None and paid_amounts:
        sent = "/".join(money(amount) for amount in sorted(paid_amounts))
        return turn.say("incentive_all_paid.less", amount=money(less), sent=sent)
    named = payout_named(turn.message.text or "")
    paid = [item for item in items if item.status == "berhasil" and item.payout_channel]
    if named is None or not paid or any(item.payout_channel == named for item in paid):
        return None
    latest = max(paid, key=lambda item: item.scheduled_date)
    return turn.say("kb.incentive_sent_to", channel=latest.payout_channel, named=named)


def note(turn: FlowTurn) -> None:
    """The schedule just said every payment is paid."""
    remember(turn, TOPIC)


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """All paid already: which wait is meant, a complaint only if the money is missing."""
    complaint = file_complaint(turn, topic="incentive")
    return [turn.reply("kb.incentive_all_paid_wait", complaint, turn.menu_button())]
    yield


NEEDED = re.compile(
    r"\b(?:butuh|butuhkan|perlu|need|needed)\w*\b.{0,25}\b(?:uang|duit|dana|doi|money|cash)\w*"
    r"|\b(?:buat|untuk|utk|bayar|for)\s+(?:bayar\s+)?(?:kontrakan|kos|kost|sewa|rent|utang|hutang|"
    r"cicilan|makan|sekolah|berobat|biaya)\b"
)
"""The money said to be needed ("SAYA BUTUH UANGNYA BUAT BAYAR KONTRAKAN"): an urgency, not a
question on the programme (probe p20 D24: before, the benefits table)."""


def needed(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """The money needed, right after "all paid": heard, then the record again (each payment's
    date and where it went), where to look and a complaint if it is not there; None when not
    linked or not all paid."""
    person: ParticipantView | None = yield ParticipantQuery(
        turn.message.channel, turn.message.user_id
    )
    if person is None:
        return None
    items: list[IncentiveView] = yield IncentivesQuery(person.id)
    paid = [item for item in items if item.status == "berhasil"]
    if not paid or len(paid) != len(items):
        return None  # no longer all paid: the question as read
    channels = sorted({item.payout_channel or "-" for item in paid})
    dates = ", ".join(long_date(item.scheduled_date, turn.lang)
                      for item in sorted(paid, key=lambda item: item.scheduled_date))  # fmt: skip
    remember(turn, TOPIC)  # "udh kucek ga ada" next: still the paid payments
    said = turn.say("incentive_all_paid.needed", count=len(paid), channel="/".join(channels),
                    dates=dates)  # fmt: skip
    return [Outbound(said, (file_complaint(turn, topic="incentive"), turn.menu_button()))]


def _follow_up(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """The money needed, else the wait asked about."""
    if NEEDED.search((turn.message.text or "").lower()):
        return (yield from needed(turn))
    return (yield from answer(turn))


FOLLOW_UPS = {TOPIC: (re.compile(f"{WAIT.pattern}|{NEEDED.pattern}"), _follow_up)}
"""The entry of ``flows.follow_ons.FOLLOW_UPS``."""

__all__ = [
    "FOLLOW_UPS", "LESS", "NEEDED", "NOT_ARRIVED", "TOPIC", "WAIT", "answer", "less_arrived",
    "needed", "not_arrived",
    "note",
    "payout_named", "sent_elsewhere",
]  # fmt: skip
