"""An incentive complaint's payout taken from the linked record when the participant confirms
it: "Di catatan, insentifmu dikirim ke DANA. Masih pakai DANA?" [Ya | Tidak]; "ya" keeps DANA,
"tidak" asks which one (the participant may have changed it), another one named is kept as
said. Before, the complaint asked "Rekening atau e-wallet apa yang kamu pakai?" although the
record shows where the payments went."""

from __future__ import annotations

import re

from flows.complaint_bot_refused import refuses_bot
from flows.complaint_details import DETAIL, payout
from flows.complaint_form_words import sends
from flows.complaint_on_record import RECORD_PAYOUT
from flows.complaint_story import adds_detail, masked
from flows.complaint_switch import asked_again
from flows.messages import MAX_TEXT_LENGTH, Outbound
from flows.result import Invalid, Result, Valid
from flows.runtime import controls
from flows.runtime.machine import FlowTurn, Go, Slots
from flows.turn import Ask, FlowContext, Message

STATE = "payout_record"
SLOT = "_payout_same"


def _offered(slots: Slots, _: FlowContext) -> bool:
    """A payout complaint, the payout not told yet, the record showing one."""
    asks = DETAIL.get(str(slots.get("category"))) == "payout"
    return asks and "payout" not in slots and bool(slots.get(RECORD_PAYOUT))


OFFER = Go(STATE, _offered, "the record shows the payout")
"""Before the payout question: the record's payout offered."""


def _same(slots: Slots, _: FlowContext) -> bool:
    return slots.get(SLOT) == "yes"


def _kept(slots: Slots, _: FlowContext) -> bool:
    return "payout" in slots


KEEP = "payout_kept"
AFTER = (Go(KEEP, _same, "the record's payout"), Go("confirm", _kept, "one named"),
         Go("detail_payout"))  # fmt: skip
"""Yes: the record's kept; one named: kept as said; else the payout question."""


def keep(turn: FlowTurn) -> Ask[list[Outbound]]:
    """The record's payout kept (a tapped "Ya" reaches no validator)."""
    turn.slots["payout"] = str(turn.slots.get(RECORD_PAYOUT))
    return []
    yield


def same(message: Message, slots: Slots, ctx: FlowContext) -> Result:
    """Yes: the record's payout; a bank or e-wallet named: that one; no: asked next."""
    named = payout(message, slots, ctx) if message.payload is None else None
    if isinstance(named, Valid):
        slots["payout"] = named.value
        _told_why(message, slots)  # "nama di dana beda sama ktp": the cause, in the story
        return Valid("named")
    answer = controls.answer_yes_no(message)
    if answer is None and not message.payload and sends(message.text or ""):
        return Invalid("complaint_send_later", miss=False)  # "kirim": after this question
    if answer is None and asked_again(message, slots):  # "mau lapor insentif gagal lagi"
        return Invalid("complaint_same", miss=False)
    if answer is None or refuses_bot(message.text or ""):  # "gausah pake bot": no "Tidak"
        return None
    _told_why(message, slots)  # "udah upgrade kemarin sore" (yes): in the story as well
    return Valid("yes" if answer else "no")


MIN_CAUSE_WORDS = 4
_CAUSE = re.compile(
    r"\b(?:beda|berbeda|(?:ga|gak|gk|tidak|tdk|nggak) (?:sama|sesuai|aktif|bisa)|salah|diganti|"
    r"ganti|nonaktif|diblokir|blokir|(?:belum|blm) (?:upgrade|kyc|premium|verif\w*)|"
    r"different|mismatch|inactive|blocked|not (?:upgraded|verified))\b"
)
"""A cause told where the payout is confirmed ("nama di dana beda sama ktp")."""


def _told_why(message: Message, slots: Slots) -> None:
    text = " ".join((message.text or "").split())
    before = str(slots.get("description", ""))
    cause = len(text.split()) >= MIN_CAUSE_WORDS and bool(_CAUSE.search(text.lower()))
    told = adds_detail(text) or cause
    if told and text.lower() not in before.lower():
        slots["description"] = f"{before}\n{masked(text)}".strip()[:MAX_TEXT_LENGTH]


def params(turn: FlowTurn) -> dict[str, object]:
    return {"channel": str(turn.slots.get(RECORD_PAYOUT, "-"))}


__all__ = ["AFTER", "KEEP", "OFFER", "SLOT", "STATE", "keep", "params", "same"]
