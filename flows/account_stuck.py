"""The account fix just given did not help ("tetep ga bisa", "link reset ga masuk ke email",
"udh cek spam jg", "padahal bener kok", "udh seharian nunggu", "sinyal bagus kok", "already
checked spam", "what now") right after an account answer (a code not arriving, a forgotten
login, a login error, a take-over): what is left to check, then a complaint or the toll-free
contact centre (DOMAIN.md "Complaints"); said again, straight to staff. Before, the general
account list came back (with "Jawabannya masih sama seperti tadi") without a complaint button,
or "belum paham" with the menu, or "sinyal bagus kok" was out of scope.

``flows.follow_ons`` asks this first for any short message after such an answer."""

from __future__ import annotations

import re

from flows import account_phone
from flows.account_email import VERIFY_EMAIL, resent
from flows.account_help import HIJACKED
from flows.complaint_topics import file_complaint
from flows.last_answer import just_said, remember, said_since
from flows.messages import Outbound
from flows.runtime import controls
from flows.runtime.machine import FlowTurn
from flows.topic_follow_ups import TRIED

STUCK = "account_stuck"
"""The topic ``flows.last_answer`` records after this answer (said again: straight to staff)."""
_TOPICS = {
    "otp_login": "otp_login", "account_recovery": "account_recovery", HIJACKED: HIJACKED,
    VERIFY_EMAIL: VERIFY_EMAIL,
}  # fmt: skip
"""Account answers a "still failing" follows, each with its own text under ``kb.account_stuck``."""
_WITHIN = 3
"""Turns after the account answer a follow-up may come (an aside like the balance between)."""
MAX_WORDS = 14
"""A follow-up is short ("udah coba lupa kata sandi tp link reset ga masuk ke email": 12)."""

_NEG = (
    r"(?:ga|gak|gk|g|nggak|ngga|enggak|engga|tidak|tdk|belum|blm|gbs|gabisa|gakbisa|not|no|"
    r"can'?t|cannot|doesn'?t|didn'?t|isn'?t|won'?t|never)"
)
_FAILING = re.compile(
    rf"\b(?:tetep|tetap|ttp|tetp|masih|msh|still)\b.{{0,20}}\b(?:{_NEG}|error|eror|gagal|salah"
    r"|sama|same|nothing)\b"
    rf"|\b{_NEG}\s+(?:\w+\s+)?(?:masuk|dateng|datang|nyampe|sampai|sampe|muncul|bisa|bs|"
    r"arrive\w*|came|come|work\w*|help\w*)\b"
    r"|\b(?:udah|udh|sudah|sdh|dah|uda|already)\b.{0,25}\b(?:cek|dicek|ngecek|coba|dicoba|nyoba|"
    r"cobain|kirim ulang|dikirim ulang|minta ulang|resend|nunggu|menunggu|tunggu|ditunggu|"
    r"checked|tried|waited|ganti|diganti|reset)\b"
    r"|\b(?:checked|tried|waited|resent)\b|\b\d+\s?(?:x|kali|times)\b"
    r"|\bpadahal\b|\b(?:bener|benar|betul|sesuai)\s+(?:kok|koq|kan|semua)\b"
    r"|\b(?:sinyal|signal)\b|\bseharian\b"
    r"|\b(?:masih|msh|still|it'?s|is|udah|sudah|nomornya|nomor|number)\s+(?:\w+\s+)?"
    r"(?:aktif|active)\b|\baktif\s+(?:kok|koq|kq)\b"  # "nomor aktif kok", "it's active"
    r"|\b(?:udah|udh|sudah|sdh|dah|uda|already|been)\s+(?:\w+\s+)?\d+\s*(?:jam|menit|hari|"
    r"minggu|hours?|minutes?|days?|weeks?)\b"  # "udah 2 jam"
    r"|^(?:\w+\s+)?(?:pake|pakai|pakek|using|use|it'?s|emailnya|email)\s+(?:\w+\s+)?(?:gmail|yahoo|"
    r"outlook|hotmail|ymail|icloud)\b"  # "pake gmail": the inbox named
    r"|^(?:(?:terus|trus|trs|lalu|jadi|jd|so|and)\s+)?(?:gimana|gmn|gmna|bagaimana|now what|"
    r"what now|then what|what should i do)(?:\s+(?:lagi|dong|nih|ya|kak|min|sekarang))*\W*$"
)
"""The fix tried and still failing, or what now."""
_OWN = re.compile(rf"{TRIED.pattern}|\b(?:kalo|kalau|klo|kl|if)\b")
"""Right after the OTP fix, its own follow-ups answer these (``flows.follow_ons``)."""
_OTHER_TOPIC = frozenset({
    "training_balance", "incentive_status", "course_search", "wave_schedule", "certificate",
    "payment_account", "check_eligibility", "register", "benefits_info", "program_info",
    "complaint_status", "delete_my_data", "redeem_code", "thanks",
})  # fmt: skip
"""Intents that, read with confidence, are another question ("udh cek saldo, brp ya")."""


def _topic(turn: FlowTurn) -> str | None:
    """The account answer this message may follow, when it was the last remembered one (or
    this module's own answer right after it)."""
    for topic in (STUCK, *_TOPICS):
        later = said_since(turn, topic, _WITHIN)
        if later is not None and not later:
            return topic
    return None


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """What is left to check and the complaint, for "tetep ga bisa" after an account answer;
    else None."""
    message = turn.message
    text = " ".join((message.text or "").lower().split())
    if message.payload is not None or not text or len(text.split()) > MAX_WORDS:
        return None
    topic = _topic(turn)
    if topic is None or not _FAILING.search(text) or account_phone.phone_changed(message):
        return None  # "no hp ku udh ganti": the number changed, no fix failed
    if message.intent in _OTHER_TOPIC and message.confidence >= controls.CLEAR_REQUEST:
        return None
    if topic == VERIFY_EMAIL and just_said(turn) == topic and resent(text):
        return None  # "udh kirim ulang 5x" right after the verification answer: the wait
    if topic == "otp_login" and just_said(turn) == topic and _OWN.search(text):
        return None  # "udah cek spam juga", "kalo ga bisa gmn" right after the OTP fix: its limits
    contact = turn.ctx.programme.contact_centre
    person = turn.button("common.talk_to_person", controls.HUMAN)
    if topic == STUCK:  # said again: straight to staff, in other words the third time
        shown = str(turn.session.profile.get(_SHOWN) or "otp_login")
        report = file_complaint(turn, topic=_complaint_topic(shown))
        times = int(turn.session.profile.get(_TIMES) or 1) + 1
        turn.session.profile[_TIMES] = times
        remember(turn, STUCK)
        key = "kb.account_stuck.again" if times == 2 else "kb.account_stuck.last"
        return [
            Outbound(turn.say(key, contact_centre=contact), (report, person, turn.menu_button()))
        ]
    turn.session.profile[_SHOWN], turn.session.profile[_TIMES] = topic, 1
    remember(turn, STUCK)
    report = file_complaint(turn, topic=_complaint_topic(topic))
    said = turn.say(f"kb.account_stuck.{topic}", contact_centre=contact)
    return [Outbound(said, (report, person, turn.menu_button()))]


_TRIED_FIX = re.compile(
    r"\b(?:udah|udh|sudah|sdh|dah|uda|already)\b.{0,25}\b(?:coba|dicoba|nyoba|cobain|tried|reset"
    r"|lupa (?:kata )?sandi|lupa password|forgot password)\b"
)
"""The fix itself named as tried: "udah coba lupa kata sandi tp link reset ga masuk"."""


def tried(turn: FlowTurn) -> list[Outbound] | None:
    """ "udah coba lupa kata sandi tp link reset ga masuk ke email" right after an account
    answer: what is left to check for that fix (before a plain complaint, whose category the
    words "link" or "email" would pick); else None."""
    if not _TRIED_FIX.search(" ".join((turn.message.text or "").lower().split())):
        return None
    return answer(turn)


_SHOWN = "account_stuck_topic"
"""``session.profile`` key: the account answer the first "still failing" followed."""
_TIMES = "account_stuck_times"
"""``session.profile`` key: how many "still failing" messages in a row were answered."""


def _complaint_topic(topic: str) -> str:
    return {HIJACKED: "account_recovery", VERIFY_EMAIL: "otp_login"}.get(topic, topic)


__all__ = ["STUCK", "answer", "tried"]
