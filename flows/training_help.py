"""Questions about taking a training, answered from the FAQ facts instead of starting a course
search or missing: the difference between the modes ("apa bedanya webinar sama self paced"),
changing a training already bought ("bisa ganti pelatihan yang udah dibeli?"), where a
webinar's link is ("link zoom webinar nya mana") and where one's schedule and progress are
("jadwal webinar ku kapan", "pelatihan ku udh sampe mana": the platform it was bought on, not
incentive schedules or complaint tickets). Typed outside a flow, a question about one's live class
is read first, whatever its intent, by ``flows.live_class``."""

from __future__ import annotations

import re

from flows.complaint_topics import file_complaint
from flows.durations import redeem_window
from flows.last_answer import remember
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

REDEEM = "redeem"
LIVE_CLASS = "live_class"
"""Topics (``flows.last_answer``) of an answer on the redeem code and on one's live class: a
short follow-up after them ("kelas aku jam 19.00", "bisa minta kode baru?") is about the class
(``flows.live_class``)."""

INTENTS = (
    "inform", "course_search", "redeem_code", "help", "out_of_scope", "training_balance",
    "certificate", "complaint",
)  # fmt: skip
"""The intents such a message is read as. A complaint stays a complaint, but for a webinar's
link that is missing ("link zoom ga ada"): where it is first, the complaint one tap away."""

_MODE = r"(?:webinar|self.?paced|mandiri|luring|offline|daring|online|tatap muka)"
_MODES_DIFFER = re.compile(
    rf"\b(?:beda\w*|perbedaan|difference|versus|vs)\b.{{0,40}}{_MODE}|{_MODE}.{{0,40}}"
    r"\b(?:beda\w*|bedanya|difference)\b"
)
_COURSE = r"(?:pelatihan|kelas|kursus|training|course)\w*"
_BOUGHT = (
    r"(?<!belum )(?<!blm )(?<!not )(?:dibeli|udah beli|sudah beli|udh beli|terbeli|bought|"
    r"purchased)"
)  # "sebelum dibeli" / "belum dibeli" is a choice still open, not a training bought
_CHANGE_BOUGHT = re.compile(
    rf"\b(?:ganti|tukar|batal\w*|refund|cancel)\b.{{0,40}}{_COURSE}.{{0,40}}{_BOUGHT}"
    rf"|{_COURSE}.{{0,40}}{_BOUGHT}.{{0,40}}\b(?:ganti|tukar|batal\w*|refund|cancel)"
    rf"|\b(?:salah|keliru|ga sengaja|gak sengaja|tidak sengaja) (?:beli|pilih|membeli)\b"
    rf"|\b(?:beli|membeli|bought)\b.{{0,30}}\b(?:yg|yang|the) (?:salah|keliru|wrong)\b"
    rf"|\brefund\w*\b.{{0,40}}{_COURSE}|{_COURSE}.{{0,40}}\brefund"
    rf"|\b(?:berhenti|mundur|keluar dari|quit|stop)\b(?: (?:ikut|dari|from|the|my))*"
    rf" {_COURSE}"
)  # "mau berhenti ikut pelatihan, kelasnya ga cocok": a course bought cannot be left for another
_CODES_DIFFER = re.compile(
    r"\b(?:beda\w*|perbedaan|difference|differ\w*|versus|vs|sama (?:ga|gak|nggak|aja|saja))\b"
    r".{0,60}\bredeem|\bredeem\b.{0,60}\b(?:beda\w*|perbedaan|difference|differ\w*)\b"
)
"""The voucher code and the redeem code told apart ("bedanya kode voucher sm kode redeem apa")."""
_VOUCHER = re.compile(r"\bvoucher|\bvocher|\bvoucer")
_WEBINAR_LINK = re.compile(
    r"\b(?:link|tautan|zoom|gmeet|google meet)\b.{0,40}\b(?:webinar|kelas|pelatihan|zoom)"
    r"|\bwebinar\w*\b.{0,40}\b(?:link|tautan|zoom)\b"
)


def answer(turn: FlowTurn) -> list[Outbound] | None:
    lowered = (turn.message.text or "").lower()
    if turn.message.intent == "complaint":
        return webinar_link(turn) if _WEBINAR_LINK.search(lowered) else None
    if _CODES_DIFFER.search(lowered) and _VOUCHER.search(lowered):
        window = redeem_window(turn)
        remember(turn, REDEEM)
        return [turn.reply("kb.voucher_vs_redeem", turn.menu_button(), **window)]
    if _MODES_DIFFER.search(lowered):
        search = turn.button("menu.courses", "flow:course_choice")
        return [turn.reply("kb.training_modes", search, turn.menu_button())]
    if _CHANGE_BOUGHT.search(lowered):
        report = file_complaint(turn)
        return [turn.reply("kb.training_change", report, turn.menu_button())]
    if _WEBINAR_LINK.search(lowered):
        return webinar_link(turn)
    return None


def webinar_link(turn: FlowTurn) -> list[Outbound]:
    """Where a webinar's link is, with a complaint about the provider as the fallback."""
    report = file_complaint(turn, topic="provider")
    remember(turn, LIVE_CLASS)
    return [turn.reply("kb.webinar_link", report, turn.menu_button(), **redeem_window(turn))]


PROGRESS_INTENTS = ("incentive_status", "complaint_status", "wave_schedule", "course_search",
                    "registration_status", "out_of_scope", "help", "inform")  # fmt: skip
"""The intents a question about one's own schedule or progress is read as."""

_OWN = r"(?:ku|saya|sy|aku|ak|gue|gw|my)"
_LIVE = r"(?:webinar|sesi|zoom)\w*"
_MY_COURSE = rf"(?:{_COURSE}|belajar)\s*{_OWN}\b|\bmy (?:training|course|class)\w*"
_SCHEDULE = re.compile(
    rf"\b(?:jadwal|jdwl|schedule)\w*\b.{{0,30}}(?:{_LIVE}|{_MY_COURSE})"
    rf"|(?:{_LIVE}|{_MY_COURSE}).{{0,30}}\b(?:jadwal\w*|kapan|kpn|jam berapa|mulai|dimulai|"
    r"schedule\w*|when)\b"
)
_PROGRESS = re.compile(
    rf"(?:{_COURSE}|belajar)\s*{_OWN}?\b.{{0,25}}\b(?:sampai|sampe|smpe|smp|nyampe)\s+"
    rf"(?:mana|mn|dmn)\b|\b(?:progres|progress)\w*\b.{{0,25}}(?:{_COURSE}|belajar)"
    rf"|(?:{_COURSE}|belajar).{{0,25}}\b(?:progres|progress)"
)
_ELSEWHERE = re.compile(
    r"\b(?:beli|dibeli|membeli|buy|gelombang|gel|dibuka|buka|daftar|insentif|pengumuman|"
    r"sertifikat|pengaduan|aduan|tiket|lapor\w*|redeem|link|tautan|incentive|wave|ticket)\b"
)
"""Words of another question about a date: a purchase deadline, a wave, an incentive, a
ticket; or of the webinar's link (its own answer)."""


def progress(turn: FlowTurn) -> list[Outbound] | None:
    """Where the schedule and progress of one's training are: the platform it was bought on."""
    lowered = (turn.message.text or "").lower()
    if _ELSEWHERE.search(lowered):
        return None
    if not (_SCHEDULE.search(lowered) or _PROGRESS.search(lowered)):
        return None
    return [turn.reply("kb.training_progress", turn.menu_button())]
