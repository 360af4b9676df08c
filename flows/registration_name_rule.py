"""Whether the name must be as on the KTP ("nama harus sesuai ktp?", "boleh pake nama
panggilan?"): yes, the full name exactly as on the KTP. The NIK, KK number and birth date are
matched with Dukcapil's data, and the incentive later goes only to an account in one's own name
(DOMAIN.md "Registration steps", "Incentives": name/NIK mismatch is a common failure cause).

- at a registration question: answered, then that question asked again (before, the NLU's
  ``payment_account`` answer about e-wallets came, then the question);
- soon after the registration ended without an account (the consent refused, the form
  cancelled) or while it is set aside: answered, with the way back into the form one tap away
  (before, the e-wallet answer alone, or "I didn't get that" and the menu).
"""

from __future__ import annotations

import re

from flows.messages import Outbound
from flows.runtime.machine import Flow, FlowTurn, State
from flows.runtime.prompts import prompt
from flows.runtime.runner import CANCELLED
from flows.runtime.transitions import FINISHED

FLOW = "registration"
KEY = "registration.aside.name_rule"
RECENT_TURNS = 6
"""How many messages after the registration ended a name question still refers to it."""
MAX_WORDS = 14
"""A question about the name is short; a longer message is something else."""
ENDED = ("declined",)
"""Final states of the registration after which it may be started again at once (not an age
limit; ``nik_taken`` has its own help)."""

_NAME = re.compile(r"\b(?:nama\w*|name)\b")
_RULE = re.compile(
    r"\b(?:e-?ktp|ktp|kk|kartu keluarga|identitas|id card|panggilan|nickname|singkat\w*"
    r"|lengkap|asli|full name|real name)\b"
)
"""What the name is compared with, or a kind of name ("nama panggilan", "nama lengkap")."""
_ASKS = re.compile(
    r"\?|\b(?:harus|hrs|wajib|mesti|musti|perlu|boleh|bisa|apakah|apa|must|should|can|does|do)\b"
    r"|\b(?:ya|yah|kah|ga|gak|gk|nggak|ngga|enggak|tidak|bukan|kan|gitu|right)[\s.!]*$"
)
"""Asked, not told ("nama saya Budi sesuai KTP" is an answer)."""


def asks_name_rule(text: str | None) -> bool:
    """ "nama harus sesuai ktp?", "namanya harus sama kayak di ktp ya", "boleh pake nama
    panggilan?", "must the name match my KTP?"."""
    lowered = " ".join((text or "").lower().split())
    if not lowered or len(lowered.split()) > MAX_WORDS or re.search(r"\d", lowered):
        return False
    return bool(_NAME.search(lowered) and _RULE.search(lowered) and _ASKS.search(lowered))


def in_form(flow: Flow, state: State, turn: FlowTurn) -> list[Outbound] | None:
    """At a registration question: the answer, then the question again; else None."""
    if flow.name != FLOW or not asks_name_rule(turn.message.text):
        return None
    turn.session.misses = 0
    said = Outbound(turn.say(KEY))
    return [said, Outbound(turn.say("common.resume_question")), prompt(flow, state, turn)]


def after_form(turn: FlowTurn) -> list[Outbound] | None:
    """No form running: the answer, with the set-aside registration to go on with, or a new
    one to start soon after it ended without an account; else None."""
    session = turn.session
    if session.flow is not None or not asks_name_rule(turn.message.text):
        return None
    parked = session.suspended or {}
    if parked.get("flow") == FLOW:
        back = turn.button("registration.name_rule_continue", "resume:continue", means="yes")
        return [turn.reply(KEY, back, turn.menu_button())]
    if not _just_ended(turn):
        return None
    again = turn.button("registration.start", f"flow:{FLOW}", means="yes")
    said = f"{turn.say(KEY)}\n\n{turn.say('registration.name_rule_again')}"
    return [Outbound(said, (again, turn.menu_button()))]


def _just_ended(turn: FlowTurn) -> bool:
    """The registration ended a few messages ago without an account: refused at its consent,
    or cancelled."""
    session = turn.session
    done = session.profile.get(FINISHED)
    if isinstance(done, list) and len(done) > 2 and done[0] == FLOW and done[1] in ENDED:
        return session.turns - int(done[2]) <= RECENT_TURNS
    mark = session.profile.get(CANCELLED)
    if isinstance(mark, list) and len(mark) == 2 and mark[0] == FLOW:
        return session.turns - int(mark[1]) <= RECENT_TURNS
    return False


__all__ = ["after_form", "asks_name_rule", "in_form"]
