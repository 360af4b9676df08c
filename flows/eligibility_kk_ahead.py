"""The family card (KK) told of during the eligibility check before its question:

- nobody on it receives social assistance ("oh iya di KK aku gak ada yg dapet bansos"): no
  answer about Prakerja. Before, "gak ada yg dapet" was read as nobody having received
  Prakerja (the previous-receipt and card questions skipped) and "bansos" as the user being an
  aid recipient. Now: under the current rules aid recipients may join (DOMAIN.md "Eras"), so it
  does not matter; in the semi-bansos era it answers the aid question ("no");
- whether someone on it already joined, not known ("kk aku udh ada yg ikut prakerja blm ya,
  kakak aku"): the assistant sees no one's data, so ask them; the quota (at most
  ``max_beneficiaries_per_kk`` per card, earlier recipients counted). Before, it was read as a
  question about one's own selection ("hasil seleksi diumumkan ...") and an unlinked account;
- a relative who received it ("kakak aku udh dapet prakerja", "kakak aku kayaknya udh ikut"):
  answered by ``flows.eligibility_asides``, and noted here.

What was told is kept (``TOLD``) and said again right before the card's question, so it is not
asked as if nothing had been said."""

from __future__ import annotations

import re

from flows.eligibility_kk_said import AID
from flows.eligibility_relatives import kin_of
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn, Slots, State
from flows.turn import Ask, FlowContext

TOLD = "_kk_told"
"""Slot: ``[kin, sure]`` of a relative on the card said (or asked) to have received it."""
_CARD = re.compile(r"\b(?:kk|kartu keluarga|family card|keluarga\w*|sekeluarga|family)\b")
_NONE = r"(?:(?:gak|ga|gk|nggak|ngga|enggak|tidak|tdk|belum|blm|nda|ndak)\s+ada|gada|gaada|gakada)"
NO_AID = re.compile(
    rf"\b{_NONE}\s+(?:yang|yg|org|orang)\s+(?:\w+\s+){{0,2}}?"
    rf"(?:dapat|dapet|dpt|terima|nerima|menerima|penerima)\w*\s+(?:\w+\s+)?{AID}\b"
    rf"|\b(?:nobody|no one)\b(?:\s+\w+){{0,3}}?\s+(?:gets?|got|receives?|received)\s+{AID}\b"
)
"""Nobody on the card receives social assistance."""
_RECEIPT = re.compile(
    r"\b(?:ikut|dapet|dapat|dpt|terima|nerima|menerima|penerima|lolos|keterima|joined|got|"
    r"received)\w*\b"
)
_ASKS = re.compile(
    r"\?|\b(?:belum|blm|ga|gak|gk|nggak|tidak)\s*(?:ya|yah|sih|kak|min)?\s*[?.!]*\s*(?:,|$)"
    r"|\b(?:gimana|gmn|cara)\s+(?:cek|ngecek|tau|tahu)\b|\bapa\s+(?:udah|udh|sudah|ada)\b"
)
"""A question whether someone did ("... blm ya", "... ga?", "gimana cek nya")."""
_UNSURE = re.compile(
    r"\b(?:kayaknya|kyknya|kykny|keknya|sepertinya|mungkin|kalo ga salah|klo ga salah|"
    r"kalau tidak salah|maybe|probably|i think)\b"
)


def aside(turn: FlowTurn, state: State, lowered: str) -> str | None:
    """The answer to the card told of or asked about at one of the check's questions."""
    slot = state.slot
    if slot is None:
        return None
    if NO_AID.search(lowered) and _CARD.search(lowered):
        if turn.ctx.programme.era.social_assistance_allowed:
            return turn.say("eligibility.kk_ahead.aid_allowed")
        if slot.name == "bansos":
            return None  # the aid question's answer: read by it
        turn.slots["bansos"] = "no"
        return turn.say("eligibility.kk_ahead.aid_noted")
    if _CARD.search(lowered) and _RECEIPT.search(lowered) and _ASKS.search(lowered):
        kin = kin_of(lowered)
        turn.slots[TOLD] = [kin, False]
        per_kk = turn.ctx.programme.max_beneficiaries_per_kk
        return turn.say("eligibility.kk_ahead.unknown", kin=_name(turn, kin), max_per_kk=per_kk)
    return None


def received(turn: FlowTurn, lowered: str) -> None:
    """A relative said to have received it ("kakak aku udh dapet"), kept for the card's
    question; "kayaknya" makes it a maybe."""
    turn.slots[TOLD] = [kin_of(lowered), not _UNSURE.search(lowered)]


def told(slots: Slots, _: FlowContext) -> bool:
    """Something about the card was told, and its question is still to come."""
    return TOLD in slots and "kk_count" not in slots


def noted(turn: FlowTurn) -> Ask[list[Outbound]]:
    """What was told, said again right before the card's question."""
    kin, sure = turn.slots.get(TOLD) or [None, False]
    key = "eligibility.kk_ahead.again_sure" if sure else "eligibility.kk_ahead.again_unsure"
    name = _name(turn, kin if isinstance(kin, str) else None)
    return [Outbound(turn.say(key, kin=name))]
    yield


def _name(turn: FlowTurn, kin: str | None) -> str:
    if kin is None or kin == "other":
        return turn.say("eligibility.kk_ahead.someone")
    return turn.say(f"eligibility.kin.{kin}")


__all__ = ["NO_AID", "TOLD", "aside", "noted", "received", "told"]
