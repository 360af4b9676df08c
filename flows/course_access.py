"""A course bought that will not open ("mn nih gw udh beli kelas tp kok gbs dbuka y", "kelas
yg aku beli ga bisa diakses", "I bought a course but it won't open"): a problem of access at
the digital platform where it was bought (DOMAIN.md "Courses"), answered with generic steps:
open it there with the account (email) it was bought with, the redeem code at the Prakerja
dashboard within its window, the platform's customer service with the invoice number, then a
complaint. The platform is the participant's own when the record has it (the newest course
bought), or the one the message names.

Right after it, a short follow-up is still about that course: "di tokped" (that platform's
steps) and "udh gw cb logout login ttp gbs" (the platform's customer service, not the Prakerja
login's OTP advice). Before, the first message got "which did you mean?", "di tokped" was not
understood and the re-login got the email OTP's steps.

A redeem or voucher code that fails, a webinar's missing link, a certificate and a complaint
asked for outright have their own answers (``flows.redeem_tried``, ``flows.training_help``,
the complaints flow)."""

from __future__ import annotations

import re

from flows import course_platforms as platforms
from flows.complaint_topics import FILES_COMPLAINT, file_complaint
from flows.durations import redeem_window
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.my_data import Answer, participant
from flows.queries import EnrolmentsQuery
from flows.runtime.machine import FlowTurn
from flows.turn import Ask
from flows.views import EnrolmentView

TOPIC = "course_access"
"""``flows.last_answer`` topic of the steps, and of a follow-up's answer."""
PLATFORM = "course_access_platform"
"""``session.profile`` key: the platform a follow-up named ("di tokped")."""
FOLLOW_UP_WORDS = 10
"""A follow-up to the steps is short."""

_COURSE = r"(?:pelatihan|pelatihn|kelas|kls|kursus|training|course|class|materi|modul)\w*"
_OWN = r"(?:saya|sy|aku|ak|gue|gw|gua|ku)"
_BOUGHT = re.compile(
    r"\b(?:udh|udah|uda|sudah|sdh|dah|telah|abis|habis|baru|barusan|pernah)\s+(?:\w+\s+)?"
    r"(?:beli|dibeli|bayar|dibayar|checkout)\b"
    rf"|\b(?:yg|yang)\s+(?:{_OWN}\s+|sudah\s+|udah\s+|udh\s+)?(?:beli|dibeli)\b"
    r"|\b(?:bought|purchased|paid for)\b"
)
_MINE = re.compile(
    rf"\b{_COURSE}(?:(?<=ku)|(?<=nya))\b|\b{_COURSE}\s+{_OWN}\b"
    r"|\bmy (?:courses?|trainings?|class(?:es)?)\b"
)
_NOT = r"(?:ga|gak|gk|g|nggak|ngga|enggak|engga|tidak|tdk|blm|belum|ndak|nda)"
_CANT_OPEN = re.compile(
    rf"(?:\b{_NOT}\s*(?:bisa|bs|bsa)|\bgabisa|\bgbs|\bgabs|\bgakbisa)\s*"
    r"(?:di|d)?\s*(?:buka|bka|akses|masuk|mulai|putar|play|load|tampil|liat|lihat)\w*"
    rf"|\b{_NOT}\s+(?:ke)?(?:buka|kebuka)\b"
    r"|\b(?:can'?t|cannot|can not|unable to|won'?t|doesn'?t|does not|will not)\s+(?:\w+\s+)?"
    r"(?:open|access|load|start|play)\b|\bnot (?:opening|loading)\b"
)
_ELSEWHERE = re.compile(
    r"\b(?:redeem|redem|voucher|vocher|voucer|sertifikat\w*|certificate|insentif\w*|incentive|"
    r"zoom|link|tautan|dashboard|otp|nik|ktp)\b"
)
"""Another problem's words: a code, the webinar's link, the certificate, the Prakerja login."""
_STUCK = re.compile(
    r"\b(?:gabisa|gbs|gabs|gagal|error|eror|sama aja|sama saja|same|not working|"
    r"doesn'?t work|can'?t|cannot|won'?t|log ?out|log ?in|logout|relogin|re-?login|"
    r"keluar masuk|install ulang|reinstall|tried|dicoba|udah coba|udh coba|udh cb|cb)\b"
    r"|\b(?:ga|gak|gk|g|nggak|ngga|tidak|tdk)\s*(?:bisa|bs)\b"
)
"""Still not opening after the steps, tried again ("udh gw cb logout login ttp gbs")."""
_PRAKERJA = re.compile(r"\b(?:prakerja|otp|email|sandi|password|nik|dashboard)\b")
"""The Prakerja account's own login named: its own answer, not the platform's."""


def asks(text: str) -> bool:
    """Whether a course bought is said not to open."""
    lowered = " ".join(text.lower().replace("\u2019", "'").split())
    if not _CANT_OPEN.search(lowered) or not re.search(rf"\b{_COURSE}", lowered):
        return False
    if _ELSEWHERE.search(lowered) or FILES_COMPLAINT.search(lowered):
        return False
    return bool(_BOUGHT.search(lowered) or _MINE.search(lowered) or platforms.named(lowered))


def answer(turn: FlowTurn) -> Answer:
    """The steps, or a follow-up's answer right after them; None: neither."""
    message = turn.message
    if message.payload is not None or turn.session.flow is not None or not message.text:
        return None
    if asks(message.text):
        return (yield from _steps(turn))
    if just_said(turn) == TOPIC:
        return (yield from _followed(turn))
    return None


def _steps(turn: FlowTurn) -> Answer:
    lowered = (turn.message.text or "").lower()
    named = platforms.named(lowered)
    bought = yield from _newest(turn)
    turn.session.profile.pop(PLATFORM, None)
    if named is not None:
        turn.session.profile[PLATFORM] = named.name
    where = _where(turn, named.name if named else None, bought)
    remember(turn, TOPIC)
    report = file_complaint(turn, topic="purchase_redeem")
    text = turn.say("course_access.steps", where=where, **redeem_window(turn))
    return [Outbound(text, (report, turn.menu_button()))]


def _where(turn: FlowTurn, named: str | None, bought: EnrolmentView | None) -> str:
    """Where to open the course: the platform named, the record's, or where it was bought."""
    if named is not None:
        return turn.say("course_access.where_named", platform=named)
    if bought is not None and bought.platform:
        return turn.say("course_access.where_record", platform=bought.platform, title=bought.title)
    return turn.say("course_access.where_unknown")


def _followed(turn: FlowTurn) -> Answer:
    """ "di tokped": that platform; "logout login ttp gbs": the platform's customer service."""
    lowered = " ".join((turn.message.text or "").lower().replace("\u2019", "'").split())
    if len(lowered.split()) > FOLLOW_UP_WORDS or _PRAKERJA.search(lowered):
        return None
    named = platforms.named(lowered)
    if named is None and not _STUCK.search(lowered):
        return None
    bought = yield from _newest(turn)
    if named is not None:
        turn.session.profile[PLATFORM] = named.name
    platform = turn.session.profile.get(PLATFORM) or (bought.platform if bought else None)
    remember(turn, TOPIC)
    report = file_complaint(turn, topic="purchase_redeem")
    buttons = (report, turn.menu_button())
    if named is not None:
        lines = [turn.say("course_access.platform", platform=named.name)]
        if bought is not None and bought.platform and bought.platform != named.name:
            lines.append(
                turn.say(
                    "course_access.record_differs", title=bought.title, platform=bought.platform
                )
            )
        return [Outbound("\n".join(lines), buttons)]
    if platform:
        return [turn.reply("course_access.stuck", *buttons, platform=platform)]
    return [turn.reply("course_access.stuck_unknown", *buttons)]


def _newest(turn: FlowTurn) -> Ask[EnrolmentView | None]:
    """The course the participant bought last (a cancelled one not), if the chat is linked."""
    person = yield from participant(turn)
    if person is None:
        return None
    records: list[EnrolmentView] = yield EnrolmentsQuery(person.id)
    bought = [item for item in records or [] if item.status != "cancelled"]
    return max(bought, key=lambda item: item.purchased_at, default=None)


__all__ = ["TOPIC", "answer", "asks"]
