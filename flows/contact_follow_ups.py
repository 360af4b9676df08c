"""Short follow-ups right after the programme's contact channels were given ("nomor call center
prakerja brp?": ``kb.contact`` from ``flows.handoff``, or at a form's question
``flows.contact_centre_aside``), read against that answer (``flows.follow_ons``):

- "jam berapa buka?", "24 jam ga?": the contact centre's hours are not in the assistant's facts,
  so where to find them, and when staff answer in this chat (``programme.staff_hours``);
- "kalo email?": no address in its facts either, so where to find it, and the channels it has.

DOMAIN.md names the channels (complaint form, live chat, toll-free 0800-150-3001, email) but
neither hours nor an address: none is invented. Before, "jam berapa buka?" got the open wave's
dates and "kalo email?" the account problems."""

from __future__ import annotations

import re
from collections.abc import Callable

from babel.dates import get_day_names

from flows.config import StaffHours
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.runtime import controls
from flows.runtime.machine import FlowTurn
from flows.turn import Ask

TOPIC = "contact"
"""``flows.last_answer`` topic: the official contact channels were given."""
MAX_WORDS = 8
"""A follow-up is short (as in ``flows.follow_ons``)."""

HOURS = re.compile(
    r"\b(?:jam|pukul|operasional|buka\w*|tutup\w*|libur\w*|sabtu|minggu|weekend|24 ?jam|"
    r"hours?|open\w*|clos\w*|what time)\b"
)
"""When it answers: "jam berapa buka?", "sabtu buka ga?", "what are the hours?"."""
EMAIL = re.compile(r"\b(?:e-?mail\w*|surel)\b")
"""Its email: "kalo email?", "emailnya apa?", "what about email?"."""
FOLLOW_UP = re.compile(f"{EMAIL.pattern}|{HOURS.pattern}")


def said(turn: FlowTurn) -> None:
    """Record that the contact channels were just given."""
    remember(turn, TOPIC)


def reply(turn: FlowTurn) -> Outbound | None:
    """The follow-up's answer (with its buttons) right after the contact channels, else None."""
    text = " ".join((turn.message.text or "").lower().split())
    if turn.message.payload is not None or len(text.split()) > MAX_WORDS:
        return None
    if just_said(turn) != TOPIC:
        return None
    return _answered(turn, text)


def _answered(turn: FlowTurn, text: str) -> Outbound | None:
    programme = turn.ctx.programme
    person = turn.button("common.talk_to_person", controls.HUMAN)
    if EMAIL.search(text):
        said(turn)  # "jam berapa buka?" next: still about the channels
        report = turn.button("handoff.file_complaint", "flow:complaints")
        key, buttons = "kb.contact_email", (report, person, turn.menu_button())
        return turn.reply(key, *buttons, contact_centre=programme.contact_centre)
    if not HOURS.search(text):
        return None
    said(turn)  # "kalo email?" next: still about the channels
    hours = programme.staff_hours
    return turn.reply(
        "kb.contact_hours",
        person,
        turn.menu_button(),
        contact_centre=programme.contact_centre,
        days=staff_days(hours, turn.lang),
        opens=hours.opens.strftime("%H.%M"),
        closes=hours.closes.strftime("%H.%M"),
        zone=hours.zone_label,
    )


def staff_days(hours: StaffHours, lang: str) -> str:
    """ "Senin–Jumat" (a run of days), else the days named one by one."""
    names = get_day_names("wide", locale="en" if lang == "en" else "id")
    days = sorted(set(hours.days))
    if len(days) > 2 and days == list(range(days[0], days[-1] + 1)):
        return f"{names[days[0]]}–{names[days[-1]]}"
    return ", ".join(str(names[day]) for day in days)


def _asked(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    answered = _answered(turn, " ".join((turn.message.text or "").lower().split()))
    return None if answered is None else [answered]
    yield  # asks nothing


FOLLOW_UPS: dict[str, tuple[re.Pattern[str], Callable[[FlowTurn], Ask[list[Outbound] | None]]]] = {
    TOPIC: (FOLLOW_UP, _asked),
}
"""Entries of ``flows.follow_ons.FOLLOW_UPS``."""


__all__ = ["FOLLOW_UPS", "TOPIC", "reply", "said", "staff_days"]
