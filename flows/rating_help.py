"""Questions about the rating and the survey that the NLU reads as benefits, a bot challenge or
a status: whether the rating's value matters ("kalo kasih bintang 1 ngaruh ke insentif ga?": it
does not, giving it does), whether a rating is required ("do I have to give a rating?") and when
the survey incentive is paid ("insentif survei kapan dapet?"), instead of the amounts.

The survey's amounts depend on the era (DOMAIN.md "Eras": Rp50,000 × 3 in 2020–2022, × 2 in
2023–2024; config.yml ``programme.eras``): a linked participant past selection gets those of
their own wave's era (``in_era``), anyone else the newest rules' and the earlier eras' beside
them. Before, everyone was told the newest rules' × 2 as if it were theirs."""

from __future__ import annotations

import re

from flows.complaint_topics import file_complaint
from flows.config import EraRules
from flows.follow_up_answers import RATING
from flows.incentive_outlook import PAST_SELECTION
from flows.last_answer import remember
from flows.messages import Outbound
from flows.queries.participants import ParticipantQuery
from flows.queries.training import EnrolmentsQuery
from flows.runtime.machine import FlowTurn
from flows.turn import Ask
from flows.views import EnrolmentView, ParticipantView

INTENTS = ("benefits_info", "incentive_status", "bot_challenge", "registration_status", "help",
           "out_of_scope", "inform", "payment_account", "complaint_status")  # fmt: skip
"""The intents such a question is read as (a certificate question is answered there, with the
participant's trainings)."""

_RATING = r"(?:rating|rate|ulasan|review|bintang|stars?|penilaian)"
_MATTERS = (
    r"(?:ngaruh|pengaruh|berpengaruh|memengaruhi|mempengaruhi|mpengaruhi|affect\w*|matter\w*|"
    r"hangus|batal|dipotong|berkurang|ga dapet|gak dapet|tidak dapat|reduce\w*|lose)"
)
_RATING_VALUE = re.compile(
    rf"\b{_RATING}\b.{{0,40}}\b{_MATTERS}|\b{_MATTERS}\b.{{0,40}}\b{_RATING}\b"
    rf"|\b(?:\d|satu|dua|one|two|low|jelek|rendah|buruk|bad)\s*(?:bintang|stars?)\b"
    r"|\b(?:bintang|stars?)\s*(?:\d|satu|dua|tiga|empat|lima)\b"
)
"""Whether the stars given change the incentive ("harus bintang 5 ga?": no, any is fine;
before, the value said after "bintang" got the rating's steps again)."""
_RATING_REQUIRED = re.compile(
    rf"\b(?:wajib|harus|perlu|mesti|must|have to|need to|required|mandatory|compulsory)\b"
    rf".{{0,40}}\b{_RATING}\b|\b{_RATING}\b.{{0,40}}\b(?:wajib|harus|perlu|required|mandatory|"
    r"compulsory)\b|\b(?:skip|lewati|ga usah|gak usah|tidak usah|ga perlu)\b.{0,20}\b"
    r"(?:rating|ulasan|review)\b"
)
_CHANGE = re.compile(r"\b(?:di)?(?:ganti|ubah|edit|revisi|koreksi|change|edited|fix)\w*\b")
"""A rating given asked to be changed ("bisa diganti ga?"): not in the facts known here."""
_SURVEY = re.compile(r"\b(?:survei|survey|survai|kuesioner|questionnaire)\w*")
_SURVEY_REQUIRED = re.compile(
    r"\b(?:wajib|harus|hrs|perlu|mesti|kudu|must|have to|required|mandatory|compulsory)\b"
)
"""Whether the survey must be filled in ("survei evaluasi itu wajib ga?"): what not filling
it in costs (its own incentive: ``kb.survey_skipped``) before the answer (probe p20 D22)."""


def answer(turn: FlowTurn) -> list[Outbound] | None:
    lowered = (turn.message.text or "").lower()
    if _SURVEY.search(lowered):  # "insentif survei kapan dapet?": when, and what it needs
        remember(turn, "survey")
        required = bool(_SURVEY_REQUIRED.search(lowered))  # "survei itu wajib ga?"
        return [_survey(turn, None, required)]  # the era's amounts once read: in_era
    if _RATING_VALUE.search(lowered) and re.search(_RATING, lowered) and _about_value(lowered):
        remember(turn, RATING)  # "kalo ga kasih gmn" next: no incentive schedule
        said = turn.say("kb.certificate_rating_value")
        return [Outbound(with_change(turn, said, lowered), (turn.menu_button(),))]
    if _RATING_REQUIRED.search(lowered):
        remember(turn, RATING)  # "kalo ga kasih gmn" next: no incentive schedule
        return [turn.reply("kb.certificate_rating", turn.menu_button())]
    return None


STORY_WORDS = 20
"""Longer than this, a message is a story ("... udah kasih rating bintang 5 tapi insentifnya
gagal, harus gimana"): the stars it tells of are no question unless it asks whether they
matter (before, the whole story got "Berapa pun bintang ... tidak memengaruhi insentif")."""


def with_change(turn: FlowTurn, said: str, lowered: str) -> str:
    """``said``, and that changing a rating already sent is not known here when the message
    asks that too ("bisa diganti ga? ngaruh ke insentif ga?": before, half answered)."""
    if not _CHANGE.search(lowered):
        return said
    return f"{said}\n{turn.say('rating_help.change_unknown', **turn.ctx.programme.facts())}"


def _about_value(lowered: str) -> bool:
    """The message asks about the stars' value: short, or it asks whether they matter."""
    if len(lowered.split()) <= STORY_WORDS:
        return True
    return bool(re.search(rf"\b{_MATTERS}", lowered))


def in_era(turn: FlowTurn, replies: list[Outbound]) -> Ask[list[Outbound]]:
    """``replies``, unless they are the general survey answer: then the same answer with the
    amounts of the linked participant's era, when known (a wave of 2020–2022: × 3); or the
    general answer that a rating is required: then, for a linked participant whose courses
    are all rated on record, that they have given it (``rated_on_record``)."""
    if replies == [turn.reply("kb.certificate_rating", turn.menu_button())]:
        rated = yield from rated_on_record(turn)
        return replies if rated is None else rated
    required = replies == [_survey(turn, None, True)]
    if replies != [_survey(turn, None)] and not required:
        return replies
    person: ParticipantView | None = yield ParticipantQuery(
        turn.message.channel, turn.message.user_id
    )
    era = _era_of(turn, person)
    return replies if era is None else [_survey(turn, era, required)]


def asked_on_record(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """ "trs aku harus kasih rating ga", however the NLU reads it (a certificate, help): for a
    participant who rated every finished course on record, ``rated_on_record``; else None."""
    lowered = " ".join((turn.message.text or "").lower().split())
    if turn.message.payload is not None or len(lowered.split()) > STORY_WORDS:
        return None
    if _SURVEY.search(lowered) or not _RATING_REQUIRED.search(lowered):
        return None
    if _RATING_VALUE.search(lowered) and _about_value(lowered):
        return None  # "harus bintang 5 ga?": whether the stars matter
    rated = yield from rated_on_record(turn)
    if rated is not None or not _BAD_COURSE.search(lowered):
        return rated
    said = f"{turn.say('kb.certificate_rating')}\n{turn.say('rating_help.honest_low')}"
    remember(turn, RATING)  # "do I have to give a rating? the course was bad" (read as a
    return [Outbound(said, (turn.menu_button(),))]  # certificate): required, low is fine


_BAD_COURSE = re.compile(
    r"\b(?:bad|terrible|awful|poor|useless|boring|disappointing|jelek|jelak|buruk|parah|"
    r"mengecewakan|kecewa|ga bagus|gak bagus|nggak bagus|tidak bagus|ga jelas|gak jelas|"
    r"ga guna|gak guna|membosankan|zonk)\b"
)
"""The course told bad beside the question ("the course was bad"): an honest low rating is
fine."""


def rated_on_record(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """Whether a rating must be given, from a participant whose finished courses are all rated
    on record: already given, nothing to do (before, the rule as if it were still due). None:
    not linked, nothing finished, or one still to rate."""
    person: ParticipantView | None = yield ParticipantQuery(
        turn.message.channel, turn.message.user_id
    )
    if person is None:
        return None
    courses: list[EnrolmentView] = yield EnrolmentsQuery(person.id)
    finished = [c for c in courses if c.status in _FINISHED or c.rated]
    if not finished or not all(c.rated for c in finished):
        return None
    remember(turn, RATING)  # "kalo ga kasih gmn" next: still the rating
    titles = ", ".join(f'"{c.title}"' for c in finished)
    return [turn.reply("rating_help.rated_already", turn.menu_button(), titles=titles)]


_FINISHED = ("completed", "certified", "rated")
"""Enrolment statuses of a finished course (``enrolment_status``)."""


def _era_of(turn: FlowTurn, person: ParticipantView | None) -> EraRules | None:
    """The era of the wave the participant was selected in, if past selection and known."""
    if person is None or person.status not in PAST_SELECTION:
        return None
    return turn.ctx.programme.eras.get(person.era or "")


def survey_amounts(turn: FlowTurn, era: EraRules | None) -> str:
    """The survey incentive's amounts of ``era`` (the participant's), else of every era."""
    programme = turn.ctx.programme
    if era is not None:
        return turn.say("kb.survey_amounts_yours", **era.facts())
    amounts = turn.say("kb.survey_amounts", **programme.era.facts())
    others = [turn.say("kb.survey_amounts_era", **e.facts())
              for e in programme.eras.values() if e is not programme.era]  # fmt: skip
    if others:
        amounts = turn.say("kb.survey_amounts_also", amounts=amounts, others=", ".join(others))
    return amounts


def _survey(turn: FlowTurn, era: EraRules | None, required: bool = False) -> Outbound:
    """The survey answer with the amounts of ``era`` (the participant's), else of every era;
    ``required``: what not filling it in costs, first."""
    said = turn.reply("kb.survey_incentive", turn.menu_button(), amounts=survey_amounts(turn, era))
    if not required:
        return said
    survey = (era or turn.ctx.programme.era).facts()["survey"]
    lead = turn.say("rating_help.survey_required", survey=survey)
    return Outbound(f"{lead}\n{said.text}", said.buttons)


WHERE_MAX_WORDS = 12
_WHERE = (
    r"(?:di\s*mana|dmn|dimana|where|kemana|kmn|cara\w*|gimana|gmn|bagaimana|how|link\w*|"
    r"tautan\w*)"
)
_RATING_WHERE = re.compile(
    rf"\b{_RATING}\w*\b.{{0,25}}\b{_WHERE}\b|\b{_WHERE}\b.{{0,25}}\b{_RATING}\w*"
)
"""Where or how the rating is given: "trs ratingnya dmn", "cara kasih rating gmn"."""
_SURVEY_WHERE = re.compile(
    rf"{_SURVEY.pattern}.{{0,25}}\b{_WHERE}\b|\b{_WHERE}\b.{{0,25}}{_SURVEY.pattern}"
)
"""Where or how the survey is filled in: "cara isi surveinya dmn" (read as register)."""
_PAID = re.compile(r"\b(?:kapan|kpn|when|brp|berapa|cair\w*|dibayar|masuk|paid|insentif\w*)\b")
"""When or how much it pays: the survey's or the rating's own answers."""
_NOT_GIVEN = re.compile(
    r"\b(?:ga|gak|gk|g|nggak|ngga|enggak|tidak|tdk|ndak|belum|blm|don'?t|didn'?t|never|skip\w*|"
    r"lewati)\s+(?:\w+\s+)?(?:kasih|ngasih|beri|memberi|kasi|isi|ngisi|mengisi|give|fill|rate|"
    r"rating|ulasan|review|survei\w*|survey\w*)\b"
)
"""Not giving it ("kalo ga kasih ulasan gmn"): what then is its own answer."""


def where_asked(turn: FlowTurn) -> list[Outbound] | None:
    """ "trs ratingnya dmn", "cara isi surveinya dmn", whatever the NLU reads (a certificate,
    the registration): where each is given (probe p19 D46, D26). None: not asked so, or about
    the stars' value, whether it is required, or when it pays."""
    lowered = " ".join((turn.message.text or "").lower().split())
    if turn.message.payload is not None or len(lowered.split()) > WHERE_MAX_WORDS:
        return None
    if _PAID.search(lowered) or _RATING_VALUE.search(lowered) or _NOT_GIVEN.search(lowered):
        return None
    if _SURVEY_WHERE.search(lowered):
        remember(turn, "survey")  # "brp lama cairnya" next: when its money comes
        return [turn.reply("rating_help.survey_where", turn.menu_button())]
    if _SURVEY.search(lowered) or _RATING_REQUIRED.search(lowered):
        return None
    if not _RATING_WHERE.search(lowered):
        return None
    remember(turn, RATING)  # "kalo ga kasih gmn" next: no incentive schedule
    return [turn.reply("kb.certificate_rating", turn.menu_button())]


FILL_WHEN = re.compile(
    r"\b(?:kapan|kpn|when)\b.{0,15}\b(?:isi\w*|ngisi\w*|mengisi\w*|diisi\w*|fill\w*|muncul\w*|"
    r"dibuka|buka\w*|keluar\w*|appear\w*)|\b(?:isi\w*|ngisi\w*|diisi\w*|fill\w*|muncul\w*)\b"
    r".{0,15}\b(?:kapan|kpn|when)\b"
)
"""When the survey is filled in ("kapan isinya", "when do I fill it in"): where it appears,
not when its money comes (probe p20 D22)."""
_TRAINING_INCENTIVE = re.compile(
    r"\b(?:600\W?(?:rb|ribu|k|000)?|600\.000|enam ratus\w*|pelatihan\w*|training)\b"
)
"""The training incentive named ("insentif 600rb nya kapan"): not the survey's (probe p20 D4:
the survey's timing again, "masih sama seperti tadi")."""


def survey_fill_when(turn: FlowTurn) -> list[Outbound] | None:
    """ "kapan isinya" right after the survey answer: where and when the survey appears."""
    if _TRAINING_INCENTIVE.search((turn.message.text or "").lower()):
        return None
    remember(turn, "survey")  # "brp lama cairnya" next: when its money comes
    return [turn.reply("rating_help.survey_where", turn.menu_button())]


def survey_paid_when(turn: FlowTurn) -> list[Outbound] | None:
    """ "brp lama cairnya" right after the survey answer: when its money comes. None: the
    training incentive named instead ("insentif 600rb nya kapan": its own schedule)."""
    if _TRAINING_INCENTIVE.search((turn.message.text or "").lower()):
        return None
    report = file_complaint(turn, topic="incentive")
    remember(turn, "survey")  # "kalo ga ngisi?" next: no survey incentive
    return [turn.reply("kb.survey_when", report, turn.menu_button())]


__all__ = ["FILL_WHEN", "INTENTS", "answer", "asked_on_record", "in_era", "rated_on_record",
           "survey_amounts", "survey_fill_when", "survey_paid_when", "where_asked",
           "with_change"]  # fmt: skip
