"""What a fraud complaint hears once its story is told (at a detail question or the summary),
and an insider asked about at a not-selected complaint's tips (``flows.not_selected_insider``):

- more of the fraud itself ("aku udh kasih nik sama otp ke dia juga"): part of this story, not
  a second (login) complaint; added, and what to do now said again (secure the account, call
  the contact centre), then the summary;
- the scammer's account or site ("namanya di ig @prakerja_lolos_cepat"): added to the story;
- "uangnya bisa balik ga": honestly, money paid to a scammer is not returned by the programme
  (it never received it): the bank or e-wallet used and the police (``scam_victim.refund``);
- "kok tau nomor aku ya": unknown to us, and officials never ask for codes or money;
- "tapi saldo aku emang 3,5jt sih" in a "cash out your balance" scam: the balance is real, but
  it cannot be cashed out (DOMAIN.md), so the offer is still a scam.

Additions are no side questions: they do not count towards setting the form aside."""

from __future__ import annotations

import re

from flows.complaint_story import masked
from flows.contact_centre_aside import then_resume
from flows.fraud import REFUND, handed_over, steps_key
from flows.fraud_replies import ALLOWED_ASKED, SAFE_ASKED, safe_key
from flows.messages import MAX_TEXT_LENGTH, Outbound
from flows.not_selected_insider import in_form
from flows.runtime.machine import Flow, FlowTurn, State
from flows.runtime.prompts import prompt

_CONTACT = re.compile(
    r"@[\w.]{3,}|\b(?:[a-z0-9-]+\.)+(?:com|id|net|org|co|xyz|info|site|online|me|ly)\b(?:/\S*)?"
    r"|\b(?:ig|instagram|fb|facebook|tiktok|telegram|tele|twitter|wa|whatsapp|web|situs|link)\b"
    r"(?:\W+\w+){0,3}?\W+(?:nama\w*|akun\w*|username|id|nomor\w*|no)\b"
    r"|\b(?:nama\w*|akun\w*|username)\b(?:\W+\w+){0,3}?\W+(?:ig|instagram|fb|facebook|tiktok|"
    r"telegram|twitter|wa|whatsapp)\b"
)
"""The scammer's account or site named: "di ig @prakerja_lolos_cepat", "akunnya di fb ..."."""
_NUMBER_KNOWN = re.compile(
    r"\b(?:kok|kenapa|knp|gimana|gmn|darimana|dari mana)\b.{0,20}\b(?:tau|tahu|dapet|dapat)\b"
    r".{0,15}\b(?:nomor|nomer|no|hp|wa|kontak)\w*"
    r"|\bhow did (?:they|he|she|it) (?:get|know) my (?:number|phone)"
)
_BALANCE_REAL = re.compile(
    r"\b(?:saldo|balance)\w*\b.{0,25}\b(?:emang|memang|beneran|bener|benar|ada|really|actually)\b"
    r"|\b(?:emang|memang|beneran|bener|benar|really|actually)\b.{0,25}\b(?:saldo|balance)\w*\b"
)

_ALLOWED_WORDS = 8
"""A short "boleh ga?" only: a longer message is the story's."""


def answer(flow: Flow, state: State, turn: FlowTurn) -> list[Outbound] | None:
    """The reply to a message of a fraud complaint told after its story; None for others."""
    insider = in_form(flow, state, turn)  # "emang pake orang dalem ya" at the tips
    if insider is not None:
        return insider
    slots, message = turn.slots, turn.message
    if slots.get("category") != "fraud" or "description" not in slots or message.payload:
        return None
    text = " ".join((message.text or "").split())
    lowered = text.lower()
    contact = turn.ctx.programme.contact_centre
    if REFUND.search(lowered) and not handed_over(lowered):
        said = Outbound(turn.say("scam_victim.refund", contact_centre=contact))
        return then_resume(flow, state, turn, said)
    if _NUMBER_KNOWN.search(lowered):
        said = Outbound(turn.say("complaints.fraud_aside.number_known"))
        return then_resume(flow, state, turn, said)
    if SAFE_ASKED.search(lowered):  # "saldo aku masih aman kan": answered, not the story
        key = safe_key(str(slots.get("description", "")))  # an OTP given: not safe, steps
        return then_resume(flow, state, turn, Outbound(turn.say(key, contact_centre=contact)))
    if ALLOWED_ASKED.search(lowered) and len(lowered.split()) <= _ALLOWED_WORDS:
        said = Outbound(turn.say("fraud_more.not_allowed"))  # "kasih aja ga papa kan?": no
        return then_resume(flow, state, turn, said)
    if _BALANCE_REAL.search(lowered):
        said = Outbound(turn.say("complaints.fraud_aside.balance_real"))
        return then_resume(flow, state, turn, said)
    if handed_over(lowered):
        _add(turn, text)
        steps = Outbound(turn.say(steps_key(lowered), contact_centre=contact))
        return [Outbound(turn.say("complaints.story_added")), steps, prompt(flow, state, turn)]
    if _CONTACT.search(lowered) and "?" not in text:
        _add(turn, text)
        return [Outbound(turn.say("complaints.story_added")), prompt(flow, state, turn)]
    return None


def _add(turn: FlowTurn, text: str) -> None:
    before = str(turn.slots.get("description", ""))
    turn.slots["description"] = f"{before}\n{masked(text)}".strip()[:MAX_TEXT_LENGTH]


__all__ = ["answer"]
