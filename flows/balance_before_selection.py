"""The training balance asked before one is selected ("saldo aku brp" from a participant who is
registered, waiting for an announcement, or not selected): there is none until selection
(DOMAIN.md "Registration steps": the card number and balance appear after the announcement
and the induction videos). The answer records its topic, so the short follow-ups after it
are read against it, whatever the NLU makes of them:

- "kok blm ada" / "kapan adanya": why there is none yet, by status: registered, no wave joined
  (join the wave open now, or the next one, from the dashboard, with the dates from the
  database); waiting, the announcement first; not selected, the next wave;
- "trs aku hrs ngapain": the one step for that status.

Before, "kok blm ada" got "which did you mean?" and "trs aku hrs ngapain" "kurang jelas"."""

from __future__ import annotations

import re
from collections.abc import Callable

from flows import my_selection
from flows.last_answer import remember
from flows.messages import Outbound
from flows.queries import ParticipantQuery
from flows.runtime.machine import FlowTurn
from flows.turn import Ask
from flows.views import ParticipantView
from flows.waves import waves_text

Answer = Ask[list[Outbound] | None]

TOPIC = "balance_before_selection"
"""``flows.last_answer`` topic of the balance answer given before selection."""
BEFORE = ("registered", "applied", "not_selected")
"""Statuses with no training balance yet."""
MAX_WORDS = 8

WHY = re.compile(
    r"\b(?:kok|koq|kenapa|knp|napa|mengapa|why|kapan|kpn|when)\b"
    r"|\b(?:belum|blm|blom|ga|gak|gk|nggak|ngga|tidak|tdk)\s+(?:ada|muncul|masuk|keluar)\b"
)
"""Why there is none yet, or when: "kok blm ada", "kapan munculnya?"."""
_BARE_NEXT = re.compile(
    r"^\W*(?:(?:oh|ok|oke|jadi|jd|terus|trus|trs|lalu)\W+)*(?:terus|trus|trs|lalu|selanjutnya|"
    r"terusnya|trsnya)(?:\W+(?:gimana|gmn|gmna|apa|kak|min|dong|ya|aku|saya|sy|harus|hrs|"
    r"gimana))*\W*$"
)
"""Only "and then?": "terus?", "trs gmn"."""


def answer(turn: FlowTurn, person: ParticipantView) -> list[Outbound]:
    """No balance before selection; the status named (the topic recorded for "kok blm ada")."""
    remember(turn, TOPIC)
    status = turn.say(f"status_name.{person.status}")
    return [turn.reply("kb.balance_none", turn.menu_button(), status=status)]


def follow_up(turn: FlowTurn) -> Answer:
    """ "kok blm ada" or "trs aku hrs ngapain" right after it: by the participant's status;
    None when the records moved on (selected since) or the message is no such follow-up."""
    text = " ".join((turn.message.text or "").lower().split())
    if turn.message.payload is not None or len(text.split()) > MAX_WORDS:
        return None
    next_asked = bool(my_selection.NEXT.search(text) or _BARE_NEXT.search(text))
    if not next_asked and not WHY.search(text):
        return None
    message = turn.message
    person: ParticipantView | None = yield ParticipantQuery(message.channel, message.user_id)
    if person is None or person.status not in BEFORE:
        return None
    if person.status == "not_selected":
        return (yield from my_selection.next_wave(turn))
    if person.status == "applied":  # the announcement first ("abis itu apa": then the steps)
        return (yield from my_selection.answer(turn, person))
    wave = yield from waves_text(turn.lang)
    remember(turn, my_selection.NO_WAVE)  # "udah seminggu" next: no wave joined
    key = "selection.no_wave_next" if next_asked else "balance_before_selection.registered"
    return [Outbound(f"{turn.say(key)}\n\n{wave}", (turn.menu_button(),))]


FOLLOW_UPS: dict[str, tuple[re.Pattern[str], Callable[[FlowTurn], Answer]]] = {
    TOPIC: (re.compile(f"{WHY.pattern}|{my_selection.NEXT.pattern}|{_BARE_NEXT.pattern}"),
            follow_up),
}  # fmt: skip
"""The entry of ``flows.follow_ons.FOLLOW_UPS``."""


__all__ = ["BEFORE", "FOLLOW_UPS", "TOPIC", "answer", "follow_up"]
