"""Why buying fails, asked right after the first purchase's deadline was told as passed ("min
sy mau beli pelatihan skrg" -> "loh kok gabisa", "kenapa ga bisa beli?", "why can't I?"): the
rule heard calmly (the revocation's answer to surprise, ``revoked_follow_ups.surprised``): the
first course within ``purchase_days`` of selection or the card is revoked, nothing the assistant
can reactivate, a complaint when the course was bought in time. Before, "Maksud kamu yang
mana?" (probe p22b D29). Other reactions there ("aku ga dikabarin") keep their own answers."""

from __future__ import annotations

import re

from flows.complaint_topics import file_complaint
from flows.deadline_hardship import MORE_TIME
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.purchase_deadline import PASSED
from flows.runtime import controls
from flows.runtime.machine import FlowTurn
from flows.topic_follow_ups import WHAT_NOW

MAX_WORDS = 8
_WHY_NOT = re.compile(
    r"\b(?:kok|koq|kenapa|knp|napa|why|how come)\b.{0,12}\b(?:(?:ga|gak|gk|g|nggak|ngga|enggak|"
    r"tidak|tdk|tak)\s*bisa|gabisa|gbs|can'?t|cannot|not allowed)\b"
)
"""Why it cannot be done: "loh kok gabisa", "kenapa ga bisa beli?", "why can't I?"."""


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """The rule behind the passed deadline, right after it was told; else None."""
    text = turn.message.words
    if turn.message.payload is not None or turn.session.flow is not None or not text:
        return None
    if len(text.split()) > MAX_WORDS or just_said(turn) != PASSED:
        return None
    report = file_complaint(turn, topic="revoked")
    person = turn.button("common.talk_to_person", controls.HUMAN)
    if WHAT_NOW.search(text):  # "terus gimana": too late to buy; a complaint if bought in time
        remember(turn, PASSED)
        return [turn.reply("revoked_follow_ups.what_now", report, person, turn.menu_button())]
    if MORE_TIME.search(text.lower()):  # "can you extend it just one day": it cannot be
        remember(turn, PASSED)
        return [turn.reply("revoked_follow_ups.no_extension", report, person, turn.menu_button())]
    if not _WHY_NOT.search(text):
        return None
    remember(turn, PASSED)
    days = turn.ctx.programme.facts().get("purchase_days")
    key = "revoked_follow_ups.surprised"
    return [turn.reply(key, report, person, turn.menu_button(), purchase_days=days, deadline="")]


__all__ = ["answer"]
