"""A training balance said to be zero ("saldo aku kok 0 padahal blm beli apa2", "my balance is
0 but I haven't bought anything"), explained from the linked participant's records instead of
"Saldo pelatihanmu Rp0. Beli pelatihan pertama sebelum ...":

- the records hold a balance: the card number and the balance appear in the dashboard after the
  induction videos (DOMAIN.md "Registration steps"), then the first purchase's deadline;
- courses bought on record: which, and the balance left (the balance goes down only by a
  purchase: ``flows.balance_why``);
- nothing bought and nothing left: past the first purchase's deadline the card is revoked
  (DOMAIN.md), said with the date; before it, a zero balance with no purchase is no rule's
  doing, so a complaint;
- revoked, or not selected yet: the balance's own answers (``flows.my_data``).

None: no zero balance told, or the chat is not linked (the general answers go on).

Right after the zero balance with nothing bought, "udah nonton videonya kok" gets the complaint
(the videos watched, the balance still zero) and "brp lama biasanya muncul" that no exact time
is known; before, "belum paham" and the purchase deadline (probe p23a c6)."""

from __future__ import annotations

import re

from flows import purchase_deadline
from flows.complaint_topics import file_complaint
from flows.deadline_words import deadline_at
from flows.formatting import long_date, money
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.my_data import Answer, participant
from flows.queries import EnrolmentsQuery
from flows.runtime.machine import FlowTurn
from flows.views import EnrolmentView, ParticipantView

_BALANCE = re.compile(r"\b(?:saldo\w*|balance)\b")
_ZERO = re.compile(
    r"\b(?:rp\.?\s?)?0\b|\bnol\b|\bkosong\w*|\bzero\b|\bempty\b|\bgak? ada (?:isi|saldo)\w*"
)
"""Nothing in it: "kok 0", "saldonya nol", "kosong", "my balance is empty"."""
_WHY = re.compile(r"\b(?:kok|koq|kenapa|knp|napa|mengapa|padahal|pdhl|tapi|tp|why|but|how come)\b")
"""Wondered at, not a question of its own ("saldo 0 ya? bisa diisi ulang ga": the top-up's)."""
_OTHER = re.compile(
    r"\b(?:isi ulang|diisi|top ?up|tambah\w*|cair\w*|dicairin|tarik|ditarik|transfer\w*|"
    r"status|insentif\w*|incentive\w*)\b"
)
"""Other questions with their own answers: a top-up, a cash-out, the status, the incentive."""
MAX_TITLES = 3
TOPIC = "balance_zero"
"""``flows.last_answer`` topic: a zero balance with nothing bought was answered."""
MAX_WORDS = 10
_WATCHED = re.compile(
    r"\b(?:udah|udh|uda|sudah|sdh|dah|already|i'?ve|have)\b.{0,20}"
    r"\b(?:nonton|ditonton|tonton|menonton|lihat|liat|dilihat|watch\w*|selesai)\b"
)
_HOW_LONG = re.compile(
    r"\b(?:brp|berapa|brapa) lama\b|\bkapan\b.{0,20}\b(?:muncul|masuk|ada|keluar)\b"
    r"|\bhow long\b|\bwhen\b.{0,20}\b(?:appear|show)"
)


def asks(text: str) -> bool:
    """Whether the balance is said, with surprise, to be zero."""
    lowered = " ".join(text.lower().split())
    if not (_BALANCE.search(lowered) and _ZERO.search(lowered) and _WHY.search(lowered)):
        return False
    return not _OTHER.search(lowered)


def answer(turn: FlowTurn) -> Answer:
    """What the records say about a balance told to be zero; None: not told so, not linked,
    or a status whose balance answer says it all (revoked, not selected yet)."""
    message = turn.message
    if message.payload is not None or turn.session.participant_id is None:
        return None
    if not asks(message.text or ""):
        return None
    person = yield from participant(turn)
    if person is None or person.status not in ("selected", "enrolled", "completed"):
        return None
    records: list[EnrolmentView] = yield EnrolmentsQuery(person.id)
    bought = [item for item in records if item.status != "cancelled"]
    if bought:
        return [_spent(turn, person, bought)]
    if purchase_deadline.lapsed(turn, person):  # the deadline gone: revoked by the rules
        return [purchase_deadline.passed(turn, person, "kb.deadline_passed_balance")]
    deadline = _deadline(turn, person)
    if person.balance > 0:  # on record; the dashboard shows it after the induction videos
        search = turn.button("menu.courses", "flow:course_choice")
        params = {"balance": money(person.balance), "deadline": deadline}
        body = turn.say("balance_zero.held", **params)
        return [Outbound(body, (search, file_complaint(turn), turn.menu_button()))]
    body = turn.say("balance_zero.none_bought", deadline=deadline)
    remember(turn, TOPIC)  # "udah nonton videonya kok" next: the complaint
    return [Outbound(body, (file_complaint(turn), turn.menu_button()))]


def follow_up(turn: FlowTurn) -> Answer:
    """ "udah nonton videonya kok", "brp lama biasanya muncul" right after a zero balance
    with nothing bought: the complaint, or that no exact time is known; else None."""
    message = turn.message
    text = " ".join((message.text or "").lower().split())
    if message.payload is not None or not text or len(text.split()) > MAX_WORDS:
        return None
    if turn.session.flow is not None or just_said(turn) != TOPIC:
        return None
    key = "watched" if _WATCHED.search(text) else "how_long" if _HOW_LONG.search(text) else None
    if key is None:
        return None
    person = yield from participant(turn)
    if person is None:
        return None
    remember(turn, TOPIC)
    body = turn.say(f"balance_zero.{key}", deadline=_deadline(turn, person))
    return [Outbound(body, (file_complaint(turn), turn.menu_button()))]


def _spent(turn: FlowTurn, person: ParticipantView, bought: list[EnrolmentView]) -> Outbound:
    ordered = sorted(bought, key=lambda item: item.purchased_at)
    titles = [_course_line(turn, item) for item in ordered[:MAX_TITLES]]
    said = turn.say("balance_zero.spent", balance=money(person.balance))
    body = "\n".join([said, *titles, turn.say("balance_zero.not_yours")])
    return Outbound(body, (file_complaint(turn), turn.menu_button()))


def _course_line(turn: FlowTurn, item: EnrolmentView) -> str:
    date = long_date(item.purchased_at, turn.lang)
    status = turn.say(f"enrolment_status.{item.status}")
    return turn.say("kb.my_course_line", title=item.title, date=date, status=status)


def _deadline(turn: FlowTurn, person: ParticipantView) -> str:
    if person.purchase_deadline is None:
        return "-"
    return deadline_at(person.purchase_deadline, turn.lang)


__all__ = ["TOPIC", "answer", "asks", "follow_up"]
