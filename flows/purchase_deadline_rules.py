"""Questions about the purchase deadline itself: "batas beli pelatihan brp hari?", "kalau telat
beli pelatihan gimana?", "batas waktu beli pelatihan bisa diperpanjang?", and right after such
an answer (or the balance rule) "kalo lewat gmn", "bisa diperpanjang ga". DOMAIN.md: the first
course is bought within the era's days after selection, or the card is revoked (the balance
lapses, no extension); the rest of the balance is spent after the first course is completed
and rated (``rest_days`` then, in the current rules); the reference facts add that a revoked
participant cannot join the programme again. Before, these got the general balance answer, a
generic complaint offer or a "which one did you mean?" menu.

A linked participant gets what applies to them (``flows.purchase_deadline_mine``): their own
deadline, a deadline gone, or, once a course is bought, when the next one can be bought; an
extension asked, their own deadline and their era's rule (``flows.purchase_deadline_extend``)."""

from __future__ import annotations

import re

from flows import purchase_days, purchase_deadline
from flows import purchase_deadline_extend as extend
from flows import purchase_deadline_mine as mine
from flows.complaint_topics import file_complaint
from flows.era_answers import ASKED, BALANCE_RULE, era_named
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.my_data import participant
from flows.runtime.machine import FlowTurn
from flows.turn import Ask

TOPIC = purchase_days.DEADLINE_TOPIC
"""``flows.last_answer`` topic: the purchase deadline was answered."""
FOLLOWED = (TOPIC, BALANCE_RULE)
"""Answers after which "kalo lewat gmn" is about the deadline."""
MAX_FOLLOW_UP_WORDS = 8
MISSED_SAID = "deadline_missed_said"
"""``session.profile`` key (``flows.last_answer``): what missing the deadline means was just
said, so an extension asked next gets the participant's own date and the rule, not it again."""

_BUY = r"(?:beli\w*|membeli|dibeli|pembelian|buy\w*|purchas\w*)"
_LIMIT = (
    r"(?:batas\w*|deadline|dedline|tenggat|jatuh tempo|(?:paling|plg) lambat|jangka waktu|"
    r"limit|due|time limit)"
)
_DEADLINE = re.compile(
    rf"\b{_LIMIT}\b.{{0,30}}\b{_BUY}|\b{_BUY}.{{0,30}}\b{_LIMIT}\b"
    rf"|\b{_BUY} (?:pelatihan|kelas|kursus|training|course)\w*.{{0,25}}\b(?:berapa|brp|brapa) "
    r"(?:hari|lama)\b|\bhow (?:long|many days)\b.{0,30}\bto buy\b"
    rf"|\b(?:berapa|brp|brapa) (?:lama|hari)\b.{{0,25}}\b{_BUY} (?:pelatihan|kelas|kursus)"
    rf"|\b(?:hari|hr|tgl|tanggal) (?:\w+ )?terakhir\b.{{0,20}}\b{_BUY}"
    rf"|\b(?:hari ini|hr ini|besok|bsk|skrg|sekarang)\b.{{0,10}}\bterakhir\b.{{0,10}}\b{_BUY}"
    rf"|\blast day\b.{{0,20}}\b{_BUY}"
)
"""The deadline to buy a course named ("batas beli pelatihan", "deadline pembelian", "hari ini
terakhir beli ya?", "kalo lolos berapa lama waktu buat beli pelatihan")."""
_MISSED = re.compile(
    r"\b(?:lewat|kelewat|terlewat|telat|terlambat|ketinggalan|(?:ga|gak|gk|nggak|tidak|tdk|"
    r"belum|blm) (?:sempat |sempet )?(?:beli|dibeli|membeli)|missed?|miss it|late|passes|passed|"
    r"expires?|don'?t buy|didn'?t buy)\b"
    r"|\b(?:ga|gak|gk|g|nggak|ngga|tidak|tdk|ndak|gak bakal|ga bakal) (?:sempat|sempet|keburu)\b"
)
_EXTEND = re.compile(
    r"\b(?:diperpanjang|perpanjang\w*|memperpanjang|ditunda|diundur|mundur\w*|tambah waktu|"
    r"nambah waktu|dispensasi|extend\w*|extension|more time)\b"
)
_LATE_BUYING = re.compile(
    rf"\b(?:telat|terlambat|kelewat|lewat|(?:ga|gak|nggak|tidak|tdk) sempat) {_BUY} "
    r"(?:pelatihan|kelas|kursus|training|course)"
)
"""Buying late asked about ("kalau telat beli pelatihan gimana?")."""
_WHEN = re.compile(r"\b(?:kapan|kpn|when|(?:tanggal|tgl) (?:berapa|brp|brapa))\b")
"""When the deadline is, asked along with a fear of missing it ("batas beli aku kapan, takut
kelewat")."""
_ALREADY = re.compile(
    r"\b(?:dicabut|revoked)\b|\b(?:udah|udh|sudah|sdh|dah|already)\b.{0,15}\b(?:lewat|telat|"
    r"passed)\b|\blewat \d+ hari\b"
)
"""Told as having happened ("udh lewat 20 hari", "kartuku dicabut"): the revocation's answer
(``flows.revocation_help``), not the rule."""
_SURPRISED = re.compile(
    r"^\W*(?:(?:hah|ha|loh|lho|lah|wah|waduh|wadu|eh|what|lha|yah|yaampun|astaga|jadi|jd|"
    r"berarti|brarti|so)\W+)*(?:besok|bsk|lusa|hari ini|hr ini|secepat itu|cepet bgt|cepet "
    r"banget|cepat banget|cepat sekali|mepet\w*|tomorrow|today|so soon|that soon|serius\w*|"
    r"beneran|bener|yakin|really|seriously)(?:\W+(?:dong|ya|kah|sih|kak|min|aja|doang|"
    r"banget|bgt|itu|nih|tuh|deadline\w*|batas\w*|udah|udh|already))*\W*$"
)
"""Surprise at the date just given ("hah besok?", "hari ini??", "seriously?"): it again, with
the days left (before: "out of scope" and the menu, and the deadline's topic lost for the
"bisa diperpanjang?" and "kalo telat sehari?" that came next)."""


def asks_deadline(text: str) -> bool:
    """Whether the purchase deadline is asked about ("batas beli pelatihan brp hari?")."""
    return bool(_DEADLINE.search(text))


def asks_missed(text: str) -> bool:
    """Whether missing the deadline or extending it is asked about ("kalo lewat gmn")."""
    return bool(_MISSED.search(text) or _EXTEND.search(text))


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """The deadline's rule, what missing it means, or (linked) what applies; else None."""
    lowered = " ".join((turn.message.text or "").lower().split())
    if turn.message.payload is not None or not lowered or _ALREADY.search(lowered):
        return None
    days = yield from purchase_days.answer(turn)  # "aku punya brp hari lg", "sampe kapan?"
    if days is not None:
        return days
    follows = just_said(turn) in FOLLOWED and len(lowered.split()) <= MAX_FOLLOW_UP_WORDS
    if follows and _SURPRISED.search(lowered):  # "hah besok?": the date again, its days left
        own = yield from mine.answer(turn)
        return own if own is not None else rule(turn)
    if follows and just_said(turn) == TOPIC and (then := _earlier_era(turn, lowered)):
        return [turn.reply("kb.purchase_days_then", turn.menu_button(), **then)]
    if follows and _EXTEND.search(lowered) and just_said(turn, MISSED_SAID) == TOPIC:
        own = yield from extend.answer(turn)  # "bisa diperpanjang ga" right after what missing
        if own is not None:  # it means: their own date, not extended (not the same text again)
            return own
    if _EXTEND.search(lowered) and asks_deadline(lowered):  # "bisa diperpanjang ga batas beli
        own = yield from extend.answer(turn)  # pelatihannya?": their own deadline (right after
        # it, "bisa diperpanjang?" is what missing it means: ``missed``)
        if own is not None:
            return own
    if asks_deadline(lowered) and _WHEN.search(lowered) and not _EXTEND.search(lowered):
        own = yield from mine.answer(turn)  # "batas beli aku kapan ya, takut kelewat": the
        if own is not None:  # date first (before: only what missing it means)
            return own
    if asks_missed(lowered) and (follows or asks_deadline(lowered) or _LATE_BUYING.search(lowered)):
        person = yield from participant(turn)  # "can you extend it" once passed: theirs is gone,
        if person is not None and purchase_deadline.lapsed(turn, person):  # no "buy now"
            return [purchase_deadline.passed(turn, person, "kb.deadline_passed_balance")]
        return missed(turn)
    if not asks_deadline(lowered):
        return None
    own = yield from mine.answer(turn)
    if own is not None:  # its topic recorded: the deadline's, or the next course's
        return own
    if _DAYS.search(lowered) and (then := _earlier_era(turn, lowered)):  # "katanya 30 hari ya?":
        remember(turn, TOPIC)  # the old era's rule told as old (before: today's rule alone)
        return [turn.reply("kb.purchase_days_then", turn.menu_button(), **then)]
    return rule(turn)


_DAYS = re.compile(r"\b(\d{1,2}) ?(?:hari|hr|days?)\b")


def _earlier_era(turn: FlowTurn, lowered: str) -> dict[str, object] | None:
    """Right after one's own deadline, an earlier era's days named ("kalo dulu katanya 30
    hari?", "bukannya 30 hari?"): that era's and today's rule as parameters, else None (before,
    the balance and the date said again). DOMAIN.md "Eras": 30 days in 2020–2022, 15 since."""
    programme = turn.ctx.programme
    days = _DAYS.search(lowered)
    eras = [era for era in programme.eras.values() if era != programme.era]
    then = next((e for e in eras if days and e.purchase_days == int(days.group(1))), None)
    if then is None and not days and ASKED.search(lowered):
        then = era_named(lowered, programme)  # "kalo dulu?", "kalo 2021?"
    if then is None or then == programme.era:
        return None
    earlier = {"then_days": then.purchase_days, "then_years": then.years, "then_waves": then.waves}
    since, first_wave = (
        re.findall(r"\d+", text)[0] for text in (programme.era.years, programme.era.waves)
    )
    return {**programme.facts(), "since": since, "first_wave": first_wave, **earlier}


def rule(turn: FlowTurn) -> list[Outbound]:
    """The first purchase's deadline (the balance rule, whose era "kalo dulu 2021?" asks
    again), that it is not extended and, in the current rules, the rest's."""
    facts = turn.ctx.programme.facts()
    lines = [turn.say("kb.balance_rule", **facts), turn.say("kb.purchase_deadline_fixed")]
    if turn.ctx.programme.era.rest_days > 0:
        lines.append(turn.say("kb.course_buy_rest", **facts))
    remember(turn, BALANCE_RULE)  # "kalo dulu 2021?" next: that era's deadline
    search = turn.button("menu.courses", "flow:course_choice")
    return [Outbound(" ".join(lines), (search, turn.menu_button()))]


def missed(turn: FlowTurn) -> list[Outbound]:
    """A deadline missed: the card revoked, no extension, and what can still be done."""
    remember(turn, TOPIC)
    remember(turn, TOPIC, MISSED_SAID)  # "bisa diperpanjang ga" next: their own date, the rule
    facts = turn.ctx.programme.facts()
    search = turn.button("menu.courses", "flow:course_choice")
    report = file_complaint(turn, topic="revoked")
    return [turn.reply("kb.purchase_deadline_missed", search, report, turn.menu_button(), **facts)]


__all__ = ["TOPIC", "answer", "asks_deadline", "asks_missed", "missed", "rule"]
