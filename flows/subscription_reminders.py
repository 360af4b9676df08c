"""Personal reminders or notification times asked for ("aku mau dapet pengingat kalo deadline
beli pelatihan udh deket", "bisa diatur jam notifnya ga"): what this chat can send (broadcasts
of wave and programme news, by "langganan info"), that a personal reminder or a time of day
cannot be set here, and where news of one's own account comes (dashboard, SMS, email; DOMAIN.md
"Registration steps"). A deadline named is then told from the linked participant's record
(``flows.purchase_deadline_mine``). Before, the first got only the next purchase's rule and the
second "Maksud kamu yang mana?". Asked by ``flows.subscription_requests.answer``; a reminder of
a wave's opening is the subscription itself, left to it."""

from __future__ import annotations

import re

from flows import purchase_deadline_mine
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.turn import Ask

MAX_WORDS = 20
_REMINDER = re.compile(
    r"\b(?:pengingat|reminder\w*|alarm)\b|\b(?:ingetin|ingatin|ingatkan|ingetkan|diingetin|"
    r"diingatkan|diingatin|remind)\b(?=.*\b(?:kalo|kalau|klo|kl|saat|pas|sebelum|menjelang|"
    r"when|before|deadline|batas|besok|nanti|tiap|setiap)\b)"
)
"""A reminder asked for: the noun, or the verb with its when ("ingetin aku kalo ..."), not
"ingetin aku caranya" (remind me how)."""
_NOTICE = re.compile(r"\b(?:notif\w*|notification\w*|pemberitahuan|broadcast\w*|siaran)\b")
_TIMING = re.compile(
    r"\b(?:jam|jamnya|waktunya|atur|diatur|ngatur|mengatur|setting|setel|disetel|set|"
    r"schedule|jadwalnya|time)\b"
)
_WAVE = re.compile(r"\b(?:gelombang|gel|wave\w*|pendaftaran|dibuka|buka)\b")
"""A reminder of a wave's opening: what the broadcasts are (the subscription's own answer)."""
_DEADLINE = re.compile(
    r"\b(?:deadline|batas|tenggat|tenggang|kadaluarsa|kedaluwarsa|hangus|beli pelatihan|"
    r"purchase)\b"
)


def asks(text: str) -> bool:
    """A personal reminder or a notification time asked for."""
    lowered = " ".join(text.lower().split())
    if not lowered or len(lowered.split()) > MAX_WORDS or _WAVE.search(lowered):
        return False
    timed = _NOTICE.search(lowered) is not None and _TIMING.search(lowered) is not None
    return timed or _REMINDER.search(lowered) is not None


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """What can be sent and what cannot be set; then a named deadline, from the record."""
    text = turn.message.text or ""
    if turn.message.payload is not None or not asks(text):
        return None
    news = turn.button("intents.subscribe", "subscribe")
    reminder = _REMINDER.search(text.lower()) is not None  # else a time of day asked
    key = "subscription.reminders" if reminder else "subscription.reminder_time"
    said = turn.reply(key, news, turn.menu_button())
    turn.session.misses = 0
    if not _DEADLINE.search(text.lower()):
        return [said]
    deadline = yield from purchase_deadline_mine.answer(turn)  # the linked participant's own
    return [said, *(deadline or [])]


__all__ = ["answer", "asks"]
