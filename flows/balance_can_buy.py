"""Whether a selected participant can buy their first course now, and how many days are left,
asked as the balance ("kalo aku beli kelas sekarang bisa ga", "berapa hari lagi batasnya",
also in the middle of a course search) or right after it ("hah? jd bisa ga"): "Bisa", with
their balance, the deadline and the days left. Before, the balance text word for word, with
no "yes" and no count (and "jd bisa ga" a generic apology).

None: not linked, not selected, no deadline on record or one already gone (that answer is
``flows.purchase_deadline``'s), or not asked."""

from __future__ import annotations

import re

from flows import money_help
from flows import purchase_deadline_mine as mine
from flows.deadline_words import deadline_at
from flows.formatting import money
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.my_data import Answer, participant
from flows.purchase_deadline import deadline_ahead, lapsed
from flows.runtime.machine import FlowTurn

TOPIC = "balance_can_buy"
"""``flows.last_answer`` topic: "Bisa" was said ("jd bisa ga" again: the same)."""
MAX_WORDS = 12
MAX_FOLLOW_UP = 6
_BUY = re.compile(r"\b(?:beli\w*|membeli|buy\w*|purchase\w*|ambil|checkout)\b")
_CAN = re.compile(r"\b(?:bisa|bs|bsa|boleh|blh|can|could|may|able)\b")
_ASKED_ELSE = re.compile(
    r"\d|\b(?:apa|apaan|mana|berapa|brp|brapa|gimana|gmn|bagaimana|caranya|cara|how|what|"
    r"which|kenapa|knp|why|lagi|lebih|beberapa|banyak|more|another|lain\w*|refund\w*|"
    r"dicairkan|dicairin|cash\w*|transfer\w*)\b"
)
"""Another question on the balance: what it buys, how, how many, a second course, cash."""
_DAYS = re.compile(
    r"\b(?:berapa|brp|brapa|how many)\s+(?:hari|days?)\b|\bsisa (?:waktu|hari)\w*\b|"
    r"\bdays? left\b|\bhari lagi\b"
)
_LIMIT = re.compile(r"\b(?:batas\w*|deadline\w*|dedline\w*|tenggat\w*)\b")
_AGAIN = re.compile(
    r"\b(?:jadi|jd|jdi|jadinya|jdnya|terus|trus|trs|so)\b.*\b(?:bisa|bs|boleh|can)\b"
    r"|\b(?:bisa|bs|boleh)\s+(?:ga|gak|gk|nggak|ngga|engga|enggak|tidak|tdk|nga)\b(?:\s+sih)?\s*\??$"
    r"|\bcan i or not\b"
)
"""Asked again, short: "hah? jd bisa ga", "bisa ga sih?"."""


_PLAIN_WORDS = (
    "kalo kalau klo kl aku saya sy gw gue i beli membeli buy purchase pelatihan pelatihannya "
    "kelas kelasnya kursus training course a the sekarang skrg skrang now today hari ini bisa "
    "bs bsa ga gak gk g nggak ngga enggak tidak tdk boleh blh can could may ya kah sih dong "
    "min kak udah udh sudah already yet pertama pertamaku first my nih deh lgsg langsung is "
    "it possible ok okay still masih aja lho kok ambil checkout right away juga if class"
)
_PLAIN = frozenset(_PLAIN_WORDS.split())
"""The words of a bare "can I buy now?": anything else (a payment method, a platform, a price,
another course) asks something this answer does not."""


def asks_now(text: str) -> bool:
    """ "kalo aku beli kelas sekarang bisa ga", "can i buy a course now"."""
    lowered = " ".join(text.lower().split())
    if len(lowered.split()) > MAX_WORDS or _ASKED_ELSE.search(lowered):
        return False
    if not set(re.findall(r"[a-z]+", lowered)) <= _PLAIN:
        return False
    return bool(_BUY.search(lowered) and _CAN.search(lowered))


def asks_days(text: str) -> bool:
    """ "berapa hari lagi batasnya", "how many days do i have left"."""
    lowered = " ".join(text.lower().split())
    return len(lowered.split()) <= MAX_WORDS and bool(_DAYS.search(lowered))


def answer(turn: FlowTurn) -> Answer:
    """Read as the balance: "Bisa" with the balance and deadline, or the days left."""
    text = turn.message.text or ""
    if turn.message.payload is not None or turn.session.participant_id is None:
        return None
    if asks_now(text):
        return (yield from _yes(turn))
    if asks_days(text) or (_LIMIT.search(text.lower()) and _DAYS.search(text.lower())):
        person = yield from participant(turn)
        if person is None or person.status != "selected" or lapsed(turn, person):
            return None
        return (yield from mine.answer(turn))
    return None


def again(turn: FlowTurn) -> Answer:
    """ "hah? jd bisa ga" right after the balance, the deadline or "Bisa": "Bisa" again."""
    lowered = " ".join((turn.message.text or "").lower().split())
    if turn.message.payload is not None or turn.session.participant_id is None:
        return None
    if len(lowered.split()) > MAX_FOLLOW_UP or not _AGAIN.search(lowered):
        return None
    if just_said(turn) not in (TOPIC, money_help.BALANCE, mine.DEADLINE_TOPIC):
        return None
    return (yield from _yes(turn))


_NOT_BUYING = re.compile(
    r"\b(?:kalo|kalau|klo|kl|gimana kalo|gmn kalo|if|what if)\b.{0,20}\b(?:ga|gak|gk|g|nggak|"
    r"ngga|enggak|tidak|tdk|belum|blm|don'?t|didn'?t|never)\s+(?:\w+\s+)?(?:beli|membeli|"
    r"dibeli|buy|purchase)\b"
)
"""What if the first course is not bought ("kalo ga beli pelatihan gmn")."""


def not_buying(turn: FlowTurn) -> Answer:
    """ "kalo ga beli pelatihan gmn" from a selected participant, whatever came before: the
    card is revoked after the deadline (``purchase_deadline_rules.missed``), with their own
    date; before, the steps to buy a course. None: not such a question, or not selected."""
    lowered = " ".join((turn.message.text or "").lower().split())
    if turn.message.payload is not None or turn.session.participant_id is None:
        return None
    if len(lowered.split()) > MAX_WORDS or not _NOT_BUYING.search(lowered):
        return None
    person = yield from participant(turn)
    if person is None or (deadline := deadline_ahead(turn, person)) is None:
        return None
    from flows.purchase_deadline_rules import missed  # here: it imports the course search

    said = missed(turn)
    yours = turn.say("balance_can_buy.yours", deadline=deadline_at(deadline, turn.lang))
    first = said[0]
    text = f"{first.text}\n\n{yours} {mine.left_line(turn, deadline)}"
    return [Outbound(text, first.buttons), *said[1:]]


def _yes(turn: FlowTurn) -> Answer:
    person = yield from participant(turn)
    if person is None or (deadline := deadline_ahead(turn, person)) is None:
        return None
    if person.balance <= 0:
        return None
    said = turn.say(
        "balance_can_buy.can",
        balance=money(person.balance),
        deadline=deadline_at(deadline, turn.lang),
    )
    remember(turn, TOPIC)
    search = turn.button("menu.courses", "flow:course_choice")
    return [Outbound(f"{said} {mine.left_line(turn, deadline)}", (search, turn.menu_button()))]


__all__ = ["TOPIC", "again", "answer", "asks_days", "asks_now", "not_buying"]
