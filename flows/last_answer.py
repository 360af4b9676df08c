"""The specific answer given just before ("survey", "otp_login", "change_phone",
"incentive_failed", "not_selected", "incentive_checking", "incentive_timing", "rating"): a
short follow-up right after it ("brp lama cairnya", "caranya gmn") is about that answer, not
about the broad intent the NLU reads it as (``flows.follow_ons``)."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from flows.runtime.machine import FlowTurn
from flows.turn import within_context_of

SAID = "said"
"""``session.profile`` key: [topic, epoch seconds, ``Session.turns`` of the answer]."""


HISTORY = "said_history"
"""``session.profile`` key: the last few topics remembered under ``SAID``, oldest first, each
[topic, epoch seconds, ``Session.turns``] (``said_since``)."""
HISTORY_SIZE = 6


def remember(turn: FlowTurn, topic: str, key: str = SAID) -> None:
    """The topic of the answer given now, under ``key`` (a flow's own key keeps its topic
    when another answer is remembered under ``SAID``)."""
    said = [topic, turn.message.at.timestamp(), turn.session.turns]
    turn.session.profile[key] = said
    if key == SAID:
        history = [entry for entry in turn.session.profile.get(HISTORY) or [] if entry != said]
        turn.session.profile[HISTORY] = [*history, said][-HISTORY_SIZE:]


def said_since(turn: FlowTurn, topic: str, turns: int) -> list[str] | None:
    """The topics remembered after the latest answer on ``topic``, when that answer came at
    most ``turns`` messages before this one and is still recent; else None (a follow-up a few
    turns later, "berarti aku harus gimana", may still be about it)."""
    history = turn.session.profile.get(HISTORY) or []
    for index in range(len(history) - 1, -1, -1):
        entry = history[index]
        if not isinstance(entry, list) or len(entry) != 3 or entry[0] != topic:
            continue
        _, at, answered_in = entry
        if turn.session.turns - int(answered_in) > turns:
            return None
        if not within_context_of(float(at), turn.message.at):
            return None
        return [str(later[0]) for later in history[index + 1 :]]
    return None


def just_said(turn: FlowTurn, key: str = SAID) -> str | None:
    """The topic of the answer to the message just before this one, if still recent."""
    said = turn.session.profile.get(key)
    if not isinstance(said, list) or len(said) != 3:
        return None
    topic, at, answered_in = said
    if answered_in != turn.session.turns - 1:
        return None
    if not within_context_of(float(at), turn.message.at) and not resumed(turn, float(at)):
        return None
    return str(topic)


RESUME_WINDOW = timedelta(days=2)
"""After a pause longer than the context window, a message that refers back to the answer
("udah nunggu td, masih blm muncul jg" 90 minutes after "not issued yet"; "aku udah samain
nomornya kemarin, terus gimana" a day after a failed payment) still follows it, this long."""
_REFERS_BACK = re.compile(
    r"\b(?:tadi|td|tdi|barusan|kemarin|kemaren|kmrn|kmarin|kmaren|wingi|earlier|yesterday|"
    r"(?:cek|check|coba|liat|lihat)\s+(?:lagi|lg|again))\b"
    r"|^(?:(?:kak|min|eh|oh|oke|ok|terus|jadi)[\s,.]+)?(?:trus|terus|trs|lalu|terusnya)\b"
)
"""Words of a message that goes on from an earlier answer: "tadi", "kemarin", "cek lagi", or
"trus" first ("trus kapan cairnya?"); not "masih" alone: "gelombang masih buka?" a day later is
a new question."""


def resumed(turn: FlowTurn, at: float) -> bool:
    """Whether the message goes on, after a pause, from the answer given at ``at`` (epoch
    seconds): it refers back, within ``RESUME_WINDOW``."""
    if not _REFERS_BACK.search((turn.message.text or "").lower()) or at <= 0:
        return False
    pause = turn.message.at - datetime.fromtimestamp(at, UTC)
    return timedelta(0) <= pause <= RESUME_WINDOW


def short_after(turn: FlowTurn, topic: str, max_words: int) -> str | None:
    """The typed message (lowercase, single spaces) when it is at most ``max_words`` long and
    comes right after the answer on ``topic``; else None (a tapped button, a longer message)."""
    text = " ".join((turn.message.text or "").lower().split())
    if turn.message.payload is not None or len(text.split()) > max_words:
        return None
    return text if just_said(turn) == topic else None


def recall_recent(turn: FlowTurn, turns: int) -> str | None:
    """The topic answered at most ``turns`` messages ago (and still recent), remembered again
    as this turn's: after a detour that answered nothing of its own (a queue left, "kamu aja
    bantu"), "trs gmn" next reads against that answer. None: no such topic."""
    history = turn.session.profile.get(HISTORY) or []
    if not history or not isinstance(history[-1], list) or len(history[-1]) != 3:
        return None
    topic, at, answered_in = history[-1]
    if turn.session.turns - int(answered_in) > turns:
        return None
    if not within_context_of(float(at), turn.message.at):
        return None
    remember(turn, str(topic))
    return str(topic)


__all__ = [
    "HISTORY",
    "SAID",
    "just_said",
    "recall_recent",
    "remember",
    "resumed",
    "said_since",
    "short_after",
]
