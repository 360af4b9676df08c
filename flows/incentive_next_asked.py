"""Two short questions on one's own incentive answered from the record (probe p25b #6, #10;
DOMAIN.md, Incentives):

- the next payment asked ("kapan cair berikutnya", "and the next one?") when every payment is
  Berhasil: all are paid, none is left to schedule (before: the steps after the certificate,
  with the current era's rest of the balance, or "which one do you mean?");
- "terus dananya hilang?" with a failed payment on record: not lost, it was not sent; after the
  fix a complaint has it scheduled again (before: "which one do you mean?").

None: not such a question, not linked, or the record does not fit (the other answers then)."""

from __future__ import annotations

import re

from flows.complaint_topics import file_complaint
from flows.formatting import long_date, money
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.my_data import participant
from flows.queries import IncentivesQuery
from flows.runtime.machine import FlowTurn
from flows.turn import Ask
from flows.views import IncentiveView

MAX_WORDS = 8
INCENTIVE_FAILED = "incentive_failed"
_INCENTIVE_TOPICS = ("incentive_status", "incentive_failed", "incentive_timing",
                     "incentive_overdue", "incentive_checking", "incentive_all_paid")  # fmt: skip
_NEXT = re.compile(r"\b(?:berikut\w*|selanjutnya|next)\b")
_PAYMENT = re.compile(
    r"\b(?:insentif\w*|intensif\w*|incentives?|cair\w*|pencairan|pembayaran|payments?|"
    r"dibayar\w*|transfer\w*|masuk\w*)\b"
)
_OTHER = re.compile(
    r"\b(?:pelatihan|kelas|kursus|course|training|gelombang|wave|batch|survei\w*|survey\w*)\b"
)
"""The next course, wave or survey: not the next incentive payment."""
_LOST = re.compile(r"\b(?:hilang\w*|lenyap|raib|hangus\w*|lost|gone|disappear\w*)\b")
_MONEY = re.compile(
    r"\b(?:dana\w*|uang\w*|duit\w*|insentif\w*|intensif\w*|incentives?|money|payments?)\b"
)
"""The money said lost: "terus dananya hilang?", "is the money gone?"."""


def _lowered(turn: FlowTurn) -> str:
    return " ".join((turn.message.text or "").lower().split())


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """All paid, or a failed payment not lost; else None."""
    text = _lowered(turn)
    if turn.message.payload is not None or turn.session.flow is not None:
        return None
    if not text or len(text.split()) > MAX_WORDS:
        return None
    after = just_said(turn) in _INCENTIVE_TOPICS
    asks_next = bool(_NEXT.search(text)) and not _OTHER.search(text)
    asks_next = asks_next and (after or bool(_PAYMENT.search(text)))
    asks_lost = bool(_LOST.search(text) and (_MONEY.search(text) or after))
    if not (asks_next or asks_lost):
        return None
    person = yield from participant(turn)
    if person is None:
        return None
    items: list[IncentiveView] = yield IncentivesQuery(person.id)
    failed = [item for item in items if item.status == "gagal"]
    if asks_lost and failed:
        return _not_lost(turn, failed[-1])
    if asks_next and items and all(item.status == "berhasil" for item in items):
        remember(turn, "incentive_all_paid")  # "kok lama" next: nothing awaited
        said = turn.say("incentive_next_asked.all_paid", count=len(items))
        return [Outbound(said, (turn.menu_button(),))]
    return None


def _not_lost(turn: FlowTurn, item: IncentiveView) -> list[Outbound]:
    """A failed payment was not sent, so not lost; the fix and a complaint reschedule it."""
    remember(turn, INCENTIVE_FAILED)  # "trs brp lama?" next: still the failed payment
    report = file_complaint(turn, fix_shown="incentive")
    said = turn.say(
        "incentive_next_asked.not_lost",
        sequence=item.sequence,
        amount=money(item.amount),
        date=long_date(item.scheduled_date, turn.lang),
        channel=item.payout_channel or turn.say("payout_inactive.account"),
    )
    return [Outbound(said, (report, turn.menu_button()))]


__all__ = ["answer"]
