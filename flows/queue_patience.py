"""What a queued chat is told when the user asks about the wait ("halo?", "lama bgt", "masih ada
orang?", "kira2 brp lama?", "jadi senin dilanjut?"), as a help desk would say it:

- while staff are on duty, never the same line twice in a row: first an apology and the place
  in the queue, with the honest "I can't say how long"; asked again, the alternatives (a
  complaint, the toll-free line) beside the place, then a shorter apology, turn about; "how long"
  asked gets the honest answer at once, with the alternatives;
- once staff hours are over (a chat still queued at 17.00, or on a Friday evening): that staff
  have gone off duty, when they are back, that the request stays in the queue and is answered
  here then, and that a complaint leaves a message meanwhile (said in full once, then briefly).

Before, every such message got "Kamu masih di antrean nomor 1; petugas akan membalas di sini"
(even after 17.00), and "jadi senin dilanjut?" after hours "belum paham"."""

from __future__ import annotations

import re

from flows import handoff
from flows.contact_follow_ups import staff_days
from flows.messages import Button, Outbound
from flows.runtime.machine import FlowTurn

ASKED = handoff.QUEUE_ASKED
_HOW_LONG = re.compile(
    r"\b(?:berapa|brp|brapa|brpa|kira2|kira-kira|kira kira|kisaran|estimasi|how)\b.{0,20}"
    r"\b(?:lama\w*|lma|menit|jam|nunggu\w*|menunggu|antre\w*|antri\w*|long|wait\w*)\b"
    r"|\b(?:sampai|sampe|smp|sampek|until)\s+(?:kapan|kpn|when)\b"
)
"""How long the wait is asked: "kira2 brp lama nunggunya", "how long do I wait"."""
LATER = re.compile(
    r"\b(?:(?:di)?lanjut\w*|continue\w*|resume\w*|senin|besok|besoknya|lusa|monday|tomorrow|"
    r"pulang|balik|tutup|libur|closed|off duty|gone home|went home|sudah habis|udah habis|"
    r"jam kerja|jam kantor|office hours)\b"
)
"""After hours, the wait carried over asked ("jadi senin dilanjut?", "petugasnya pulang ya?",
"besok dibales?")."""


def wait_asked(turn: FlowTurn, position: int) -> list[Outbound]:
    """The answer to the wait asked about while queued (the place is ``position``)."""
    hours = turn.ctx.programme.staff_hours
    times = _count(turn)
    stop = turn.button("handoff.stop", handoff.STOP, means="no")
    report = turn.button("handoff.file_complaint", "flow:complaints")
    contact = turn.ctx.programme.contact_centre
    if not handoff.staff_on_duty(turn.message.at, hours):
        key = "handoff.after_hours" if times == 1 else "handoff.after_hours_again"
        schedule = staff_days(hours, turn.lang)
        return [
            turn.reply(
                key,
                report,
                stop,
                position=position,
                when=handoff.back_when(turn),
                days=schedule,
                opens=hours.opens.strftime("%H.%M"),
                closes=hours.closes.strftime("%H.%M"),
                zone=hours.zone_label,
                contact_centre=contact,
            )
        ]
    text = (turn.message.text or "").lower()
    if _HOW_LONG.search(text):
        key = "handoff.how_long"
    else:
        key = ("handoff.wait_first", "handoff.wait_options", "handoff.wait_sorry")[
            0 if times == 1 else 1 + times % 2
        ]
    buttons: tuple[Button, ...] = (stop,) if key == "handoff.wait_first" else (report, stop)
    return [turn.reply(key, *buttons, position=position, contact_centre=contact)]


def after_hours(turn: FlowTurn) -> bool:
    """Staff are off duty now (the chat was queued before they left)."""
    return not handoff.staff_on_duty(turn.message.at, turn.ctx.programme.staff_hours)


def reminder(turn: FlowTurn, position: int) -> str:
    """The line after another answer that the chat is still queued (after hours: until when)."""
    if after_hours(turn):
        return turn.say(
            "handoff.reminder_after_hours", position=position, when=handoff.back_when(turn)
        )
    return turn.say("handoff.reminder", position=position)


def keep_waiting(turn: FlowTurn, position: int) -> Outbound:
    """ "ok", "ya" while queued: still in the queue (after hours: answered when staff are back)."""
    stop = turn.button("handoff.stop", handoff.STOP, means="no")
    if after_hours(turn):
        when = handoff.back_when(turn)
        return turn.reply("handoff.keep_waiting_after_hours", stop, position=position, when=when)
    return turn.reply("handoff.keep_waiting", stop, position=position)


def _count(turn: FlowTurn) -> int:
    """This time's number among the wait's askings (1 for the first)."""
    before = turn.session.profile.get(ASKED)
    times = int(before[0]) + 1 if isinstance(before, list) and len(before) == 2 else 1
    turn.session.profile[ASKED] = [times, turn.session.turns]
    return times


__all__ = ["ASKED", "LATER", "after_hours", "keep_waiting", "reminder", "wait_asked"]
