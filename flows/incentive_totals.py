"""How much of the incentive a linked participant has received, from their own records: the
total paid so far ("total insentif yg udh aku terima brp?"), and the amounts of their own
earlier era when they ask the programme's ("insentifnya brp sih" from a 2021 participant)."""

from __future__ import annotations

import re

from flows import incentive_outlook
from flows.formatting import money
from flows.incentive_words import payment_line
from flows.messages import Outbound
from flows.my_data import Answer, not_linked, participant
from flows.queries import IncentivesQuery
from flows.runtime.machine import FlowTurn
from flows.views import IncentiveView

_TOTAL = re.compile(r"\b(?:total|jumlah\w*|semua\w*|keseluruhan|altogether|in total)\b")
_HOW_MUCH = re.compile(r"\b(?:berapa|brp|brapa|how much)\b")
_RECEIVED = re.compile(
    r"\b(?:terima|diterima|nerima|dapet|dapat|didapat|masuk|cair|dicairkan|received|got|paid)\b"
    r"|\bdid (?:i|we) (?:get|receive)\b"
)
_OUTSTANDING = re.compile(
    r"\b(?:sisa\w*|yg|yang|masih)\s+(?:\w+\s+)?(?:belum|blm|blom|belom)\s+(?:di)?(?:cair\w*|bayar\w*|"
    r"masuk|terima|diterima|dikirim|kirim)\b|\bkurang\s+(?:brp|berapa)\s+(?:lagi|lg)\b"
    r"|\b(?:outstanding|still (?:owed|to come|due)|not (?:yet )?(?:paid|received)|left to (?:be )?"
    r"(?:paid|receive\w*)|yet to (?:be paid|receive))\b"
)
"""What is still to be paid ("sisa yg blm cair brp", "how much is still outstanding")."""


def total_of_mine(turn: FlowTurn) -> Answer:
    """ "brp jumlahnya" after the schedule: the participant's own total received; None: no
    account."""
    person = yield from participant(turn)
    if person is None:
        return None
    items: list[IncentiveView] = yield IncentivesQuery(person.id)
    return [received_line(turn, items)]


_SUM = re.compile(
    r"\b(?:total|jumlah\w*|keseluruhan|altogether|in total|so far|sejauh ini|sampai sekarang|"
    r"sampe sekarang|sampe skrg|smpe skrg|until now|up to now)\b"
)
"""A sum, or everything until now: not "semua" ("udh cair semua blm?" asks whether all is paid)."""
_INCENTIVE = re.compile(r"\b(?:insentif\w*|intensif\w*|incentives?)\b")
_NOT = re.compile(
    r"\b(?:belum|blm|blom|belom|ga|gak|gk|nggak|ngga|enggak|tidak|tdk|not|never|no|"
    r"haven'?t|hasn'?t|didn'?t|gagal|failed)\b"
)
MAX_SUM_WORDS = 12
"""A sum asked in a few words; a longer message tells a story."""
_ANYONE = re.compile(
    r"\b(?:peserta|participants?|penerima|recipients?|tiap orang|setiap orang|per orang|orang2|"
    r"orang-orang|everyone|each person|people)\b"
)
"""Participants in general, not the one asking."""
_OWN = re.compile(r"\b(?:aku|saya|sy|gw|gue|gua|ane|i|i've|me|my|we|kami)\b|\w+ku\b")
_BALANCE = re.compile(r"\b(?:saldo\w*|balance|pelatihan|training|course|kelas)\b")
_PROGRAMME = re.compile(r"\b(?:prakerja|program\w*)\b")
_SO_FAR = re.compile(
    r"\b(?:udah|udh|sudah|sdh|dah|telah|pernah|so far|sejauh ini|sampai sekarang|sampe sekarang|"
    r"sampe skrg|smpe skrg|until now|up to now)\b"
)
"""What the programme gives, asked with no one's own ("prakerja dapet duit berapa sih total"):
its package, not one's received total."""


def asks_total_received(turn: FlowTurn) -> bool:
    """How much of the incentive one has received in all ("total insentif yg udh aku terima
    brp?", "how much have I received in total?", "total incentive I got so far"), not the
    programme's amounts ("insentif prakerja berapa?") nor whether all is paid."""
    lowered = (turn.message.text or "").lower()
    if asks_outstanding(lowered):
        return True
    if _ANYONE.search(lowered) and not _OWN.search(lowered):
        return False  # "Jadi berapa jumlah yang diterima peserta?": the programme's amounts
    if _PROGRAMME.search(lowered) and not (_OWN.search(lowered) or _SO_FAR.search(lowered)):
        return False  # "prakerja dapet duit berapa sih total": the package
    if all(words.search(lowered) for words in (_TOTAL, _HOW_MUCH, _RECEIVED)):
        return True
    if len(lowered.split()) > MAX_SUM_WORDS or _NOT.search(lowered):
        return False  # "... sampe sekarang insentifnya belum masuk": a wait told, no sum asked
    named = _INCENTIVE.search(lowered) is not None
    return named and all(words.search(lowered) for words in (_SUM, _RECEIVED))


def asks_outstanding(lowered: str) -> bool:
    """How much of the incentive is still to come ("sisa yg blm cair brp")."""
    return bool(_OUTSTANDING.search(lowered) and _HOW_MUCH.search(lowered))


def linked_total(turn: FlowTurn) -> Answer:
    """The total a linked participant asks for, however the NLU reads it ("how much have I
    received in total?" read as the registration status): their own paid incentives. None:
    not asked, the balance asked ("total saldo yg aku dapet"), or the chat is not linked."""
    if turn.message.payload is not None or turn.session.participant_id is None:
        return None
    lowered = (turn.message.text or "").lower()
    if _BALANCE.search(lowered) and not _INCENTIVE.search(lowered):
        return None
    if not asks_total_received(turn):
        return None
    return (yield from total_of_mine(turn))


def received_total(turn: FlowTurn) -> Answer:
    """The participant's own figures asked among the programme's benefits: the sum of their
    paid incentives (a chat not linked is offered linking), or the amounts of their own earlier
    era (``own_era_amount``). None when the message asks no such thing."""
    if not asks_total_received(turn):
        return (yield from own_era_amount(turn))
    person = yield from participant(turn)
    if person is None:
        return not_linked(turn)
    items: list[IncentiveView] = yield IncentivesQuery(person.id)
    return [received_line(turn, items)]


def own_era_amount(turn: FlowTurn) -> Answer:
    """ "insentifnya brp sih" (read as the programme's benefits) from a selected participant:
    the amounts of their own era (2021: Rp600,000 × 4, survey × 3; 2024: Rp600,000 × 1) and
    their schedule, not every era's package. None: not linked, not selected yet, or an era
    the configuration does not know."""
    lowered = (turn.message.text or "").lower()
    if not (_INCENTIVE.search(lowered) and _HOW_MUCH.search(lowered)):
        return None
    person = yield from participant(turn)
    programme = turn.ctx.programme
    if person is None or person.status not in incentive_outlook.PAST_SELECTION:
        return None
    if person.era not in programme.eras:
        return None
    items: list[IncentiveView] = yield IncentivesQuery(person.id)
    return [incentive_outlook.amount(turn, person, items, payment_line)]


def received_line(turn: FlowTurn, items: list[IncentiveView]) -> Outbound:
    paid = [item for item in items if item.status == "berhasil"]
    if items and asks_outstanding((turn.message.text or "").lower()):  # "sisa yg blm cair brp"
        unpaid = [item for item in items if item.status != "berhasil"]
        left = money(sum(item.amount for item in unpaid))
        lines = [turn.say("incentive_asks.outstanding", left=left, count=len(unpaid))
                 if unpaid else turn.say("incentive_asks.none_outstanding", count=len(paid))]
        lines += [turn.say("kb.incentive_header"), *(payment_line(turn, i) for i in items)]
        return Outbound("\n".join(lines), (turn.menu_button(),))
    if paid:
        total = money(sum(item.amount for item in paid))
        lines = [turn.say("kb.incentive_received_total", total=total, count=len(paid))]
        amounts = {item.amount for item in paid}
        if len(paid) > 1 and len(amounts) == 1:  # "4 × Rp600.000 = Rp2.400.000"
            each = money(amounts.pop())
            lines.append(f"{len(paid)} × {each} = {total}")
    else:
        lines = [turn.say("kb.incentive_received_none")]
    if items:
        lines += [turn.say("kb.incentive_header"), *(payment_line(turn, i) for i in items)]
    return Outbound("\n".join(lines), (turn.menu_button(),))
