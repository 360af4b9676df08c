"""Short follow-ups right after an answer with a fix or a next step (``flows.follow_ons``),
read against that answer rather than as whatever the NLU reads them as:

- after a failed payment's cause and fix (``my_incentives.why_failed``): "caranya gmn?",
  "trs aku harus ngapain" repeat the cause and its fix; "udah 2 bulan blm masuk" says that a
  failed payment never arrives by waiting and offers the complaint with that story attached;
- "knp gagal?" after the redeem-code answer: why a redeem code fails (mostly its window);
- "trs aku harus ngapain" after the first purchase deadline: buy the first course in time;
- "udah cek spam juga", "udah 5x kirim ulang" after the login OTP fix: the resend limit and
  its wait, then a complaint (``flows.follow_ons``' entry).

Which answer came just before is ``flows.last_answer``."""

from __future__ import annotations

import re

from flows import my_incentives, otp_sms_help, payout_help, voucher_code
from flows.complaint_topics import file_complaint
from flows.durations import redeem_window
from flows.follow_up_answers import WAITED, FollowUp, either, now
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.purchase_days import DEADLINE_TOPIC
from flows.runtime.machine import FlowTurn
from flows.training_help import REDEEM
from flows.turn import Ask

INCENTIVE_FAILED = "incentive_failed"
"""Topic ``flows.last_answer`` records after a schedule with a failed payment."""

WHY = re.compile(
    r"\b(?:kenapa|knp|napa|mengapa|why|alasan\w*|penyebab\w*|sebab\w*|kok bisa|how come)\b"
)
"""Why it went wrong: "knp gagal?", "kenapa ga bisa?"."""
_REFUSED = re.compile(
    r"\b(?:tidak|tdk|ga|gak|gk|nggak|ngga|enggak) (?:valid|berlaku|bisa|bs|diterima|masuk)\b"
    r"|\b(?:invalid|not valid|gagal|error|eror|ditolak|expired|kadaluarsa|kedaluwarsa|"
    r"doesn'?t work|not working|rejected)\b"
)
"""The code refused again in other words: "katanya kode tidak valid", "masih error"."""
WHAT_NOW = re.compile(
    r"\b(?:ngapain|harus apa|hrs apa|what (?:do|should|can) i do|what now|now what|what next)\b"
    r"|^\W*(?:(?:terus|trus|trs|lalu|(?:kalo|klo|kalau|kl) (?:gitu|gt|begitu|gtu)|jadi|jd|"
    r"berarti|brarti)\W+)?(?:cara\s?nya|gimana|gmn|gmna|bagaimana|how)"
    r"(?:\W+(?:gimana|gmn|gmna|bagaimana|apa))?\W*$"
    r"|^\W*(?:(?:ok|oke|okay|okey|sip|oh|hmm|iya|ya)\W+)?(?:and then|then what|so what now|"
    r"terus|trus|trs|truss|lalu|abis itu|abis tu|habis itu|setelah itu|trus apa|terus apa)\W*$"
)
"""What to do now, the answer's own topic not named again: "trs aku harus ngapain",
"caranya gmn?", "kalo gitu gmn", "what should I do", "ok and then?", "trs?"."""
_FAILED_FIX = re.compile(
    r"\b(?:kenapa|knp|napa|mengapa|why|alasan\w*|penyebab\w*|sebab\w*|gagal\w*|failed|reason|"
    r"fix\w*|benerin\w*|dibenerin|perbaiki\w*|memperbaiki|diperbaiki|atasi\w*|mengatasi|"
    r"ngatasin\w*|solusi\w*|solve|caranya|gimana|gmn|gmna|bagaimana|how|kapan|kpn|when|"
    r"reschedul\w*|retr(?:y|ied))\b"
    r"|\b(?:di)?jadwal\w*\s+ulang\b|\bcair\w* lagi\b|\bdikirim ulang\b"
    r"|\bre-?(?:sen[dt]|pa(?:y|id)|transfer)\w*"
    r"|\b(?:sen[dt]|pa(?:y|id)|transferred)\s+(?:it\s+)?again\b"
    r"|\b(?:di)?(?:kirim|transfer|bayar)\w*\s+(?:lagi|lg)\b|\bdi(?:transfer|bayar)\w*\s+ulang\b"
)
"""Why a payment failed, how to fix it, when it is paid again (``follow_ons``' earlier words;
"will it be resent?", "dikirim lagi?")."""
_RESEND_WHEN = re.compile(
    r"\b(?:kapan|kpn|when|how long|how soon|berapa lama|brp lama|brp hari|berapa hari|"
    r"sampai kapan|until)\b"
)
"""When the failed payment goes again ("nanti dikirim ulang kapan", "how long until it's
resent"): no date is promised, only how it gets rescheduled."""
_UPGRADE_MEANING = re.compile(
    r"\b(?:upgrade\w*|upgrd|kyc|premium)\b.{0,25}\b(?:arti\w*|maksud\w*|mean\w*|apa(?:an)?|"
    r"what)\b|\b(?:arti\w*|maksud\w*|mean\w*|apa(?:an)?|what)\b.{0,25}\b(?:upgrade\w*|upgrd|"
    r"kyc|premium)\b"
)
"""What the cause's "upgrade" (KYC, premium) means: "what does upgrade mean", "upgrade itu
apa"."""


def failed_again(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """The failed payment's cause and fix, once more; the next short follow-up ("caranya
    gmn?" after "knp gagal?") is still about it. A fix said done ("udh aku upgrade gopay nya,
    trs gmn?") or a payout question is the payout answer's (``flows.payout_help``)."""
    asks_why = WHY.search((turn.message.text or "").lower())
    payout = None if asks_why else payout_help.answer(turn)  # not "knp gagal ke dana?"
    if payout is not None:
        return payout
    replies = yield from my_incentives.why_failed(turn)
    if replies is not None:
        remember(turn, INCENTIVE_FAILED)
    return replies


def resend_when(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """ "how long until it's resent" after a failed payment: no date promised, staff
    reschedule it after a complaint, then the cause and its fix again (before: only the cause
    and fix, or, after a turn in between, the programme's description in English)."""
    again = yield from failed_again(turn)
    if again is None or not _RESEND_WHEN.search((turn.message.text or "").lower()):
        return again
    return [Outbound(turn.say("kb.incentive_resend_when")), *again]


def upgrade_meaning(turn: FlowTurn) -> list[Outbound] | None:
    """ "what does upgrade mean" right after a payment failed for a wallet not upgraded: what
    the upgrade (KYC, premium) is and how, as "upgrade dana gmn" gets (before: the status
    glossary and the schedule again); the failed payment stays the topic."""
    text = " ".join((turn.message.text or "").lower().split())
    if turn.message.payload is not None or len(text.split()) > MEANING_MAX_WORDS:
        return None
    if just_said(turn) != INCENTIVE_FAILED or not _UPGRADE_MEANING.search(text):
        return None
    remember(turn, INCENTIVE_FAILED)
    report = turn.button("complaints.file", "flow:complaints")
    return [turn.reply("kb.payout_upgrade_meaning", report, turn.menu_button())]


MEANING_MAX_WORDS = 8


def failed_waited(turn: FlowTurn) -> list[Outbound]:
    """ "udah 2 bulan blm masuk" after a failed payment: it never arrives by waiting; the
    complaint that has it scheduled again. The complaint offered by the answer before stays
    the one offered, so that its story is what was told since that answer
    (``flows.complaint_context``, ``flows.incentive_story.told_in``)."""
    remember(turn, INCENTIVE_FAILED)
    report = turn.button("complaints.file", "flow:complaints")
    body = f"{turn.say('kb.incentive_failed_waited')} {turn.say('complaints.waited.carried')}"
    return [Outbound(body, (report, turn.menu_button()))]


def redeem_why(turn: FlowTurn) -> list[Outbound]:
    """ "knp gagal?" after the redeem-code answer: why a redeem code fails, and what then (the
    voucher code's checks when that is the one named failing)."""
    voucher = voucher_code.answer(turn)  # "bukan itu maksudku, kode voucher nya yg error"
    if voucher is not None:
        return voucher
    remember(turn, REDEEM)
    report = file_complaint(turn, fix_shown="purchase_redeem")
    return [turn.reply("kb.redeem_why", report, turn.menu_button(), **redeem_window(turn))]


def deadline_next(turn: FlowTurn) -> list[Outbound]:
    """ "trs aku harus ngapain" after the first purchase deadline: buy the first course in
    time, then finish and rate it."""
    search = turn.button("menu.courses", "flow:course_choice")
    return [turn.reply("kb.purchase_deadline_next_step", search, turn.menu_button())]


TRIED = re.compile(
    r"\b(?:udah|udh|sudah|sdh|dah|already)\b.{0,25}\b(?:cek|dicek|ngecek|coba|dicoba|nyoba|"
    r"kirim ulang|dikirim ulang|minta ulang|resend|checked|tried)\b"
    r"|\b(?:checked|tried|resent)\b.{0,25}\balready\b|\b\d+\s?(?:x|kali|times)\b"
)
"""The fix tried already: "udah cek spam juga", "udah 5x kirim ulang", "already checked spam",
"I checked spam already"."""


def otp_tried(turn: FlowTurn) -> list[Outbound]:
    """ "udah cek spam juga" after the OTP fix: the resend limit and its wait, then a
    complaint naming the email address; after the SMS checks, the SMS code's own."""
    if otp_sms_help.after_sms(turn):
        return otp_sms_help.tried(turn)
    remember(turn, "otp_login")  # "brp lama nunggunya" next: still the code's wait
    report = file_complaint(turn, topic="otp_login")
    return [turn.reply("kb.otp_tried", report, turn.menu_button())]


FOLLOW_UPS: dict[str, FollowUp] = {
    INCENTIVE_FAILED: either(
        (WAITED, now(failed_waited)),
        (_FAILED_FIX, resend_when),
        (WHAT_NOW, failed_again),
    ),
    REDEEM: either((WHY, now(redeem_why)), (_REFUSED, now(redeem_why))),
    DEADLINE_TOPIC: (WHAT_NOW, now(deadline_next)),
}
"""Entries of ``flows.follow_ons.FOLLOW_UPS``."""


__all__ = [
    "FOLLOW_UPS",
    "INCENTIVE_FAILED",
    "TRIED",
    "WHAT_NOW",
    "WHY",
    "otp_tried",
    "upgrade_meaning",
]
