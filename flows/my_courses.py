"""The trainings a participant bought, from their records: which ones ("pelatihan apa aja yg udh
sy beli", "riwayat pelatihan sy", which the NLU reads as a course search) and where their voucher
and redeem codes are ("kode redeemnya mana" right after buying). The codes themselves are never
shown again: they are in the purchase message, the email and the dashboard."""

from __future__ import annotations

import re
from dataclasses import replace

from flows.complaint_topics import file_complaint
from flows.deadline_words import deadline_at
from flows.durations import redeem_window
from flows.formatting import long_date
from flows.last_answer import remember
from flows.messages import Outbound
from flows.my_course_follow_ups import MY_COURSES
from flows.my_course_platforms import asks_platform, platform_of
from flows.my_data import Answer, not_bought, not_linked, own_records, participant
from flows.queries import EnrolmentsQuery
from flows.runtime.machine import FlowTurn
from flows.training_help import REDEEM
from flows.views import EnrolmentView, ParticipantView

INTENTS = ("course_search", "inform", "out_of_scope", "help", "registration_status")
"""The intents a question about one's own trainings is read as ("sertifikat pelatihan yg udh sy
beli mana" is the certificate's question)."""

_COURSE = r"(?:pelatihan|kelas|kursus|training|course)\w*"
_OWN = r"(?:saya|sy|aku|ak|gue|gw|gua|i|my)"
_TAKEN = r"(?:beli|dibeli|ambil|diambil|ikut|ikuti|ikutin|diikuti|diikutin|buy|take|took)"
_BOUGHT = re.compile(
    rf"\b(?:udh|udah|sudah|sdh|dah|pernah|telah|did)\s+(?:{_OWN}\s+)?{_TAKEN}\b"
    rf"|\b(?:yg|yang|that)\s+{_OWN}\s+{_TAKEN}\b|\b(?:bought|purchased|enrolled)\b"
)  # "yg mau sy beli", "yg belum dibeli": a choice still open, not a training bought
_WHICH = re.compile(
    r"\b(?:apa|apaan|mana|list|daftar|lihat|liat|cek|which|what|show|gimana|gmn|gmana|"
    r"bagaimana|status\w*)\b|\byg\s+mana\b"
)
_HISTORY = re.compile(
    rf"\b(?:riwayat|history|histori)\b.{{0,20}}\b(?:{_COURSE}|pembelian|beli|purchases?)\b"
)
_MINE = re.compile(
    rf"\b{_COURSE}(?<=ku)\b|\b{_COURSE}\s+(?:{_OWN}|ku|punya\s*{_OWN}|punyaku)\b"
    r"|\bmy (?:(?:current|present|own) )?(?:courses?|trainings?|class(?:es)?)\b"
)  # "kelas ku yg skrg apa", "what's my current course": their own
_NEW_ONE = re.compile(
    r"\b(?:mau|ingin|pengen|pgn|pingin|cari|nyari|rekomendasi|rekomen|cocok|bagus|bisa|boleh|"
    r"want|recommend\w*|good)\b"
)
"""Words of a search for a training still to buy ("pelatihan apa yg cocok buat saya")."""
_IN_ONE = re.compile(
    r"\b(?:courses?|trainings?|class(?:es)?)\b.{0,20}\b(?:am i|i'?m|i am|have i)\s+"
    r"(?:in|taking|doing|enrolled|signed up|registered|joined|bought|got)\b"
)
"""Which courses the user is in, asked in English ("what courses am I in")."""
_CHECKS = re.compile(r"\b(?:cek|check|lihat|liat|see)\b")
"""Checking one's own ("aku mau cek pelatihan aku"): no search, whatever wish comes with it."""


def asks_my_courses(text: str) -> bool:
    """Which trainings the user has bought (not which to buy)."""
    lowered = text.lower()
    if _HISTORY.search(lowered):
        return True
    which = bool(_WHICH.search(lowered))
    named = _BOUGHT.search(lowered) and re.search(_COURSE, lowered)
    if named and (which or len(lowered.split()) <= 6):  # "kursus yg sudah saya beli"
        return True
    if _IN_ONE.search(lowered):  # "what courses am I in"
        return True
    short = len(lowered.split()) <= 3  # "my courses", "pelatihanku"
    new_one = _NEW_ONE.search(lowered) and not _CHECKS.search(lowered)  # "mau cek pelatihan aku"
    return bool(_MINE.search(lowered)) and (which or short) and not new_one


def listed(turn: FlowTurn) -> Answer:
    """The user's trainings when the message asks which they bought, else None."""
    if not asks_my_courses(turn.message.text or ""):
        return None
    return (yield from my_courses(turn))


def _none_bought(turn: FlowTurn, person: ParticipantView) -> Outbound:
    """No course bought yet; a selected participant is told the deadline to buy the first one
    too (before, only "Kamu belum membeli pelatihan." a day before it: probe p25b)."""
    deadline = person.purchase_deadline
    if person.status != "selected" or deadline is None or deadline <= turn.message.at:
        return not_bought(turn, person, "kb.my_courses_none")
    told = not_bought(turn, person, "kb.my_courses_none")
    buy_by = turn.say("kb.my_courses_buy_by", deadline=deadline_at(deadline, turn.lang))
    return replace(told, text=f"{told.text} {buy_by}")


@own_records
def my_courses(turn: FlowTurn) -> Answer:
    """Title, status and purchase date of each training bought, and where the codes are; the
    platform of each too when the message asks on which it was bought."""
    person = yield from participant(turn)
    if person is None:
        return not_linked(turn)
    enrolments: list[EnrolmentView] = yield EnrolmentsQuery(person.id)
    if not enrolments:
        return [_none_bought(turn, person)]
    where = asks_platform(turn.message.text or "")  # "di platform apa?"
    lines = [turn.say("kb.my_courses_header")]
    for item in enrolments:
        platform = platform_of(item) if where else None
        lines.append(_line(turn, item, platform))
    lines.append(turn.say("kb.my_courses_where"))
    remember(turn, MY_COURSES)  # "beli dimana ya yg pertama" next (``my_course_follow_ups``)
    return [Outbound("\n".join(lines), (turn.menu_button(),))]


def _line(turn: FlowTurn, item: EnrolmentView, platform: str | None = None) -> str:
    status = turn.say(f"enrolment_status.{item.status}")
    date = long_date(item.purchased_at, turn.lang)
    line = turn.say("kb.my_course_line", title=item.title, status=status, date=date)
    return f"{line} {turn.say('kb.my_course_platform', platform=platform)}" if platform else line


_CODE_PROBLEM = re.compile(
    r"gagal|\b(?:ga|gak|gk|nggak|ngga|enggak|tidak|tdk|g)\s*bisa|gabisa|\berror|invalid|"
    r"tidak valid|\bsalah|expired|kadaluarsa|kedaluwarsa|hangus|ditolak|\bfail|n[o']t work"
)
_WHERE = re.compile(
    r"\b(?:mana|mn|dmn|dimana|where|lupa|lihat|liat|cek|hilang|ilang|ketemu|find|forgot|lost)\b"
)


def redeem_codes(turn: FlowTurn) -> Answer:
    """Where a linked participant's codes are ("kode redeemnya mana"); None for a problem with
    a code, a question of how they work, or a chat not linked (the general answer)."""
    lowered = (turn.message.text or "").lower()
    if _CODE_PROBLEM.search(lowered) or not _WHERE.search(lowered):
        return None
    return (yield from _codes_whereabouts(turn))


@own_records
def _codes_whereabouts(turn: FlowTurn) -> Answer:
    person = yield from participant(turn)
    if person is None:
        return None
    enrolments: list[EnrolmentView] = yield EnrolmentsQuery(person.id)
    if not any(item.status != "cancelled" for item in enrolments):
        return [not_bought(turn, person, "kb.redeem_none")]
    window = redeem_window(turn)  # "1 hour", "2 hours"
    remember(turn, REDEEM)  # "kelasnya jam 9, aku masukin jam 7" next: inside the window?
    return [turn.reply("kb.redeem_where", file_complaint(turn), turn.menu_button(), **window)]


__all__ = ["INTENTS", "asks_my_courses", "listed", "my_courses", "redeem_codes"]
