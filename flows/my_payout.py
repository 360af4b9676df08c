"""Whether a participant's payout account is linked, from their own records ("rekening aku udh
nyambung blm?", "e-wallet ku udah terhubung belum?", "is my bank account linked yet?"), which
the NLU reads as the general question on where incentives go.

The linked account on record (``payout_accounts``) answers it: the provider, the masked number
and its verification; a failed one says why and what to do (DOMAIN.md: own name and NIK, an
e-wallet upgraded (KYC) and on the registered phone). Without one, the incentive payments say
where money went (never an account number): the latest payment's names the account, with its
failure if it failed. Neither on record: how to link one, or that it comes after selection. A
chat not linked gets the general answer and how to link the chat to see its own."""

from __future__ import annotations

import re

from flows.complaint_topics import file_complaint
from flows.formatting import long_date
from flows.incentive_words import failure_reason
from flows.last_answer import remember
from flows.messages import Outbound
from flows.my_data import Answer, not_linked, own_records, participant
from flows.payout_follow_ups import LINK_FAILED, note
from flows.payout_help import ACCEPTED
from flows.queries import IncentivesQuery
from flows.responses import has
from flows.runtime.machine import FlowTurn
from flows.turn import Ask
from flows.views import IncentiveView, ParticipantView, PayoutAccountView

INTENTS = ("payment_account", "incentive_status", "registration_status", "account_access",
           "help", "inform", "out_of_scope")  # fmt: skip
"""The intents such a question is read as."""

_PAYOUT = re.compile(
    r"\b(?:rekening\w*|rek|e-?wallet\w*|ewallet\w*|dompet digital|akun bank|bank|ovo\w*|"
    r"gopay\w*|go-pay|dana|link ?aja\w*|payout account|akun pencairan)\b"
)
_LINKED = (
    r"(?:ter|di|ke|nge)?(?:hubung\w*|sambung\w*|nyambung\w*|konek\w*|connect\w*|"
    r"link(?!\s?aja)\w*|taut\w*|daftar\w*|registered|added|set up)"
)
_LINK_WORD = re.compile(rf"\b{_LINKED}\b")
_ASKED = re.compile(
    r"\b(?:belum|blm|blom|yet|apa|apakah|mana|which|what|status|cek|check|is|are|has)\b"
)
_NEGATED = re.compile(
    rf"\b(?:ga|gak|gk|nggak|ngga|tidak|tdk|belum|blm|blom|not|isn'?t|can'?t|cannot)\s+"
    rf"(?:(?:bisa|mau|be)\s+)?{_LINKED}\b"
)
"""Said not to link ("rekening aku blm nyambung"): a problem told, not a question."""
_ELSEWHERE = re.compile(
    r"\b(?:kenapa|knp|napa|why|kok|kunaon|naha|teu|henteu|gimana|gmn|gmna|bagaimana|cara\w*|how|"
    r"bisa|bs|bisakah|"
    r"boleh|blh|can|could|may|allowed|gagal|error|eror|failed|ditolak|ganti|ubah|pindah|"
    r"tukar|change|switch|putus\w*)\b"
)
"""Why it fails, how to link, whether one may, changing it: ``payout_help`` and the general
answer say those (Sundanese "kunaon", "teu tiasa" too: "abdi teu tiasa nyambungkeun linkaja,
kunaon nya?" had been told the DANA account on record)."""
_BANKS = frozenset({"BNI", "BCA"})
_NO_CARD_YET = ("registered", "applied", "not_selected")


_SENT = r"(?:masuk|dikirim|kirim|cair|dicairkan|ditransfer|transfer|dibayar\w*)(?:nya|kan)?"
_WHICH = re.compile(
    rf"\b(?:{_SENT}|goes?|sent|paid)\b.{{0,20}}"
    r"\b(?:ke|to|into)\s+(?:rekening|rek|e-?wallet|akun|bank|account)\s+(?:mana|which)\b"
    r"|\b(?:which|what) (?:bank )?(?:account|e-?wallet|bank)\b.{0,30}"
    r"\b(?:paid|sent|go(?:es|ing)?)\b"
    rf"|\b(?:insentif|incentive)\w*\b.{{0,20}}\b{_SENT}\s+(?:ke ?mana|kmn)\b"
    r"|\bwhere (?:does|do|will|is|are|did) (?:my |the )?incentives? (?:go|get paid|paid|sent)\b"
)
"""Which account the money goes to ("masuk ke rekening mana", "cairnya ke rekening mana", "insentif
aku masuk ke mana?", "which account is it paid to?", "where does my incentive go?")."""


_TO_WHICH = re.compile(
    r"\b(?:ke|to)\s+(?:rekening|rek|e-?wallet|akun bank|bank|account)\s+"
    r"(?:yg |yang )?(?:mana|which)\b"
)
"""The account asked with no verb ("ke rekening mana nanti?"); not with a change or a why
(``_ELSEWHERE``: "bisa ganti ke rekening mana aja?" asks what is accepted)."""


def asks_linked(text: str) -> bool:
    """Whether one's own payout account is linked (or which one is)."""
    lowered = " ".join(text.lower().split())
    if _WHICH.search(lowered):
        return True
    if _TO_WHICH.search(lowered) and not _ELSEWHERE.search(lowered):
        return True
    if not (_PAYOUT.search(lowered) and _LINK_WORD.search(lowered)):
        return False
    if _ELSEWHERE.search(lowered):
        return False
    return "?" in lowered or (bool(_ASKED.search(lowered)) and not _NEGATED.search(lowered))


def linked(turn: FlowTurn) -> Answer:
    """The payout account on record when the message asks for it, or why linking it fails
    when that is told; else None."""
    if not asks_linked(turn.message.text or ""):
        return (yield from failed_link(turn))
    return (yield from on_record(turn))


_FAILED_TOLD = re.compile(
    r"\b(?:gagal|error|eror|gabisa|failed|fails|can'?t|cannot|won'?t)\b"
    r"|\b(?:ga|gak|gk|nggak|ngga|tidak|tdk|ndak|teu|henteu)\s+(?:bisa|bs|mau|tiasa)\b"
)
"""Linking told to fail ("gagal terus sambungin gopay ke prakerja", "ovo aku ga bisa
disambungin"), not only not done yet ("rekening aku blm nyambung")."""


def failed_link(turn: FlowTurn) -> Answer:
    """Linking the payout account told to fail: the account's own recorded cause and fix when
    its verification failed, else the usual causes and their fix; a complaint one tap away
    (before, the general answer on where incentives go). None: no such failure told."""
    lowered = " ".join((turn.message.text or "").lower().split())
    told = _PAYOUT.search(lowered) and _LINK_WORD.search(lowered) and _FAILED_TOLD.search(lowered)
    if not told:
        return None
    person = yield from participant(turn)
    account = person.payout if person is not None else None
    note(turn, LINK_FAILED, fresh=True)  # "udah premium kok" next: the next cause
    if account is not None and account.verification == "failed":
        return [_linked_account(turn, account)]
    report = file_complaint(turn, fix_shown="payout_link")
    return [turn.reply("kb.payout_link_failed", report, turn.menu_button())]


@own_records
def on_record(turn: FlowTurn) -> Answer:
    person = yield from participant(turn)
    if person is None:  # where incentives go needs no account; one's own does
        general = turn.say("kb.payment_account", **turn.ctx.programme.facts())
        return [Outbound(general), *not_linked(turn)]
    if person.payout is not None:
        said = _linked_account(turn, person.payout)
        if not _asks_which(turn):
            return [said]  # whether it is linked: the payments are not read
        paid: list[IncentiveView] = yield IncentivesQuery(person.id)
        return [_with_last_failure(turn, said, paid)]
    items: list[IncentiveView] = yield IncentivesQuery(person.id)
    paid_to = [item for item in items if item.payout_channel]
    if paid_to:
        return [_account(turn, paid_to[-1])]
    return [turn.reply(_none_key(person), turn.menu_button())]


def _account(turn: FlowTurn, last: IncentiveView) -> Outbound:
    provider = str(last.payout_channel)
    kind = "bank" if provider.upper() in _BANKS else "wallet"
    lines = [
        turn.say(
            "kb.my_payout.linked",
            kind=turn.say(f"kb.my_payout.kinds.{kind}"),
            provider=provider,
            date=long_date(last.scheduled_date, turn.lang),
        )
    ]
    if last.status != "gagal":
        return Outbound(lines[0], (turn.menu_button(),))
    reason = (
        failure_reason(turn.lang, last.failure_reason)
        if last.failure_reason
        else turn.say("kb.my_payout.reason_unknown")
    )
    lines.append(turn.say("kb.my_payout.failed", provider=provider, reason=reason))
    remember(turn, "incentive_failed")  # "knp gagal?" next: the cause and its fix
    report = file_complaint(turn, fix_shown="incentive")
    return Outbound("\n".join(lines), (report, turn.menu_button()))


def _with_last_failure(turn: FlowTurn, said: Outbound, items: list[IncentiveView]) -> Outbound:
    """The linked account's answer, and that the last payment failed when it did (before, only
    "Sudah: ... terverifikasi" after a name-mismatch failure)."""
    last = next((item for item in reversed(items) if item.payout_channel), None)
    if last is None or last.status != "gagal":
        return said
    reason = (
        failure_reason(turn.lang, last.failure_reason)
        if last.failure_reason
        else turn.say("kb.my_payout.reason_unknown")
    )
    failed = turn.say("kb.my_payout.failed", provider=str(last.payout_channel), reason=reason)
    remember(turn, "incentive_failed")  # "knp gagal?" next: the cause and its fix
    report = file_complaint(turn, fix_shown="incentive")
    return Outbound(f"{said.text}\n{failed}", (report, turn.menu_button()))


_WHICH_ONE = re.compile(r"\b(?:apa|apaan|mana|which|what)\b")
_YES_NO = re.compile(r"\b(?:udah|udh|sudah|sdh|belum|blm|blom|already|yet|is it|are)\b")
"""Which account asked ("rekening aku apa"), not whether one is linked ("udah nyambung?")."""


def _asks_which(turn: FlowTurn) -> bool:
    lowered = (turn.message.text or "").lower()
    return bool(_WHICH_ONE.search(lowered)) and not _YES_NO.search(lowered)


def _linked_account(turn: FlowTurn, account: PayoutAccountView) -> Outbound:
    """The account on record, masked, and its verification (a failure: why, and the fix)."""
    kind = turn.say("kb.my_payout.kinds." + ("bank" if account.kind == "bank" else "wallet"))
    facts = {"kind": kind, "provider": account.provider_label, "masked": account.masked}
    if account.verification != "failed":
        verified = account.verification == "verified"
        when = long_date(account.updated_at if verified else account.linked_at, turn.lang)
        key = "verified" if verified else "pending"
        if verified and _asks_which(turn):
            key = "which"  # "rekening aku apa": the account, not "Sudah:"
        return turn.reply(f"kb.my_payout.account.{key}", turn.menu_button(), date=when, **facts)
    cause = account.failure_reason or ""
    if not has(f"kb.my_payout.account.reasons.{cause}", turn.lang):
        cause = "unknown"
    said = turn.say(
        "kb.my_payout.account.failed",
        reason=turn.say(f"kb.my_payout.account.reasons.{cause}"),
        fix=turn.say(f"kb.my_payout.account.fixes.{cause}", provider=account.provider_label),
        **facts,
    )
    report = file_complaint(turn, fix_shown="payout_link")
    return Outbound(said[:1].upper() + said[1:], (report, turn.menu_button()))


def recorded_channel(turn: FlowTurn) -> Ask[str | None]:
    """The bank or e-wallet on the linked participant's record, as the complaint's payout
    detail names it ("DANA"): the linked account, else the one the latest payment went to.
    None: not linked, or none on record (or one that is no payout channel)."""
    person = yield from participant(turn)
    if person is None:
        return None
    named = person.payout.provider_label if person.payout is not None else None
    if named is None:
        items: list[IncentiveView] = yield IncentivesQuery(person.id)
        named = next((i.payout_channel for i in reversed(items) if i.payout_channel), None)
    channels = {value.lower(): value for value in ACCEPTED.values()}
    return channels.get(str(named).lower()) if named else None


def _none_key(person: ParticipantView) -> str:
    if person.status in _NO_CARD_YET:
        return "kb.my_payout.not_yet"
    if person.status == "revoked":
        return "kb.my_payout.revoked"
    return "kb.my_payout.none"


__all__ = ["INTENTS", "asks_linked", "failed_link", "linked", "on_record", "recorded_channel"]
