"""Joining a wave again, or at all, as it applies to the linked participant ("bisa daftar lagi
ga", "gabung gelombang gmn", "kapan pengumuman gelombang aku"), by their status:

- registered: no new registration; "Gabung Gelombang" in the dashboard while a wave is open,
  with the wave open now (its close date) or the next one (DOMAIN.md "Registration steps";
  ``flows.my_selection.registered``);
- not selected: the same, for the next wave (``registration_help.join_next``);
- applied: the wave they wait for and when its results come (``flows.my_selection``);
- revoked: cannot join again (reference/prakerja_faq_facts.yml ``pelatihan-tidak-beli``: "kamu
  tidak bisa mengikuti Program Kartu Prakerja lagi");
- selected or later: once in a lifetime (DOMAIN.md "Eligibility": never a beneficiary before).

Before, "bisa ikut lagi ga" started the eligibility check whatever the status, and a registered
participant asking how to join a wave got the full registration steps with "Daftar di sini".
None: the chat is not linked (the general answers go on)."""

from __future__ import annotations

import re

from flows import my_selection
from flows.complaint_topics import file_complaint
from flows.last_answer import remember
from flows.messages import Outbound
from flows.my_data import participant
from flows.revocation_help import REVOKED
from flows.runtime.machine import FlowTurn
from flows.turn import Ask
from flows.views import ParticipantView
from flows.waves import waves_text

INTENTS = ("register", "wave_schedule", "check_eligibility", "registration_status")
"""The intents "gabung gelombang gmn" is read as."""
BENEFICIARY = ("selected", "enrolled", "completed")
_JOIN_WAVE = re.compile(
    r"\b(?:gabung|ikut|join|masuk|daftar)\w*\s+(?:ke\s+|di\s+|a\s+|the\s+|(?:the\s+)?next\s+)?"
    r"(?:gelombang|gel|wave)\b"
)
_HOW = re.compile(r"\b(?:gimana|gmn|gmna|bagaimana|bgmn|cara\w*|caranya|how|dimana|di ?mana)\b")


def asks_how_to_join(text: str) -> bool:
    """ "gabung gelombang gmn", "cara ikut gelombang", "how do I join a wave?"."""
    lowered = text.lower()
    return bool(_JOIN_WAVE.search(lowered) and _HOW.search(lowered))


def how_to_join(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """ "gabung gelombang gmn" from a linked participant: what applies to them; None: not
    asked, or not linked (the registration steps)."""
    if turn.message.payload is not None or not asks_how_to_join(turn.message.text or ""):
        return None
    person = yield from participant(turn)
    return None if person is None else (yield from by_status(turn, person))


def again(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """ "bisa daftar lagi ga" (no wave named) from a linked participant; None: not linked."""
    person = yield from participant(turn)
    return None if person is None else (yield from by_status(turn, person))


def by_status(turn: FlowTurn, person: ParticipantView) -> Ask[list[Outbound] | None]:
    """Whether and how ``person`` joins a wave; None for a status with nothing to add."""
    if person.status == "revoked":
        return [revoked(turn)]
    if person.status in BENEFICIARY:
        return [turn.reply("wave_join.beneficiary", turn.menu_button())]
    if person.status == "applied":
        return (yield from my_selection.answer(turn, person))
    if person.status == "not_selected":
        wave = yield from waves_text(turn.lang)
        body = turn.say("registration_help.join_next") + "\n\n" + wave
        return [Outbound(body, (turn.menu_button(),))]
    if person.status == "registered":
        return (yield from my_selection.registered(turn, announcement=False))
    return None


def revoked(turn: FlowTurn) -> Outbound:
    """A revoked participant cannot join again; a complaint if they bought in time."""
    remember(turn, REVOKED)  # "mau banding" next: no appeal promised, a complaint
    return turn.reply(
        "wave_join.revoked", file_complaint(turn, topic="revoked"), turn.menu_button()
    )


__all__ = ["INTENTS", "again", "asks_how_to_join", "by_status", "how_to_join", "revoked"]
