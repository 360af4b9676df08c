"""A message that asks several things ("saldo ku brp, trs sertifikat ku udh kluar blm?"): each
question answered in turn, when every one is a question the assistant answers (not one that
starts a flow: those are asked one at a time). Before, only one of them was answered, or the
user was asked which one they meant."""

from __future__ import annotations

from dataclasses import replace

from flows import questions
from flows.helpers import answered_first
from flows.menu import main_menu
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.turn import Ask

ANSWERED = frozenset(
    {"program_info", "benefits_info", "registration_status", "wave_schedule",
     "training_balance", "redeem_code", "certificate", "incentive_status", "payment_account",
     "account_access", "complaint_status"}
)  # fmt: skip


def answer_each(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """Every question's answer, one menu at the end; None when this is not such a message."""
    parts = _distinct(turn.message.parts)
    if len(parts) < 2 or any(intent not in ANSWERED for _, intent, _ in parts):
        return None
    replies: list[Outbound] = []
    for text, intent, confidence in parts:
        one = replace(turn.message, text=text, intent=intent, confidence=confidence,
                      ranking=((intent, confidence),), ambiguous=False, parts=())  # fmt: skip
        alone = FlowTurn(turn.session, one, turn.ctx)
        said = yield from answered_first(alone, intent)
        if said is None:
            said = yield from questions.answer(intent, alone)
        replies += [reply for reply in said or [] if reply.text not in {r.text for r in replies}]
    menu = main_menu(turn.lang, first=False)
    kept = [reply for reply in replies if reply.buttons != menu.buttons]
    if len(kept) < len(replies):
        return [*_without_menu_button(kept), menu]
    return [*_without_menu_button(kept[:-1]), *kept[-1:]]  # one "Menu utama", at the end


def _without_menu_button(replies: list[Outbound]) -> list[Outbound]:
    return [replace(r, buttons=tuple(b for b in r.buttons if b.payload != "menu")) for r in replies]


def _distinct(parts: tuple[tuple[str, str, float], ...]) -> list[tuple[str, str, float]]:
    """The first question of each intent."""
    first: dict[str, tuple[str, str, float]] = {}
    for part in parts:
        first.setdefault(part[1], part)
    return list(first.values())
