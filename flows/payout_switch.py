"""Changing the payout account asked against the participant's own records and this chat:

- "kalo sy ganti ewallet sekarang, insentif yg ke4 masuknya kemana?": a payment goes to the
  account linked when it is paid, so one not paid yet goes to the new account (the text of
  ``kb.payout_change``; DOMAIN.md, Incentives: paid to a linked account); before, the stalled
  payment's text, which ignored the question;
- "ganti ke dana bisa?" with DANA linked already, "insentif sy ke ovo gagal" with the payment
  sent to DANA: the account on record said first.

None: not such a message, or (for the records) the chat is not linked."""

from __future__ import annotations

import re

from flows.complaint_topics import file_complaint
from flows.incentive_all_paid import payout_named
from flows.last_answer import remember
from flows.messages import Outbound
from flows.my_data import participant
from flows.my_incentives import why_failed
from flows.payout_follow_ups import after_payout
from flows.queries import IncentivesQuery
from flows.runtime.machine import FlowTurn
from flows.turn import Ask
from flows.views import IncentiveView

INCENTIVE_FAILED = "incentive_failed"
"""``flows.last_answer`` topic of a failed payment's answer."""

_PAYOUT = (
    r"(?:rekening|rek|akun bank|bank|e-?wallet|ewallet|dompet digital|ovo|gopay|go-pay|dana|"
    r"linkaja|link aja|bni|bca|akun pencairan|account)"
)
_CHANGE = re.compile(
    rf"\b(?:ganti|gnti|ubah|ngubah|pindah|tukar|change|switch|update)\w*\b.{{0,30}}\b{_PAYOUT}\b"
)
_CHANGE_WORD = re.compile(r"\b(?:ganti|gnti|ubah|ngubah|pindah|tukar|change|switch|update)\w*\b")
_WHERE = re.compile(
    r"\b(?:ke ?mana|kmn|kemn|masuk\w* ke (?:mana|yg mana|yang mana)|ke (?:akun|rekening|rek|"
    r"e-?wallet) (?:yg |yang )?(?:mana|lama|baru)|ikut (?:pindah|ganti)|where|which account|"
    r"old one|new one)\b"
)
_INCENTIVE = re.compile(r"\b(?:insentif\w*|intensif\w*|incentives?|pembayaran\w*|payment)\b")
_NOT_PAID = ("berhasil", "gagal")


def pending_switch(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """Where a payment not paid yet goes once the account is changed; else None."""
    lowered = " ".join((turn.message.text or "").lower().split())
    if turn.message.payload is not None or not lowered:
        return None
    changed = _CHANGE.search(lowered) or (_CHANGE_WORD.search(lowered) and after_payout(turn))
    if not (changed and _WHERE.search(lowered) and _INCENTIVE.search(lowered)):
        return None  # "kalo diganti skrg insentif yg nunggu ikut pindah?" after the change steps
    person = yield from participant(turn)
    if person is None:
        return None
    items: list[IncentiveView] = yield IncentivesQuery(person.id)
    waiting = [item for item in items if item.status not in _NOT_PAID]
    lines = [turn.say("payout_switch.goes_to_linked")]
    for item in waiting[:3]:
        lines.append(turn.say("payout_switch.waiting", sequence=item.sequence,
                              status=item.status_label))  # fmt: skip
    lines.append(turn.say("payout_switch.how"))
    return [Outbound("\n".join(lines), (turn.menu_button(),))]


def same_as_linked(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """ "ganti ke dana bisa?" with DANA linked already: it is the account on record; a failed
    payment's fix and complaint. None otherwise."""
    text = turn.message.text or ""
    lowered = " ".join(text.lower().split())
    named = payout_named(text)
    if named is None or not _CHANGE_WORD.search(lowered):
        return None
    person = yield from participant(turn)
    if person is None:
        return None
    items: list[IncentiveView] = yield IncentivesQuery(person.id)
    linked = person.payout.provider_label if person.payout is not None else None
    latest = max(items, key=lambda item: item.sequence, default=None)
    linked = linked or (latest.payout_channel if latest is not None else None)
    if linked is None or linked.lower() != named.lower():
        return None
    failed = any(item.status == "gagal" for item in items)
    said = turn.say("payout_switch.already", channel=linked)
    if not failed:
        return [Outbound(said, (turn.menu_button(),))]
    remember(turn, INCENTIVE_FAILED)  # "trs gmn" next: still the failed payment
    report = file_complaint(turn, fix_shown="incentive")
    fix = turn.say("payout_switch.already_failed", channel=linked)
    return [Outbound(f"{said} {fix}", (report, turn.menu_button()))]


def failed_elsewhere(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """ "insentif sy ke ovo gagal" with the failed payment sent to DANA: where it was sent,
    then its cause and fix. None otherwise."""
    text = turn.message.text or ""
    lowered = " ".join(text.lower().split())
    named = payout_named(text)
    if named is None or not re.search(r"\b(?:gagal|failed|fail)\b", lowered):
        return None
    if _CHANGE_WORD.search(lowered):  # "mau ganti ke rekening bni aja krn ovo gagal": a change
        return None
    person = yield from participant(turn)
    if person is None:
        return None
    items: list[IncentiveView] = yield IncentivesQuery(person.id)
    failed = [item for item in items if item.status == "gagal" and item.payout_channel]
    if not failed or any(item.payout_channel == named for item in failed):
        return None
    channel = str(failed[-1].payout_channel)
    replies = yield from why_failed(turn)
    if not replies:
        return None
    remember(turn, INCENTIVE_FAILED)  # "trs gmn" next: still the failed payment
    note = turn.say("payout_switch.sent_to", channel=channel, named=named)
    return [Outbound(f"{note}\n{replies[0].text}", replies[0].buttons), *replies[1:]]


__all__ = ["failed_elsewhere", "pending_switch", "same_as_linked"]
