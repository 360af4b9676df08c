"""Follow-ups on the first purchase's deadline right after a selected participant's status, next
steps or deadline (``my_selection.SELECTED``, the deadline's topic), in English or Indonesian:

- "when is the deadline again", "deadlinenya tgl brp ya": their own deadline and the days left
  (``flows.purchase_deadline_mine``), so "what happens if i miss it" next is the revocation;
- "yg cepet aja deh, yg paling murah apa": the catalogue's cheapest courses (before: "which one
  did you mean?", "cepet" read as a course topic);
- "kalo aku blm sempet krn lg kerja serabutan gmn", "i'm busy with work": the deadline is not
  extended (``flows.purchase_deadline_extend``: their date, the rule), so buy before it; a
  self-paced course (video) can be studied at any time, around work;
- "kalo hari minggu sistem tutup ga?" (also right after the balance): the deadline counts
  calendar days, so a weekend or holiday does not move it.

Before, the English "when is the deadline again" got the open wave's closing date (and "what
happens if i miss it" the closed-wave text), and "blm sempet krn kerja" "I didn't understand"."""

from __future__ import annotations

import re

from flows import course_query as query
from flows import money_help
from flows import purchase_deadline_extend as extend
from flows import purchase_deadline_mine as mine
from flows.course_cheapest import listed
from flows.deadline_words import deadline_at
from flows.era_answers import BALANCE_RULE
from flows.last_answer import just_said
from flows.messages import Outbound
from flows.my_data import Answer, participant
from flows.my_selection import SELECTED
from flows.purchase_deadline import deadline_ahead, lapsed
from flows.runtime.machine import FlowTurn

MAX_WORDS = 12
"""A follow-up, even a chatty one ("krn lg kerja serabutan"), stays short."""
AFTER = (SELECTED, mine.DEADLINE_TOPIC, BALANCE_RULE)
"""The answers it follows: one's selection or next steps, the deadline, the balance rule."""

_LIMIT = re.compile(r"\b(?:batas\w*|deadline\w*|dedline\w*|tenggat\w*|due date|cut.?off)\b")
_NAMED_ALONE = re.compile(
    r"(?:eh\W+)?(?:(?:maksud(?:nya|ku|aku|saya)?|yang|yg|kalo|kalau|terus|trus|trs|oh)\W+)*"
    r"(?:deadline|dedline|batas waktu|batas beli|tenggat)\w*"
    r"(?:\W+(?:nya|aku|ku|saya|beli|pelatihan\w*|dong|kak|min|aja|ya))*\W*"
)
"""The deadline named alone, as a correction or a bare question ("eh maksudnya deadline nya",
"deadline aku?"): before, "Maksud kamu yang mana?" without it among the choices (probe p25b)."""
_WHEN = re.compile(
    r"\b(?:kapan|kpn|when|what date|which date|(?:tanggal|tgl) (?:berapa|brp|brapa)|"
    r"sampai kapan|sampe kapan|until when)\b|\bwhen'?s\b"
)
_BUSY = re.compile(
    r"\b(?:sibuk\w*|kerja\w*|bekerja|serabutan|shift|lembur|busy|working|"
    r"no time|(?:don'?t|do not) have (?:the )?time)\b"
)
"""Busy with work: "blm sempet krn kerja", "lagi sibuk", "i'm busy working" (a bare "gk sempet
gmn dong" is what missing the deadline means: ``purchase_deadline_rules.missed``)."""
_CHEAPEST = re.compile(r"\b(?:paling murah|termurah|plg murah|cheapest)\b")
_QUICK = re.compile(r"\b(?:cepet|cepat|buru|buru2|quick\w*|fast)\b")
"""In a hurry ("yg cepet aja deh"): no topic of a course search."""
_OTHER = re.compile(
    r"\b(?:gelombang\w*|wave\w*|insentif\w*|incentive\w*|sertifikat\w*|certificate\w*|"
    r"pengaduan|complaint|akun|account|password|otp)\b"
)
"""Another subject named: its own question ("gelombang berikutnya kapan")."""
_WEEKEND = re.compile(
    r"\bhari (?:minggu|sabtu|libur)\b|\b(?:sabtu|weekend|akhir pekan|tanggal merah|tgl merah|"
    r"libur\w*|sunday|saturday|holidays?)\b|\bminggu\b(?! (?:depan|dpn|ini|lalu|kemarin|kmrn))"
)
"""A weekend or a holiday asked about ("kalo hari minggu sistem tutup ga?"): calendar days."""


def _weekend(turn: FlowTurn) -> Answer:
    """The deadline counts calendar days: a weekend does not move it (DOMAIN.md "Eras": 15
    calendar days); nothing is known of the platforms closing then (a judgement call: none is
    stated), so no waiting for the last day. Before, the balance text (probe p22b D29)."""
    person = yield from participant(turn)
    if person is None or (deadline := deadline_ahead(turn, person)) is None:
        return None
    search = turn.button("menu.courses", "flow:course_choice")
    said = turn.say("purchase_deadline_asks.weekend", deadline=deadline_at(deadline, turn.lang))
    return [Outbound(said, (search, turn.menu_button()))]


def answer(turn: FlowTurn) -> Answer:
    """The deadline's date, or that it is not extended with a way to fit it; else None."""
    message = turn.message
    text = " ".join((message.text or "").lower().split())
    if message.payload is not None or turn.session.flow is not None or not text:
        return None
    if len(text.split()) > MAX_WORDS or _OTHER.search(text):
        return None
    if _WEEKEND.search(text) and just_said(turn) in (*AFTER, money_help.BALANCE):
        return (yield from _weekend(turn))
    if _NAMED_ALONE.fullmatch(text):  # "eh maksudnya deadline nya": the deadline, not a menu
        own = yield from mine.answer(turn)
        if own:
            return own
    if just_said(turn) not in AFTER:
        return None
    if _LIMIT.search(text) and _WHEN.search(text):
        return (yield from mine.answer(turn))
    if _CHEAPEST.search(text) and not query.topic_words(_QUICK.sub(" ", text)):
        said = query.prefill(message, turn.ctx)  # "yg cepet aja deh, yg paling murah apa"
        return [Outbound(turn.say("courses.cheapest_all")), *(yield from listed(turn, said))]
    if not _BUSY.search(text) or turn.session.participant_id is None:
        return None
    person = yield from participant(turn)
    if person is None or person.status != "selected" or lapsed(turn, person):
        return None  # a course bought, or the deadline gone: not this answer
    own = yield from extend.answer(turn)
    if not own:
        return own
    first = own[0]
    text = f"{first.text}\n{turn.say('purchase_deadline_asks.busy')}"
    return [Outbound(text, first.buttons), *own[1:]]


__all__ = ["answer"]
