"""A next course chosen while one bought before is still open, or once the days to spend the
rest of the balance are over: refused before the purchase's confirmation is asked, with what to
do first (or that the rest is gone). DOMAIN.md: the rest of the balance is spent only after the
first course is completed and rated, then within ``rest_days`` (2023-2024: 15 days; the
participant's era's, ``flows.balance_rest``); before, "Pilih pelatihan ini" then "Ya, beli"
bought a second course at once, and in November 2026 with a first course rated in December 2023.
The data layer refuses both too (``storage.repositories.enrolments``: ``previous_unfinished``,
``previous_unrated``, ``rest_expired``).

A linked participant who asks to buy a next course ("aku mau beli pelatihan kedua") is told
what applies to them when it cannot be bought now (``asked``); before, "Bisa" and a course
search, then the refusal at the purchase.

After the answer that the next course waits for the one still open (here, or as the purchase
deadline: ``flows.purchase_deadline_mine``), a short follow-up is read against it
(``flows.follow_ons``): "kenapa belum bisa?" (the programme's rule), "trus gmn caranya biar
bisa?" (finish, certificate, rating, then buy), "kalo lewat gmn?" (the rest lapses: not the
first purchase's revocation, which "kalo lewat" after the deadline answer meant before)."""

from __future__ import annotations

import re

from flows import balance_rest
from flows.balance_rest import still_open
from flows.formatting import money
from flows.last_answer import remember
from flows.messages import Outbound
from flows.my_data import participant
from flows.queries import EnrolmentsQuery
from flows.runtime.machine import FlowTurn
from flows.turn import Ask
from flows.views import EnrolmentView, ParticipantView

_COURSE = r"(?:pelatihan|kelas|kursus|training|course|class)\w*"
_NEXT_COURSE = re.compile(
    rf"\b{_COURSE} ?(?:kedua|ke-? ?2|berikutnya|selanjutnya|lain\w*|lagi|lg)\b"
    rf"|\b(?:second|another|next) {_COURSE}|\bbeli (?:lagi|lg)\b|\bbuy (?:another|more)\b"
)
"""Buying a next course asked about or wished ("aku mau beli pelatihan kedua", "mau beli
pelatihan lagi dong, yg excel")."""
_BUY = re.compile(r"\b(?:beli\w*|membeli|dibeli|pembelian|buy\w*|purchas\w*|ambil)\b")
NEXT_OPEN = "next_purchase_open"
"""``flows.last_answer`` topic: the next course was said to wait for the one still open."""


def refusal(turn: FlowTurn, person: ParticipantView) -> Ask[Outbound | None]:
    """Why no other course can be bought (now, or any more), and what to do first; None: it
    can be."""
    records: list[EnrolmentView] = yield EnrolmentsQuery(person.id)
    found = list(records or [])
    gone = balance_rest.refusal(turn, person, balance_rest.rest_of(turn, person, found))
    return gone if gone is not None else _open_refusal(turn, still_open(found))


def _open_refusal(turn: FlowTurn, found: EnrolmentView | None) -> Outbound | None:
    if found is None:
        return None
    key = "previous_unfinished" if found.completed_at is None else "previous_unrated"
    facts = turn.ctx.programme.facts()
    return turn.reply(f"enrol.{key}", turn.menu_button(), title=found.title, **facts)


def asked(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """ "aku mau beli pelatihan kedua" from a participant who bought a course: the refusal
    when it cannot be bought now (a course still open, or the rest gone); None otherwise (the
    general answer or the search goes on)."""
    lowered = (turn.message.text or "").lower()
    if turn.message.payload is not None or not _NEXT_COURSE.search(lowered):
        return None
    if not _BUY.search(lowered):
        return None
    person = yield from participant(turn)
    if person is None or person.status not in balance_rest.BOUGHT:
        return None
    records: list[EnrolmentView] = yield EnrolmentsQuery(person.id)
    found = list(records or [])
    rest = balance_rest.rest_of(turn, person, found)
    gone = balance_rest.refusal(turn, person, rest)
    if gone is not None:
        return [gone]
    found_open = still_open(found)
    if found_open is None:
        return None
    if rest is None:  # an era without days to spend the rest: what to finish first
        blocked = _open_refusal(turn, found_open)
        return [blocked] if blocked is not None else None
    remember(turn, NEXT_OPEN)  # "kenapa belum bisa?", "caranya gmn" next: the rule, the steps
    if rest.until is not None:  # the first rated, another still open: it first, then the date
        return [balance_rest.told(turn, person, rest)]
    balance = money(person.balance)  # the days start with the open course's rating
    key = "kb.purchase_deadline_next_open"
    menu = turn.menu_button()
    return [turn.reply(key, menu, title=found_open.title, balance=balance, rest_days=rest.days)]


_WHY = re.compile(
    r"\b(?:kenapa|knp|napa|mengapa|why|alasan\w*|sebab\w*|kok (?:ga|gak|gk|nggak|belum|blm|"
    r"gitu|bisa)|how come)\b"
)
"""Why not now: "kenapa belum bisa?", "knp ga bisa langsung?", "why not?"."""
_HOW = re.compile(
    r"\b(?:cara\w*|gimana|gmn|gmna|bagaimana|ngapain|harus apa|hrs apa|kapan|kpn|how|when|"
    r"what (?:do|should|can) i do|what now|now what)\b"
)
"""What to do, or when: "trus gmn caranya biar bisa?", "kapan bisa?", "how do I do that?"."""
_LATE = re.compile(
    r"\b(?:lewat|kelewat\w*|terlewat|telat|terlambat|hangus|expired?|late|miss\w*|too long)\b"
)
"""The days to spend the rest missed: "kalo lewat gmn?", "kalo telat?"."""


_AMOUNT = re.compile(r"\bhow much\b|\b(?:berapa|brp|brapa)\b(?! ?(?:lama|hari|jam|minggu|bulan))")
"""An amount asked ("how much balance left?", "sisa saldo brp"): the balance's answer, no steps."""


_ANSWERS = ((_LATE, "kb.next_purchase_late"), (_WHY, "kb.next_purchase_why"),
            (_HOW, "kb.next_purchase_steps"))  # fmt: skip
"""Most specific first: "kalo lewat gmn?" asks about the days missed, not how."""


def _followed(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """The rule, the steps or the lapse, right after the answer that the next course waits."""
    text = (turn.message.text or "").lower()
    key = next((key for words, key in _ANSWERS if words.search(text)), None)
    if key is None or _AMOUNT.search(text):
        return None
    remember(turn, NEXT_OPEN)  # the next follow-up is still about the next course
    return [turn.reply(key, turn.menu_button())]
    yield  # asks nothing


FOLLOW_UPS = {NEXT_OPEN: (re.compile("|".join(p.pattern for p, _ in _ANSWERS)), _followed)}
"""Entries of ``flows.follow_ons.FOLLOW_UPS``."""


__all__ = ["FOLLOW_UPS", "NEXT_OPEN", "asked", "refusal", "still_open"]
