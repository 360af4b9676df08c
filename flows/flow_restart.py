"""The running form asked for again ("cek syarat lagi", "cek ulang syaratnya", "ulang dari
awal") at one of its questions: it starts again from its first question, the answers so far
dropped. Before, "Iya, ini kita lagi di cek syarat" and the same question (or "Yakin mau
membatalkan?" for "ulang dari awal"). A flow set aside stays set aside."""

from __future__ import annotations

import re

from flows.messages import Outbound
from flows.runtime.hooks import Hooks
from flows.runtime.machine import Flow, FlowTurn
from flows.turn import Message, Step

RESTARTED = {"check_eligibility": "eligibility", "register": "registration"}
"""The forms started again this way, by the intent that starts them (``flows.flow_table``'s
``START_INTENTS``, which imports the runner): a complaint's steps take stories, the search its
wishes."""
_AGAIN = re.compile(
    r"\b(?:ulang\w*|dari awal|sekali lagi|again|start over|restart|from the (?:start|beginning))"
    r"\b|\blagi(?:[\s,.!?]+(?:dong|deh|ya|aja|ajah|kak|min|yuk|ah|nih|dari awal|sekarang))*"
    r"[\s,.!?]*$"
)
"""Again, or from the start ("cek syarat lagi", "cek ulang", "dari awal"); "lagi" only at the
end, since "aku lagi cek syarat" is "now"."""
_BARE = re.compile(
    r"(?:(?:eh|oke|ok|ya|yaudah|kak|min)[\s,.!]+)*"
    r"(?:(?:ulang|ulangi|mulai|mulai lagi)(?: lagi)? dari awal|ulang(?:i)? lagi|"
    r"mulai (?:lagi|ulang)|start over|restart)"
    r"(?:[\s,.!]+(?:aja|ya|dong|deh|kak|min|yuk))*[\s,.!?]*"
)
"""Starting over with no flow named ("ulang dari awal", "mulai lagi aja")."""


def asked(flow: Flow, message: Message) -> bool:
    """Whether ``message`` asks for ``flow`` (a restarted form) from its start again."""
    if flow.name not in RESTARTED.values() or message.payload is not None or not message.text:
        return False
    lowered = " ".join(message.text.lower().split())
    if _BARE.fullmatch(lowered):
        return True
    names_flow = RESTARTED.get(message.intent or "") == flow.name
    return names_flow and bool(_AGAIN.search(lowered))


def restart(flow: Flow, turn: FlowTurn, hooks: Hooks) -> Step:
    """ "Kita ulang dari awal", then the flow's first question (a flow set aside kept)."""
    from flows.runtime import runner  # here: the runner reads this module

    kept = turn.session.suspended
    replies = yield from runner.start(flow, turn, hooks)
    turn.session.suspended = kept
    return [Outbound(turn.say("common.restarted")), *replies]


__all__ = ["RESTARTED", "asked", "restart"]
