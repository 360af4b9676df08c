"""A fix told done ("aku udah upgrade ovo", "nama di rekening aku udah sesuai kok", a voice
note "insentif saya statusnya gagal padahal saya udah upgrade dana premium ... apa harus ganti
ke bank aja") by a linked participant whose record holds a failed payment, answered from that
record (probe p25b #13, p25c #15; DOMAIN.md, Incentives):

- the failed payment named (number, date, account, cause) and the next step: fixing the account
  does not send it again, a complaint has it scheduled again (no "Sip 👍" for a failure, no
  "no failed payment yet?" hedge the record already answers);
- another account named than the linked one: the money goes to the linked one;
- "apa harus ganti ke bank": not needed when the e-wallet meets the rules; a bank is allowed;
- the name said to match after a name/NIK mismatch: what else to check, then the complaint.

None: no fix told, not linked, or no failed payment on record (the general answers then)."""

from __future__ import annotations

import re

from flows import fix_checked
from flows.complaint_topics import file_complaint
from flows.formatting import long_date
from flows.incentive_all_paid import payout_named
from flows.incentive_words import cause, failure_reason
from flows.last_answer import remember, said_since
from flows.messages import Outbound
from flows.my_incentives import failed_payments
from flows.payout_fixed_told import FIXED, INCENTIVE_FAILED, NOT_YET, SUPPOSED, WITHIN_TURNS
from flows.runtime.machine import FlowTurn
from flows.turn import Ask
from flows.views import IncentiveView, ParticipantView

MAX_WORDS = 60
"""A voice note typed out runs long; the fix told is still read in it."""
_HOW_TO = re.compile(r"\b(?:cara\w*|how (?:do|can|to|should))\b")
"""The steps of the fix asked ("gmn cara upgrade nya"): ``flows.payout_help``'s."""
_PAYOUT = re.compile(
    r"\b(?:insentif\w*|intensif\w*|incentives?|rekening\w*|rek|e-?wallet|akun\w*|account|"
    r"upgrade\w*|premium|kyc|nama\w*|name|nomor\w*|number|bni|bca|ovo|gopay|go-pay|dana|"
    r"linkaja)\b"
)
"""The payout account or the incentive talked of: the fix is the account's."""
_FAILED = re.compile(r"\b(?:gagal|failed|fail)\b")
"""A failure told before the fix ("statusnya gagal padahal udah upgrade"): not the fix's."""
_NAME_TOLD = re.compile(
    r"\b(?:nama\w*|name)\b.{0,30}\b(?:sesuai|sama|bener|benar|cocok|match\w*|same|correct)\b"
)
"""The name said to match already ("nama di rekening aku udah sesuai kok"), not changed."""
_BANK = re.compile(
    r"\b(?:ganti|gnti|pindah|pakai|pake|switch\w*|change|use)\w*\s+(?:\w+\s+){0,2}"
    r"(?:bank|rekening|bni|bca)\b"
)
"""Whether to move to a bank asked: "apa harus ganti ke bank aja"."""


def _tells_fix(text: str) -> bool:
    """A fix told done, not supposed nor asked how; a failure told before it is the payment's."""
    found = FIXED.search(text)
    if found is None or SUPPOSED.search(text) or _HOW_TO.search(text):
        return False
    before = _FAILED.sub(" ", text[: found.start()])
    return not NOT_YET.search(f"{before} {text[found.start() :]}")


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """The failed payment on record and its next step, after a fix told; else None."""
    text = " ".join((turn.message.text or "").lower().split())
    if turn.message.payload is not None or turn.session.flow is not None:
        return None
    if not text or len(text.split()) > MAX_WORDS:
        return None
    recent = said_since(turn, INCENTIVE_FAILED, WITHIN_TURNS) is not None
    if not (recent or _PAYOUT.search(text)) or not _tells_fix(text):
        return None
    if not (recent or _NAME_TOLD.search(text)) and fix_checked.said(turn):
        return None  # the complaint just offered starts (``flows.fix_checked``)
    found = yield from failed_payments(turn)
    if found is None:
        return None
    person, failed = found
    return _reply(turn, person, failed[-1], text)


def _reply(
    turn: FlowTurn, person: ParticipantView, item: IncentiveView, text: str
) -> list[Outbound]:
    remember(turn, INCENTIVE_FAILED)  # "trs brp lama?" next: still the failed payment
    report = file_complaint(turn, fix_shown="incentive")
    account = person.payout
    channel = item.payout_channel or (account.provider_label if account else "")
    reason = item.failure_reason or ""
    if reason and cause(reason) == "name_mismatch" and _NAME_TOLD.search(text):
        return [turn.reply("payout_failed.name_claimed", report, turn.menu_button(),
                           channel=channel or turn.say("payout_inactive.account"))]  # fmt: skip
    why = turn.say("payout_fixed_record.why", reason=failure_reason(turn.lang, reason))
    lines = [
        turn.say(
            "payout_fixed_record.failed",
            sequence=item.sequence,
            date=long_date(item.scheduled_date, turn.lang),
            channel=channel,
            why=why if reason else "",
        )
    ]
    named = payout_named(text)
    if account is not None and named is not None and named != account.provider_label:
        lines.append(
            turn.say(
                "payout_fixed_record.other",
                named=named,
                provider=account.provider_label,
                masked=account.masked,
            )
        )
    if _BANK.search(text):
        lines.append(turn.say("payout_fixed_record.bank", channel=channel))
    return [Outbound("\n".join(lines), (report, turn.menu_button()))]


__all__ = ["answer"]
