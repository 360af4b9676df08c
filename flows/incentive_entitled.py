"""What a linked participant's incentive is by the rules of their own era, asked in ways the
NLU reads as the programme's benefits table or as something else (probe p23b):

- how it is paid ("insentif itu tiap bulan ya cairnya?", "is it paid in one go or monthly?",
  "berarti bulan depan dapet lagi?"): the era's number of payments (DOMAIN.md "Eras": 2020–2022
  Rp600,000 × 4, 2023–2024 × 1), each on its own date of the participant's schedule, none
  beyond it;
- what they should get in all ("brp total yg harusnya aku terima"): the era's package, then
  what the schedule shows paid and not paid yet (before, only the paid sum, as if it were all).

None: not asked, no linked participant past selection, or an era the configuration lacks."""

from __future__ import annotations

import re

from flows.formatting import money
from flows.incentive_asks import after_incentive
from flows.incentive_outlook import PAST_SELECTION
from flows.incentive_words import payment_line
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.my_data import participant
from flows.queries import IncentivesQuery
from flows.runtime.machine import FlowTurn
from flows.turn import Ask
from flows.views import IncentiveView, ParticipantView

CADENCE = "incentive_cadence"
"""The topic remembered after the cadence answer: "bulan depan dapet lagi?" next is about it."""
MAX_WORDS = 16
_INCENTIVE = re.compile(r"\b(?:insentif\w*|intensif\w*|incentives?)\b")
_OTHER = re.compile(r"\b(?:saldo\w*|balance|survei\w*|survey\w*|gaji|salary|cicilan\w*|kredit)\b")
_CADENCE = re.compile(
    r"\b(?:tiap|setiap|per|every|each)\s*(?:bulan|bln|month)\b|\bsebulan\s+sekali\b"
    r"|\b(?:bulanan|monthly)\b"
    r"|\b(?:sekaligus|sekali\s+(?:cair|bayar|transfer|masuk)|langsung\s+semua|dicicil|bertahap|"
    r"one go|lump sum|all at once|in one payment|installments?)\b"
)
"""How it is paid: "tiap bulan", "sebulan sekali", "sekaligus", "monthly", "in one go"."""
_COUNT = re.compile(
    r"\b(?:how many|berapa|brp|brapa)\s+(?:\w+\s+)?(?:times|kali|x|payments?|installments?|"
    r"tahap|termin)\b"
)
"""How many payments: "how many times is it paid?", "insentif cair berapa kali" (probe p24d:
the first got "joining is free")."""
_SO_FAR = re.compile(
    r"\b(?:in total|total\w*|received|got|gotten|sudah|udah|udh|sdh|diterima|dapet|dapat)\b"
)
"""With how many came so far: "how many ... in total and how many have I received"."""
_REST = re.compile(
    r"\b(?:yg|yang)\s+lain\w*\s+(?:ke\s?mana|kmn|mana|dimana)\b|\bsisa\w*\s+(?:ke\s?mana|kmn|mana)\b"
    r"|\bwhere(?:'s| is| are)?\s+the\s+(?:rest|others?)\b"
)
"""The other payments asked after part arrived: "yg lainnya kemana", "where's the rest"."""
_AGAIN = re.compile(
    r"\b(?:dapet|dapat|dpt|cair|masuk|terima|get|paid)\s+(?:\w+\s+)?(?:lagi|lg|again)\b"
    r"|\b(?:bulan depan|bln depan|next month)\b"
)
"""Another payment asked: "bulan depan dapet lagi?", "will I get it again"."""
_PAID = re.compile(r"\b(?:cair\w*|dicairkan|dibayar\w*|bayar\w*|ditransfer|transfer\w*|paid|pay)\b")
"""The money's payment named: "tiap bulan cairnya", "is it paid monthly"."""
_ENTITLED = re.compile(
    r"\b(?:harusnya|seharusnya|mestinya|semestinya|sehrsnya|hrsnya|should|supposed|entitled|"
    r"hak\s*(?:ku|aku|saya|nya)?)\b"
)
_HOW_MUCH = re.compile(r"\b(?:berapa|brp|brapa|total|jumlah\w*|how much)\b")


def _lowered(turn: FlowTurn) -> str:
    return " ".join((turn.message.text or "").lower().split())


def _cadence_asked(turn: FlowTurn, lowered: str) -> bool:
    if _OTHER.search(lowered):
        return False
    about = bool(_INCENTIVE.search(lowered) or _PAID.search(lowered)) or after_incentive(turn)
    if (_CADENCE.search(lowered) or _COUNT.search(lowered)) and about:
        return True
    if _REST.search(lowered) and after_incentive(turn):  # "yg lainnya kemana" after "cm 600rb"
        return True
    return _again_asked(turn, lowered)


def _again_asked(turn: FlowTurn, lowered: str) -> bool:
    """Another payment asked right after the cadence answer ("berarti bulan depan dapet lagi?")."""
    return bool(_AGAIN.search(lowered)) and just_said(turn) == CADENCE


def _count_asked(lowered: str) -> bool:
    """How many in all and so far: the package against the schedule, not the cadence."""
    counted = _COUNT.search(lowered) and _SO_FAR.search(lowered) and _INCENTIVE.search(lowered)
    return bool(counted) and not _OTHER.search(lowered)


def _entitled_asked(turn: FlowTurn, lowered: str) -> bool:
    if _OTHER.search(lowered) or not (_ENTITLED.search(lowered) and _HOW_MUCH.search(lowered)):
        return False
    return bool(_INCENTIVE.search(lowered)) or after_incentive(turn) or "terima" in lowered


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """The era's payments, or the era's package against the schedule; else None."""
    message = turn.message
    if message.payload is not None or turn.session.flow is not None:
        return None
    lowered = _lowered(turn)
    if not lowered or len(lowered.split()) > MAX_WORDS:
        return None
    counted = _count_asked(lowered)  # "how many in total and how many received": one question
    if len(message.parts) > 1 and not counted:
        return None
    cadence = not counted and _cadence_asked(turn, lowered)
    if not (cadence or counted or _entitled_asked(turn, lowered)):
        return None
    person = yield from participant(turn)
    if person is None or person.status not in PAST_SELECTION:
        return None
    if person.era not in turn.ctx.programme.eras:
        return None
    items: list[IncentiveView] = yield IncentivesQuery(person.id)
    if cadence and _again_asked(turn, lowered):
        return [Outbound(_again_text(turn, person), (turn.menu_button(),))]
    if cadence:
        remember(turn, CADENCE)
        text = _cadence_text(turn, person)
        if _REST.search(lowered):  # each payment on its own date: its own transfer to check
            text += "\n" + turn.say("incentive_entitled.rest")
        return [_with_schedule(turn, text, items)]
    return [_with_schedule(turn, _entitled_text(turn, person, items), items)]


def _facts(turn: FlowTurn, person: ParticipantView) -> dict[str, object]:
    era = turn.ctx.programme.eras[person.era or ""]
    return {**era.facts(), "incentive_total": money(era.incentive_amount * era.incentive_times)}


def _cadence_text(turn: FlowTurn, person: ParticipantView) -> str:
    facts = _facts(turn, person)
    key = "many" if int(str(facts["incentive_times"])) > 1 else "once"
    return turn.say(f"incentive_entitled.cadence_{key}", **facts)


def _again_text(turn: FlowTurn, person: ParticipantView) -> str:
    return turn.say("incentive_entitled.again", **_facts(turn, person))


def _entitled_text(turn: FlowTurn, person: ParticipantView, items: list[IncentiveView]) -> str:
    paid = [item for item in items if item.status == "berhasil"]
    unpaid = [item for item in items if item.status != "berhasil"]
    lines = [turn.say("incentive_entitled.package", **_facts(turn, person))]
    if items:
        lines.append(
            turn.say(
                "incentive_entitled.so_far",
                paid=money(sum(item.amount for item in paid)),
                paid_count=len(paid),
                unpaid=money(sum(item.amount for item in unpaid)),
                unpaid_count=len(unpaid),
            )
        )
    return "\n".join(lines)


def _with_schedule(turn: FlowTurn, text: str, items: list[IncentiveView]) -> Outbound:
    lines = [text]
    if items:
        lines += [turn.say("kb.incentive_header"), *(payment_line(turn, item) for item in items)]
    else:
        lines.append(turn.say("kb.incentive_none", **turn.ctx.programme.facts()))
    return Outbound("\n".join(lines), (turn.menu_button(),))


__all__ = ["CADENCE", "answer"]
