"""Whether the induction videos are required ("video pengenalan itu wajib?", "do I have to watch
the intro video?"). DOMAIN.md says only where they come ("Registration steps": the
announcement -> induction videos -> card number and balance appear -> a payout account linked
-> the first course bought before the deadline); the answer says that and no more (nothing on
their length, number or skipping), then where the linked participant stands: selected, the steps
after them with their own deadline; a course bought, that step is behind them; not selected
yet, they come after selection. Before, "Maksud kamu yang mana?" (read as the certificate at
0.42).

None: the videos' being required is not asked."""

from __future__ import annotations

import re

from flows import purchase_deadline
from flows.deadline_words import deadline_at
from flows.messages import Outbound
from flows.my_data import Answer, participant
from flows.runtime.machine import FlowTurn

_VIDEO = re.compile(
    r"\b(?:video\w*|vidio\w*|vid)\b.{0,20}\b(?:pengenalan|perkenalan|induksi|intro\w*|"
    r"orientasi|induction|orientation)\b|\b(?:intro\w*|induction|orientation)\s+videos?\b"
)
"""The induction videos named: "video pengenalan", "vidio induksi", "intro video"."""
_REQUIRED = re.compile(
    r"\b(?:wajib|harus|hrs|mesti|musti|perlu|keharusan|kudu|skip|diskip|dilewati|dilewatin|"
    r"lewati|lewatin|mandatory|required|compulsory|must|have to|need to|necessary)\b"
)
BOUGHT = ("enrolled", "completed")
BEFORE = ("registered", "applied", "not_selected")


def asks(text: str) -> bool:
    """Whether the induction videos' being required is asked about."""
    lowered = " ".join(text.lower().split())
    return bool(_VIDEO.search(lowered) and _REQUIRED.search(lowered))


def answer(turn: FlowTurn) -> Answer:
    """What DOMAIN.md says of the videos, then where the participant stands."""
    message = turn.message
    if message.payload is not None or not asks(message.text or ""):
        return None
    lines = [turn.say("my_intro_videos.rule")]
    if turn.session.participant_id is not None:
        person = yield from participant(turn)
        if person is not None and purchase_deadline.lapsed(turn, person):  # the deadline gone
            return [
                Outbound(lines[0]),
                purchase_deadline.passed(turn, person, "kb.deadline_passed_balance"),
            ]
        if person is not None and person.status == "selected":
            deadline = (
                deadline_at(person.purchase_deadline, turn.lang)
            )
            lines.append(turn.say("my_intro_videos.selected", deadline=deadline))
        elif person is not None and person.status in BOUGHT:
            lines.append(turn.say("my_intro_videos.bought"))
        elif person is not None and person.status in BEFORE:
            status = turn.say(f"status_name.{person.status}")
            lines.append(turn.say("my_intro_videos.before", status=status))
    return [Outbound("\n".join(lines), (turn.menu_button(),))]


__all__ = ["answer", "asks"]
