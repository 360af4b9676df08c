"""Right after a schedule (or its cause) with a failed payment, a question on that failure is
answered from the record's own failure reason, in the chat's language: "what does that mean",
"maksudnya apa" is what that reason means, what to check and the complaint that has it
scheduled again; "my DANA is in my name though" after a name/NIK mismatch is what else to
check (the exact KTP name, KYC, the account linked being that one), then the complaint. A
payment failed as inactive keeps its own answers (``flows.payout_inactive``). Before, the
first got the glossary of every status, the second "don't understand" with the menu, and
"so what should I do" next the generic help (the failed payment was no longer the topic)."""

from __future__ import annotations

import re

from flows import payout_inactive
from flows.complaint_topics import file_complaint
from flows.formatting import long_date
from flows.incentive_words import cause, failure_reason
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.my_data import participant
from flows.queries import IncentivesQuery
from flows.runtime.machine import FlowTurn
from flows.turn import Ask
from flows.views import IncentiveView

INCENTIVE_FAILED = payout_inactive.INCENTIVE_FAILED
MAX_WORDS = 10
EXPLAINED = ("name_mismatch", "not_upgraded", "phone_changed", "not_found")
"""Causes with their own explanation (``payout_failed.explain.<cause>``); any other: ``other``."""

_MEANING = re.compile(r"\b(?:arti\w*|maksud\w*|mean\w*|meaning)\b")
"""What it means: "what does that mean", "maksudnya apa", "itu artinya gimana"."""
_OTHER_STATUS = re.compile(
    r"\b(?:berhasil|menunggu|diproses|proses|pengecekan|paid|processing|waiting|checking|"
    r"status\w*)\b"
)
"""Another status asked about ("berhasil itu artinya apa"): the glossary's."""
_NEGATED = re.compile(r"\b(?:bukan|tidak|tdk|ga|gak|gk|nggak|ngga|enggak|not|isn'?t|doesn'?t)\b")
_OWN_NAME = re.compile(
    r"\b(?:in|under) my (?:own )?name\b|\bmy (?:own )?name\b.{0,20}\b(?:on it|same|match\w*)\b"
    r"|\bmy own (?:account|dana|gopay|ovo|linkaja|wallet|e-?wallet)\b|\bit'?s mine\b"
    r"|\batas\s*nama\s*(?:ku|aku|saya|gw|gue|gua|sendiri|diri sendiri)\b|\batas namaku\b"
    r"|\bnama\w*\s+(?:\w+\s+)?(?:udah|udh|sudah|sdh)?\s*(?:sama|bener|benar|sesuai|cocok)\b"
    r"|\b(?:punya|milik) (?:aku|saya|ku|gw|gue) sendiri\b"
)
"""The account said to be one's own: "my DANA is in my name though", "dana aku atas nama aku
sendiri kok", "namanya udah sama kok"."""


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """The failed payment's reason explained, or the own-name check; else the inactive
    account's answers (``flows.payout_inactive``)."""
    text = " ".join((turn.message.text or "").lower().split())
    if turn.message.payload is not None or not text or len(text.split()) > MAX_WORDS:
        return None
    if just_said(turn) != INCENTIVE_FAILED:
        return None
    asks_meaning = bool(_MEANING.search(text)) and not _OTHER_STATUS.search(text)
    claims_own = bool(_OWN_NAME.search(text)) and not _NEGATED.search(text)
    if not (asks_meaning or claims_own):
        return (yield from payout_inactive.answer(turn))
    person = yield from participant(turn)
    if person is None:
        return None
    items: list[IncentiveView] = yield IncentivesQuery(person.id)
    failed = [i for i in items if i.status == "gagal" and i.failure_reason]
    if not failed:
        return None
    item = failed[-1]
    known = cause(item.failure_reason or "")
    if claims_own and known != "name_mismatch":
        return None
    remember(turn, INCENTIVE_FAILED)  # "so what should I do" next: still the failed payment
    channel = item.payout_channel or turn.say("payout_inactive.account")
    report = file_complaint(turn, fix_shown="incentive")
    if known == "inactive":  # "what does that mean": the inactive account's own meaning
        return [turn.reply("payout_inactive.meaning", report, turn.menu_button(), channel=channel)]
    if claims_own:
        key = "payout_failed.name_claimed"
        return [turn.reply(key, report, turn.menu_button(), channel=channel)]
    explained = known if known in EXPLAINED else "other"
    lines = [
        turn.say(
            "payout_failed.meaning",
            sequence=item.sequence,
            date=long_date(item.scheduled_date, turn.lang),
            channel=channel,
            reason=failure_reason(turn.lang, item.failure_reason or ""),
        ),
        turn.say(f"payout_failed.explain.{explained}", channel=channel),
        turn.say("payout_failed.report"),
    ]
    return [Outbound("\n".join(lines), (report, turn.menu_button()))]


__all__ = ["answer"]
