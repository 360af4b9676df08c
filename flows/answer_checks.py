"""Short yes-or-no checks on the answer just given, in English or Indonesian, that name no topic
of their own: "only once?" / "cuma sekali?" after the package or an incentive answer (Kartu
Prakerja is once in a lifetime; the incentive comes in its scheduled payments) or after
whether one may join again (every wave until selected, then never again); "will it be
resent?" / "dikirim ulang?" after the login OTP's fix (ask for it again: 5 times, then a
2-hour wait); "does it need to be my name?" / "harus atas nama sendiri?" after a payout
answer (own name and NIK, the same phone number), and "can it be my wife's?" there (no).

Before, the NLU read them as whatever their few words resembled ("only once?" as the
eligibility check, "will it be resent?" as a cancel) and the user was asked "Which one do you
mean?" or was not understood. A failed payment's "will it be resent?" is
``flows.topic_follow_ups``'. The answer just given is its ``flows.last_answer`` topic, else
the intent the message before was read as (DOMAIN.md: Eligibility, Incentives)."""

from __future__ import annotations

import re
from collections.abc import Callable

from flows import account_help, incentive_all_paid, payout_owner
from flows.era_answers import BENEFITS
from flows.fallback import NO_TOPIC, previous_intent
from flows.follow_up_answers import (
    INCENTIVE_CHECKING,
    INCENTIVE_OVERDUE,
    INCENTIVE_TIMING,
    NEXT_WAVE,
    NOT_SELECTED,
)
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.payout_help import VARIED as PAYOUT_VARIED
from flows.runtime.machine import FlowTurn
from flows.turn import within_context_of

MAX_WORDS = 7
"""A check is short; a longer message says what it is about itself."""

_SMALL = frozenset(
    {"ya", "yah", "kah", "kak", "min", "dong", "sih", "deh", "nih", "jadi", "jd", "oh", "ok",
     "oke", "so", "and", "then", "but", "tapi", "tp", "apa", "apakah", "emang", "emg", "beneran",
     "bener", "really", "hmm", "ga", "gak", "gk", "nggak", "ngga", "itu", "ini", "nya", "is",
     "it", "it's", "its", "the", "that"}
)  # fmt: skip
"""Words any check may hold besides its own."""

_ONCE = re.compile(
    r"\b(?:sekali|1x|1 ?kali|satu ?kali|sekali ?seumur ?hidup|once|one[ -]time|1 time)\b"
)
_ONCE_WORDS = frozenset(
    {"cuma", "cm", "cmn", "cman", "hanya", "hny", "aja", "ajah", "saja", "doang", "only", "just",
     "dapet", "dapat", "dpt", "get", "got", "paid", "dibayar", "bayar", "cair", "cairnya",
     "dicairkan", "insentif", "insentifnya", "incentive", "payment", "seumur", "hidup", "in",
     "a", "lifetime", "ever", "bisa", "can", "i", "ikut", "join", "daftar", "apply", "receive",
     "terima", "diterima", "you", "we", "per", "orang", "person", "one"}
)  # fmt: skip
"""Once: "only once?", "is it just once?", "cuma sekali?", "sekali aja ya?" (not "sekali lagi",
not "lama sekali")."""

_RESENT = re.compile(
    r"\bre-?sen[dt]\w*|\b(?:send|sent|sending)\s+(?:it\s+|me\s+)?again\b"
    r"|\b(?:di|ng)?kirim\w*\s+(?:ulang|lagi|lg)\b"
)
_RESENT_WORDS = frozenset(
    {"will", "would", "be", "get", "gets", "are", "they", "you", "automatically", "auto",
     "otomatis", "bakal", "akan", "nanti", "ntar", "nnti", "bisa", "bs", "can", "could", "does",
     "do", "kode", "code", "otp", "kodenya", "email", "di", "minta", "me", "a", "new", "baru",
     "later", "soon", "sendiri", "by", "itself", "gitu", "to"}
)  # fmt: skip
"""Sent again: "will it be resent?", "is the code sent again?", "dikirim ulang?"."""

_OWN_NAME = re.compile(
    r"\bmy (?:own )?name\b|\bown name\b|\bmy own\b|\bmine\b|\bsame name\b"
    r"|\bname\w* (?:have|has|need|needs|must|should) (?:to )?match\b"
    r"|\b(?:atas )?nama (?:sendiri|aku|saya|sy|ku|gw|gue|pribadi|(?:yg|yang) sama)\b|\bnamaku\b"
    r"|\b(?:punya|milik) (?:sendiri|pribadi)\b"
    r"|\bnama\w* (?:harus|hrs|wajib|mesti|musti) (?:sama|sesuai)\b"
    r"|\b(?:sama|sesuai) (?:dengan |dgn |sm |ama )?(?:nama|ktp)\b"
)
_OWN_NAME_WORDS = frozenset(
    {"does", "do", "need", "needs", "to", "be", "in", "under", "on", "must", "has", "have",
     "should", "account", "e-wallet", "ewallet", "wallet", "bank", "harus", "hrs", "wajib",
     "mesti", "musti", "perlu", "atas", "rekening", "rek", "rekeningnya", "akun", "akunnya",
     "pakai", "pake", "yg", "yang", "di", "an", "a", "e", "walletnya", "ewalletnya"}
)  # fmt: skip
"""In one's own name: "does it need to be my name?", "harus atas nama sendiri?"."""

_MAY_USE = re.compile(
    r"\b(?:can|could|may|allowed|ok|okay|use|using|boleh|blh|bisa|bs|pake|pakai|gapapa|gpp)\b"
)
"""Someone else's account asked about: "can it be my wife's?", "boleh punya istri?"."""

ONCE, RESENT, OWN_NAME = "once", "resent", "own_name"
CHECKS: dict[str, tuple[re.Pattern[str], frozenset[str]]] = {
    ONCE: (_ONCE, _ONCE_WORDS),
    RESENT: (_RESENT, _RESENT_WORDS),
    OWN_NAME: (_OWN_NAME, _OWN_NAME_WORDS),
}
"""Each check: the words that make it, and the other words it may hold."""

_JOINING = frozenset({NEXT_WAVE, NOT_SELECTED, "check_eligibility"})
"""Answers about joining (again): the last is the intent of "can I join again?"."""
_INCENTIVE = frozenset(
    {BENEFITS, INCENTIVE_TIMING, INCENTIVE_CHECKING, INCENTIVE_OVERDUE, "incentive_failed",
     incentive_all_paid.TOPIC, "benefits_info", "incentive_status"}
)  # fmt: skip
"""Answers about the package or an incentive (topics recorded, or intents of the question)."""
_PAYOUT = frozenset({"payment_account", PAYOUT_VARIED, "incentive_failed"})
"""Answers about the payout account (a failed payment's fix names it too)."""
_OTP = frozenset({"otp_login"})
"""The login OTP's fix (``flows.account_help``)."""

Answer = Callable[[FlowTurn], list[Outbound]]


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """The answer to such a check on the answer just given, else None."""
    lowered = " ".join((turn.message.text or "").lower().split())
    if turn.message.payload is not None or not lowered or len(lowered.split()) > MAX_WORDS:
        return None
    topic = _topic(turn)
    if topic is None:
        return None
    found = _answer_for(topic, lowered)
    if found is None:
        return None
    replies = found(turn)
    if found in (_own_name, _someone_else):
        remember(turn, PAYOUT_VARIED)  # "kalo dana?" next: still about payout accounts
    elif just_said(turn) == topic:
        remember(turn, topic)  # the next check is still about it
    return replies


def _answer_for(topic: str, lowered: str) -> Answer | None:
    if topic in _INCENTIVE | _JOINING and asks(ONCE, lowered):
        return _once_incentive if topic in _INCENTIVE else _once_joining
    if topic in _OTP and asks(RESENT, lowered):
        return account_help.otp_wait
    if topic in _PAYOUT and asks(OWN_NAME, lowered):
        return _own_name
    if topic in _PAYOUT and payout_owner.of_someone_else(lowered, after_payout=True):
        return _someone_else if _MAY_USE.search(lowered) or "'s" in lowered else None
    return None


def asks(check: str, lowered: str) -> bool:
    """``lowered`` (lower case, single spaces) is the ``check`` (``CHECKS``) and nothing else:
    its own words, and no others than the check's and small words."""
    core, words = CHECKS[check]
    if not core.search(lowered):
        return False
    rest = re.findall(r"[a-z0-9]+(?:[-'][a-z]+)?", core.sub(" ", lowered))
    return all(w in words or w in _SMALL for w in rest)


def _topic(turn: FlowTurn) -> str | None:
    """The answer just given: its recorded topic, else the intent the message before was read
    as (not when that message got "which one do you mean?")."""
    said = just_said(turn)
    if said is not None:
        return said
    session = turn.session
    if not within_context_of(session.last_activity, turn.message.at):
        return None
    if session.profile.get(NO_TOPIC) == session.turns - 1:
        return None
    return previous_intent(turn)


def _once_incentive(turn: FlowTurn) -> list[Outbound]:
    """Once in a lifetime; the incentive of each era and when it is paid."""
    programme = turn.ctx.programme
    lines = [turn.say("kb.incentive_once", **programme.facts())]
    lines += [
        turn.say("kb.benefits_other_era", **era.facts())
        for name, era in programme.eras.items()
        if name != programme.current_era
    ]
    return [Outbound("\n\n".join(lines), (turn.menu_button(),))]


def _once_joining(turn: FlowTurn) -> list[Outbound]:
    """Every wave until selected; once selected, never again."""
    return [turn.reply("registration_help.how_often", turn.menu_button())]


def _own_name(turn: FlowTurn) -> list[Outbound]:
    """Yes: own name and NIK, an e-wallet upgraded with the registered phone number."""
    return [turn.reply("kb.payout_own_name", turn.menu_button())]


def _someone_else(turn: FlowTurn) -> list[Outbound]:
    """No: only an account in one's own name."""
    return payout_owner.answer(turn, after_payout=True) or _own_name(turn)


__all__ = ["CHECKS", "MAX_WORDS", "ONCE", "OWN_NAME", "RESENT", "answer", "asks"]
