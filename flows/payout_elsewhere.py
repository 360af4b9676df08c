"""A bank or e-wallet told of as the payout account when the record links another one (probe
p24b, p24d; DOMAIN.md, Incentives: paid to the linked account):

- "I want to change my payout account from OVO to DANA" with DANA on record: it is linked
  already; "my OVO is not upgraded to premium yet" next: an e-wallet not upgraded can't
  receive, and OVO is not where the money goes (before: "Great 👍 … nothing more to do");
- "rekening bni aku udah aktif lagi" after a failed payment, "eh maksudnya bca bukan bni":
  the account fixed is not the one linked, so the payment won't go there (before: "Sip 👍");
- "my incentive is going to my old number's gopay, is that a problem?": the record's account.

None: no accepted channel named, nothing told of it, no record, or the one named is linked."""

from __future__ import annotations

import re

from flows import payout_help
from flows.complaint_topics import file_complaint
from flows.incentive_all_paid import payout_named
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.my_data import participant
from flows.payout_chosen import CHANNELS
from flows.payout_fixed_told import told_fixed
from flows.readers import Answer
from flows.runtime.machine import FlowTurn
from flows.turn import Ask
from flows.views import PayoutAccountView

FIXED, NOTED = "payout_elsewhere_fixed", "payout_elsewhere"
"""``flows.last_answer`` topics: "eh maksudnya bca bukan bni" next names the one meant."""
MAX_WORDS = 20
_TARGET = re.compile(
    r"\b(?:to|ke|jadi|into)\s+(?:\w+\s+)?(bni|bca|ovo|gopay|go-pay|dana|linkaja)\b"
)
"""The account changed to ("from OVO to DANA", "dari ovo ke dana")."""
_CHANGE = re.compile(r"\b(?:change|changing|switch\w*|ganti|gnti|ubah|pindah|tukar)\b")
_GOES = re.compile(
    r"\b(?:masuk\w*|msk|dikirim\w*|cair\w*|ditransfer\w*|goes|going|go|sent|paid)\s+"
    r"(?:\w+\s+){0,2}(?:ke|to|into)\b"
)
"""Where the money goes, told: "my incentive is going to my old number's gopay"."""
_TROUBLE = re.compile(
    r"\b(?:gagal|failed|fails?|belum|blm|blom|ga|gak|gk|nggak|ngga|tidak|tdk|not|never|didn'?t|"
    r"hasn'?t|kapan|when)\b"
)
"""A payment failed or missing, or when it comes ("blm masuk ke ovo"): the schedule's answers."""
_MEANT = re.compile(
    r"\b(?:maksud\w*|mksd\w*|salah|i mean|i meant|sorry|sori|eh)\b.*\bbukan\b"
    r"|\b(?:i mean|i meant)\b"
)
"""A correction of the account named just before: "eh maksudnya bca bukan bni"."""
_NOT_UPGRADED = re.compile(
    r"\b(?:not|isn'?t|wasn'?t|never|belum|blm|blom|bukan)\s+(?:\w+\s+)?(?:yet\s+)?(?:di)?"
    r"(?:upgrade\w*|premium|kyc|verified)"
)


def _lowered(turn: FlowTurn) -> str:
    return " ".join((turn.message.text or "").lower().split())


def fixed(turn: FlowTurn) -> Ask[Answer]:
    """Another account than the record's told fixed after a failed payment, or corrected to
    another right after: it is not where the money goes; else None (``flows.incentive_asks``
    reads it before ``flows.payout_fixed_told``, whose "Sip 👍" it had got)."""
    lowered = _lowered(turn)
    named = _named(turn, lowered)
    corrected = just_said(turn) == FIXED and bool(_MEANT.search(lowered))
    if named is None or not (corrected or told_fixed(turn, lowered)):
        return None
    account = yield from _account(turn)
    if account is None or named == account.provider_label:
        return None
    remember(turn, FIXED)
    report = file_complaint(turn, fix_shown="incentive")
    text = turn.say("payout_elsewhere.fixed", named=named, **_record(account))
    return [Outbound(text, (report, turn.menu_button()))]


def answer(turn: FlowTurn) -> Ask[Answer]:
    """The record's account beside what was told of another one; else None."""
    lowered = _lowered(turn)
    named = _named(turn, lowered)
    if named is None:
        return None
    corrected = just_said(turn) == NOTED and bool(_MEANT.search(lowered))
    changed = _TARGET.search(lowered) if _CHANGE.search(lowered) else None
    upgraded = _NOT_UPGRADED.search(lowered)
    goes = _GOES.search(lowered) and not _TROUBLE.search(lowered)
    if not (corrected or changed or upgraded or goes):
        return None
    account = yield from _account(turn)
    if account is None:
        return None
    if changed is not None:
        return _changed(turn, account, CHANNELS[changed.group(1)])
    if named == account.provider_label:
        return None
    remember(turn, NOTED)
    base = payout_help.answer(turn) if upgraded else None
    lines = [base[0].text] if base else []
    lines.append(turn.say("payout_elsewhere.elsewhere", named=named, **_record(account)))
    return [Outbound("\n\n".join(lines), (turn.menu_button(),))]


def _named(turn: FlowTurn, lowered: str) -> str | None:
    """The account named first ("maksudnya bca bukan bni": the one meant), not "dana" as the
    money; None in a flow, for a button or a long message."""
    if turn.message.payload is not None or turn.session.flow is not None:
        return None
    if not lowered or len(lowered.split()) > MAX_WORDS:
        return None
    return payout_named(lowered)


def _account(turn: FlowTurn) -> Ask[PayoutAccountView | None]:
    person = yield from participant(turn)
    return person.payout if person is not None else None


def _changed(turn: FlowTurn, account: PayoutAccountView, target: str) -> Answer:
    """A change from another account to the one linked already ("from OVO to DANA"): how to
    change, and that it is linked already; else None ("ganti ke dana bisa?" alone is
    ``flows.payout_switch.same_as_linked``'s, another target the general answer's)."""
    provider = account.provider_label
    if target != provider or payout_named(_lowered(turn)) == provider:
        return None
    base = payout_help.answer(turn)  # "caranya gmn" next: the steps
    lines = [base[0].text] if base else []
    lines.append(turn.say("payout_elsewhere.already", **_record(account)))
    return [Outbound("\n\n".join(lines), (turn.menu_button(),))]


def _record(account: PayoutAccountView) -> dict[str, str]:
    return {"provider": account.provider_label, "masked": account.masked}


__all__ = ["FIXED", "NOTED", "answer", "fixed"]
