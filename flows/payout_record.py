"""Which account a linked participant's incentive goes to, asked against their own record
(probe p23b; DOMAIN.md "Incentives": paid to the linked account in their own name):

- "masuknya ke dana kan ya? atau ke bni?", "rekening aku bca kok di jadwal tulisannya dana?":
  the account on record (provider, masked number, linked since); another one named as theirs
  is not where the money goes;
- "aku gak pernah nyambungin dana" right after: someone else may have changed it, the
  take-over steps, a complaint and the contact centre (``flows.account_help.taken_over``);
- "bisa ga insentif dibagi ke 2 akun, sebagian ke gopay sebagian ke ovo": only one account is
  linked at a time and all of a payment goes to it.

None: not asked, or (for the record) no linked participant with an account on record."""

from __future__ import annotations

import re

from flows import account_help
from flows.formatting import long_date
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.my_data import participant
from flows.payout_chosen import CHANNELS
from flows.queries import IncentivesQuery
from flows.runtime.machine import FlowTurn
from flows.turn import Ask
from flows.views import IncentiveView

RECORD = "payout_record"
"""The topic remembered after the record's answer: "aku gak pernah nyambungin dana" next."""
MAX_WORDS = 16
_NAME = re.compile(r"\b(bni|bca|ovo|gopay|go-pay|dana|linkaja|link aja)\b")
_GOES = re.compile(
    r"\b(?:masuk\w*|msk|dikirim\w*|cair\w*|ditransfer\w*|transfer\w*|goes|go|going|sent|paid)"
    r"\s+(?:\w+\s+)?(?:ke|to|into)\b.*\b(?:kan|atau|or|bukan|right|ya)\b"
)
"""Where it goes, checked: "masuknya ke dana kan ya? atau ke bni?", "it goes to ovo right?"."""
_SHOWN = re.compile(
    r"\b(?:kok|kenapa|knp|napa|why)\b.*\b(?:tulisan\w*|tertulis|ditulis|muncul\w*|says?|shows?|"
    r"listed)\b"
)
"""Another channel shown than one's own: "rekening aku bca kok di jadwal tulisannya dana?"."""
_NEVER = re.compile(
    r"\b(?:ga|gak|gk|nggak|ngga|enggak|tidak|tdk|belum|blm|never|didn'?t|did not)\s+"
    r"(?:\w+\s+)?(?:pernah\s+)?(?:nyambung\w*|sambung\w*|disambung\w*|hubung\w*|dihubung\w*|"
    r"link\w*|connect\w*|daftar\w*|pake|pakai|punya)\b|\bbukan\s+(?:punya|milik)\s*(?:ku|aku|saya)?"
)
"""The account on record disowned: "aku gak pernah nyambungin dana", "bukan punya aku"."""
_SPLIT = re.compile(
    r"\b(?:dibagi|bagi|dipisah|pisah|split|sebagian|separuh|setengah|half|part of)\b"
)
_MULTI = re.compile(
    r"\b(?:2|dua|two|beberapa|multiple)\s+(?:akun|rekening|rek|e-?wallet|ewallet|accounts?)\b"
)
"""Money split across accounts: "dibagi ke 2 akun", "sebagian ke gopay sebagian ke ovo"."""
_OWN = re.compile(
    r"\b(?:rekening|rek|rekeningku|akun|akunku|e-?wallet|ewallet)\s*(?:aku|saya|sy|ku|gw|gue)?\s+"
    r"(?:itu\s+|tuh\s+)?(?:bni|bca|ovo|gopay|go-pay|dana|linkaja|link aja)\b"
    r"|\b(?:my|mine is)\b"
)
"""Another channel claimed as one's own: "rekening aku bca", "my account is BCA"."""
_MONEY = re.compile(r"\b(?:insentif\w*|intensif\w*|incentives?|uang\w*|duit\w*|money|payment)\b")


def _lowered(turn: FlowTurn) -> str:
    return " ".join((turn.message.text or "").lower().split())


def _ready(turn: FlowTurn, lowered: str) -> bool:
    message = turn.message
    if message.payload is not None or turn.session.flow is not None:
        return False
    return bool(lowered) and len(lowered.split()) <= MAX_WORDS


def split(turn: FlowTurn) -> list[Outbound] | None:
    """Only one account receives the incentive; else None."""
    lowered = _lowered(turn)
    if not _ready(turn, lowered) or not _SPLIT.search(lowered):
        return None
    several = _MULTI.search(lowered) or len(set(_NAME.findall(lowered))) > 1
    if not (_MONEY.search(lowered) and several):
        return None
    return [turn.reply("payout_record.split", turn.menu_button())]


def which(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """The account on record, another named channel not where the money goes; the take-over
    steps when the one on record is disowned right after; else None."""
    lowered = _lowered(turn)
    if not _ready(turn, lowered):
        return None
    disowned = just_said(turn) == RECORD and bool(_NEVER.search(lowered))
    if not disowned and not (_NAME.search(lowered) and (_GOES.search(lowered)
                                                         or _SHOWN.search(lowered))):  # fmt: skip
        return None
    person = yield from participant(turn)
    if person is None:
        return None
    account = person.payout
    if account is None:
        items: list[IncentiveView] = yield IncentivesQuery(person.id)
        channels = [item.payout_channel for item in items if item.payout_channel]
        if not channels:
            return None
        provider, masked, since = channels[-1], "", ""
    else:
        provider, masked = account.provider_label, account.masked
        since = long_date(account.linked_at, turn.lang)
    if disowned:
        lead = turn.say("payout_record.disowned", provider=provider)
        return account_help.taken_over(turn, topic="fraud", story=turn.message.text, lead=lead)
    remember(turn, RECORD)
    key = "linked" if since else "paid_to"
    lines = [turn.say(f"payout_record.{key}", provider=provider, masked=masked, date=since)]
    others = sorted({CHANNELS[name] for name in _NAME.findall(lowered)} - {provider})
    if others:
        lines.append(turn.say("payout_record.not_there", others=", ".join(others)))
    if others and _OWN.search(lowered):  # "rekening aku bca": theirs is not the one on record
        lines.append(turn.say("payout_record.not_yours", provider=provider))
    return [Outbound("\n".join(lines), (turn.menu_button(),))]


__all__ = ["RECORD", "split", "which"]
