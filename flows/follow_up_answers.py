"""More short follow-ups right after an answer (``flows.follow_ons``): "alasannya apa" after
the not-selected answer (the reasons the dashboard may show) and "terus aku harus ngapain?"
there (the next wave), "lama ga?" after what "Dalam Pengecekan" means (no published
duration: when to complain), "udh 2 minggu" after when an
incentive arrives (past 7×24 hours: a complaint, with "udh 2 minggu blm cair ke dana" as its
story; else wait) and "brp lama lg" after it (no date promised: when to complain), "brp lama
lg" or "udh 10 hari kerja" after a schedule already past 7×24 hours (no more waiting: a
complaint), "kalo ga kasih gmn" after the
rating answer (no incentive schedule) and "wajib ga" there (yes), "kalo ga ngisi?" after the
survey answer (no survey incentive) and "kalo beda KK?" after the eligibility check's
family-card quota (it counts per card)."""

from __future__ import annotations

import re
from collections.abc import Callable

from flows import (
    eligibility_kk,
    kk_quota_relatives,
    my_selection,
    nik_taken_follow_ups,
    not_selected_data,
    wave_time_left,
)
from flows.complaint_story import masked
from flows.complaint_topics import file_complaint
from flows.incentive_story import reading, tells_wait
from flows.last_answer import remember
from flows.messages import Button, Outbound
from flows.runtime.machine import FlowTurn
from flows.turn import Ask
from flows.waiting import says_waited_too_long, waited_days

Answer = Ask[list[Outbound] | None]
FollowUp = tuple[re.Pattern[str], Callable[[FlowTurn], Answer]]

NOT_SELECTED = "not_selected"
"""Topics ``flows.last_answer`` records: why one is not selected, in general."""
INCENTIVE_CHECKING = "incentive_checking"
"""What the "Dalam Pengecekan" status means."""
INCENTIVE_TIMING = "incentive_timing"
"""When an incentive not received yet usually arrives."""
INCENTIVE_OVERDUE = "incentive_overdue"
"""A schedule with a payment more than 7×24 hours past its date, not paid."""
RATING = "rating"
"""That the first course's rating is required."""
NEXT_WAVE = wave_time_left.NEXT_WAVE
"""A participant not selected was told to join the next wave (``flows.wave_join``)."""

_NOT = r"(?:ga|gak|gk|g|nggak|ngga|enggak|engga|tidak|tdk|tak|don'?t|do not|not|never)"
IF_NOT = re.compile(
    rf"\b(?:kalo|kalau|klo|kl|kalu|if|what if)\b.{{0,20}}\b{_NOT}\b"
    rf"|\b{_NOT}\s+(?:di|ng|me|mem|ber)?(?:kasih|isi|rating|rate|review|ulas\w*|fill\w*|give|"
    r"do|mau|sempat|sempet)\b|\b(?:skip|lewati|dilewati)\b"
)
"""Not doing it: "kalo ga kasih gmn", "kalo ga ngisi?", "if I don't?", "ga isi gpp?"."""
HOW_LONG = re.compile(
    r"\blama\w*\b|\b(?:berapa|brp|brapa) (?:hari|jam|minggu)\b|\b(?:kapan|kpn)\b|\bhow long\b"
    r"|\bwhen\b"
)
"""How long it takes: "lama ga?", "brp hari?", "kapan selesai?"."""
WAITED = re.compile(
    r"\b(?:\d{1,3}|satu|dua|tiga|empat|lima|enam|tujuh|a|an|one|two|three|four|five|six|seven)"
    r"\s*(?:hari|hr|minggu|mg|pekan|bulan|bln|days?|weeks?|months?)\b(?!\s+(?:lagi|later))"
    r"|\bse(?:hari|minggu|pekan|bulan)\b|\bber(?:hari|minggu|bulan)"
)
"""A wait stated: "udh 2 minggu", "it's been 2 weeks", "sebulan"."""


def either(*follow_ups: FollowUp) -> FollowUp:
    """One entry for a topic whose answer may be followed by different questions: the first
    whose pattern matches answers."""
    pattern = re.compile("|".join(f"(?:{p.pattern})" for p, _ in follow_ups))

    def answer(turn: FlowTurn) -> Answer:
        text = (turn.message.text or "").lower()
        for words, answered in follow_ups:
            if words.search(text):
                return (yield from answered(turn))
        return None

    return pattern, answer


def now(answer: Callable[[FlowTurn], list[Outbound] | None]) -> Callable[[FlowTurn], Answer]:
    """An answer that needs no records, as a follow-up's step."""

    def asked(turn: FlowTurn) -> Answer:
        return answer(turn)
        yield

    return asked


def not_selected_reasons(turn: FlowTurn) -> list[Outbound]:
    """ "alasannya apa" after the not-selected answer: the reasons the dashboard may show."""
    facts = turn.ctx.programme.facts()
    return [turn.reply("kb.not_selected_reasons", turn.menu_button(), **facts)]


RANDOM = re.compile(
    r"\bfirst come\b|\bsiapa (?:cepat|cepet|duluan)\b|\b(?:cepat|cepet)[- ]?(?:cepatan|cepetan|2an)"
    r"\b|\b(?:yang|yg) (?:duluan|daftar duluan|cepat|cepet)\b|\borang dalam\b|\bordal\b|"
    r"\binsider\b|\b(?:temen|teman|tmn|kenalan|tetangga|saudara|sodara|adik|kakak|friend|others?)"
    r"\w*\b.{0,30}\b(?:lolos|keterima|diterima|selected|got in)\b"
)
"""How selection goes: "jd ga first come first serve?", "ada orang dalam ya", "kok bisa,
temen sy sekali lgsg lolos"."""


AUTOMATIC = re.compile(
    r"\b(?:otomatis\w*|automatic\w*|auto|sendirinya|by itself)\b"
    r"|\b(?:langsung|lgsg|lgs)\s+(?:ikut|masuk|kedaftar|terdaftar)\b"
    r"|\b(?:harus|hrs|perlu|musti|mesti|need to|have to)\s+(?:daftar|gabung|join|apply|klik)\w*"
    r"(?:\s+\w+)?\s+(?:lagi|lg|ulang|again)\b"
)
"""Whether the next wave is joined by itself: "otomatis ikut ga?", "harus daftar lagi?"."""


QUOTA = re.compile(r"\b(?:kuota\w*|quota\w*|penuh)\b")
"""What a full quota means, after the not-selected answer: "maksudnya kuota penuh gmn"."""
REREGISTER = re.compile(
    r"\b(?:daftar|register|registrasi|sign up)\w*\s+(?:\w+\s+)?(?:ulang|dari awal|from scratch)\b"
    r"|\b(?:bikin|buat|make)\s+akun\s+(?:\w+\s+)?(?:lagi|lg|baru|ulang|again)\b"
)
"""Registering all over again: "trs aku hrs daftar ulang dari awal?", "bikin akun baru lagi?"."""


REALLY_RANDOM = re.compile(r"\b(?:acak|random\w*|diacak|undian|diundi)\b")
"""Whether the selection is really at random: "beneran acak?", "emang random?"."""


def really_random(turn: FlowTurn) -> list[Outbound]:
    """Yes: eligible applicants are filtered (NIK/KK at Dukcapil, excluded groups), then picked
    at random to the quota, with no person choosing (reference/prakerja_faq_facts.yml
    ``seleksi-cepat-daftar``); "trs gmn biar lolos" next: still the selection."""
    remember(turn, NOT_SELECTED)
    return [turn.reply("wave_join.really_random", turn.menu_button())]


def join_next_key(turn: FlowTurn) -> str:
    """The answer to joining again after not being selected: "hrs daftar ulang dari awal?" is
    told no new registration is needed; "bisa ikut lagi?" yes, the next wave."""
    redo = REREGISTER.search((turn.message.text or "").lower())
    return "wave_join.no_reregister" if redo else "registration_help.join_next"


def quota_full(turn: FlowTurn) -> list[Outbound]:
    """What "kuota penuh" means: more eligible applicants than places, picked at random (DOMAIN.md
    "Eligibility"); not ineligible; the next wave. "harus daftar ulang?" next: still this."""
    remember(turn, NOT_SELECTED)
    return [turn.reply("wave_join.quota_full", turn.menu_button())]


def no_reregister(turn: FlowTurn) -> list[Outbound]:
    """No new registration after not being selected: the account and data stay; "Gabung
    Gelombang" when the next wave opens (reference/prakerja_faq_facts.yml, waves)."""
    return [turn.reply("wave_join.no_reregister", turn.menu_button())]


def not_automatic(turn: FlowTurn) -> list[Outbound]:
    """ "otomatis ikut ga?" after being told to join the next wave: no, "Gabung Gelombang" in
    the dashboard when it opens (DOMAIN.md "Registration steps")."""
    return [turn.reply("wave_join.not_automatic", turn.menu_button())]


def random_selection(turn: FlowTurn) -> list[Outbound]:
    """How selection goes, asked after the not-selected answer: at random among eligible
    applicants (DOMAIN.md "Eligibility"), no insider can arrange it; the next wave."""
    return [turn.reply("wave_join.random_selection", turn.menu_button())]


def checking_how_long(turn: FlowTurn) -> list[Outbound]:
    """ "lama ga?" after "Dalam Pengecekan": no duration is published; when to complain."""
    report = file_complaint(turn, fix_shown="incentive")
    facts = turn.ctx.programme.facts()
    return [turn.reply("kb.incentive_checking_how_long", report, turn.menu_button(), **facts)]


def incentive_waited(turn: FlowTurn) -> list[Outbound] | None:
    """ "udh 2 minggu" after when an incentive arrives: past the 7×24 hours, a complaint;
    else how long it usually takes. None when no wait is said."""
    message = turn.message
    if waited_days(message.text or "", message.entity("date"), message.at.date()) is None:
        return None
    facts = turn.ctx.programme.facts()
    if says_waited_too_long(message, turn.ctx.programme.incentive_support_after_hours):
        if tells_wait(message):  # "udh 2 minggu blm cair ke dana": the story goes with it
            story = masked(message.text or "")
            report = file_complaint(turn, fix_shown="incentive", story=story)
            return [reading(turn, "complaints.waited.carried", report, turn.menu_button())]
        return [overdue(turn, file_complaint(turn, fix_shown="incentive"), turn.menu_button())]
    return [turn.reply("kb.incentive_wait_more", turn.menu_button(), **facts)]


def overdue(turn: FlowTurn, *buttons: Button) -> Outbound:
    """Past 7×24 hours and not arrived: a complaint; a chat not linked is told that linking
    shows the schedule (a linked one is not told to link)."""
    said = turn.say("kb.incentive_overdue", **turn.ctx.programme.facts())
    if turn.session.participant_id is None:
        said += " " + turn.say("kb.incentive_overdue_unlinked")
    return Outbound(said, buttons)


def incentive_how_long(turn: FlowTurn) -> list[Outbound]:
    """ "brp lama lg" after when an incentive arrives: no date is promised; when to complain."""
    remember(turn, INCENTIVE_TIMING)  # "udh 2 minggu" next: complain or wait
    facts = turn.ctx.programme.facts()
    return [turn.reply("kb.incentive_how_long", turn.menu_button(), **facts)]


def overdue_asked(turn: FlowTurn) -> list[Outbound]:
    """ "brp lama lg" after a schedule past 7×24 hours: no date promised, no more waiting; a
    complaint so that staff check the payment."""
    remember(turn, INCENTIVE_OVERDUE)  # "udh 10 hari kerja" next: a complaint all the same
    report = file_complaint(turn, fix_shown="incentive")
    return [turn.reply("kb.incentive_overdue_wait", report, turn.menu_button())]


def overdue_waited(turn: FlowTurn) -> list[Outbound]:
    """ "udh 10 hari kerja" after a schedule past 7×24 hours: wait no longer, complain now."""
    remember(turn, INCENTIVE_OVERDUE)
    report = file_complaint(turn, fix_shown="incentive")
    return [turn.reply("kb.incentive_overdue_waited", report, turn.menu_button())]


def rating_skipped(turn: FlowTurn) -> list[Outbound]:
    """ "kalo ga kasih gmn" after the rating answer: no incentive schedule without it."""
    return [turn.reply("kb.rating_skipped", turn.menu_button())]


RATING_REQUIRED = re.compile(
    r"^(?!.*\b(?:rating|rate|ulasan|review|bintang|stars?)\b).*\b(?:wajib|harus|hrs|mesti|musti|"
    r"perlu|required|mandatory|compulsory|must|have to|need to)\b"
)
"""Whether it is required, the rating not named again: "wajib ga", "is it mandatory?" ("do I
have to give a rating?" is a question of its own: ``flows.rating_help``)."""


def rating_required(turn: FlowTurn) -> list[Outbound]:
    """ "wajib ga" after the rating answer: yes, before the incentive is scheduled."""
    remember(turn, RATING)  # "kalo ga kasih ulasan gmn" next: no incentive schedule
    return [turn.reply("kb.rating_required", turn.menu_button())]


def survey_skipped(turn: FlowTurn) -> list[Outbound]:
    """ "kalo ga ngisi?" after the survey answer: no survey incentive without it."""
    return [turn.reply("kb.survey_skipped", turn.menu_button(), **turn.ctx.programme.facts())]


FOLLOW_UPS: dict[str, FollowUp] = {
    NOT_SELECTED: either(  # "apa ada yg salah sama data aku?": data may be why, or the quota
        (kk_quota_relatives.ON_CARD, now(kk_quota_relatives.answer)),  # "istriku satu kk"
        (my_selection.NEXT, my_selection.next_wave),  # "terus aku harus ngapain?": the next wave
        (RANDOM, now(random_selection)),  # "jd ga first come first serve?": at random
        (REALLY_RANDOM, now(really_random)),  # "beneran acak?": yes, no person chooses
        (REREGISTER, now(no_reregister)),  # "hrs daftar ulang dari awal?": no, join the next
        (AUTOMATIC, now(not_automatic)),  # "otomatis ikut ga?": no
        (QUOTA, now(quota_full)),  # "maksudnya kuota penuh gmn": more applicants than places
        (re.compile(r"\b(?:kenapa|knp|napa|mengapa|why|alasan\w*|sebab\w*|penyebab\w*|"
                    r"reason\w*)\b"), now(not_selected_reasons)),
        (not_selected_data.ASKS_DATA, now(not_selected_data.answer)),
    ),
    INCENTIVE_CHECKING: either(
        (WAITED, now(incentive_waited)), (HOW_LONG, now(checking_how_long))
    ),
    INCENTIVE_TIMING: either((WAITED, now(incentive_waited)), (HOW_LONG, now(incentive_how_long))),
    INCENTIVE_OVERDUE: either((WAITED, now(overdue_waited)), (HOW_LONG, now(overdue_asked))),
    RATING: either((IF_NOT, now(rating_skipped)), (RATING_REQUIRED, now(rating_required))),
    **my_selection.FOLLOW_UPS,  # "harus nonton video apa" after being told one is selected
    NEXT_WAVE: either(  # after "join the next wave": "otomatis ikut ga?", "ordal ya?"
        (AUTOMATIC, now(not_automatic)), (RANDOM, now(random_selection))
    ),
    eligibility_kk.KK_QUOTA: (eligibility_kk.OTHER_CARD, now(eligibility_kk.answer)),
    **nik_taken_follow_ups.FOLLOW_UPS,  # "trs gmn", "knp bisa gitu" after "NIK sudah terdaftar"
}  # fmt: skip
"""Entries of ``flows.follow_ons.FOLLOW_UPS`` (the survey's is there, with its "when")."""


__all__ = [
    "FOLLOW_UPS",
    "IF_NOT",
    "INCENTIVE_CHECKING",
    "INCENTIVE_OVERDUE",
    "INCENTIVE_TIMING",
    "NEXT_WAVE",
    "NOT_SELECTED",
    "RATING",
    "either",
    "join_next_key",
    "now",
    "overdue",
    "survey_skipped",
]
