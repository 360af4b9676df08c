"""Inside the linking that a request for broadcasts started ("kabarin aku kalo gelombang baru
dibuka", then "Ya"):

- "lewat wa bisa?": broadcasts go to the chat that subscribed; for WhatsApp, chat with this
  assistant there, link the account there and subscribe (the assistant answers on Telegram,
  WhatsApp and a web chat); news about one's own account comes by dashboard, SMS and email;
- "eh gajadi deh, stop notif": the broadcasts stopped and the linking cancelled too (it was
  only for them). Before, the form went on ("Isianmu tidak dibatalkan" and the NIK again).
"""

from __future__ import annotations

import re

from flows.last_answer import said_since
from flows.messages import Outbound
from flows.runtime.machine import Flow, FlowTurn
from flows.runtime.prompts import prompt
from flows.subscription_follow_ups import SUBSCRIBED

LINKING = "link_account"
RECENT_TURNS = 6
"""The subscribing that started the linking came at most this many messages before."""
MAX_WORDS = 8

_CHANNEL = re.compile(r"\b(?:wa|whatsapp|whatsap|watsap|tele|telegram|tg)\b")
_ASKS = re.compile(r"\?|\b(?:bisa|bs|bsa|gimana|gmn|boleh|can|could)\b")
_CANCEL = re.compile(
    r"\b(?:(?:ga|gak|gk|g|nggak|ngga|enggak|engga|tidak|tdk|ndak)\s*jadi|batal\w*|cancel\w*)\b"
)
"""Not going on with it ("gajadi", "ga jadi", "batal")."""


def _for_broadcasts(flow: Flow, turn: FlowTurn) -> bool:
    """The linking, started right after broadcasts were asked for."""
    return flow.name == LINKING and said_since(turn, SUBSCRIBED, RECENT_TURNS) is not None


def channel_asked(flow: Flow, turn: FlowTurn) -> list[Outbound] | None:
    """ "lewat wa bisa?" in that linking: where broadcasts go, then its question again."""
    lowered = " ".join((turn.message.text or "").lower().split())
    if len(lowered.split()) > MAX_WORDS or not (_CHANNEL.search(lowered) and _ASKS.search(lowered)):
        return None
    if not _for_broadcasts(flow, turn) or not turn.session.step:
        return None
    state = flow.state(turn.session.step)
    if state.slot is None:
        return None
    said = Outbound(turn.say("subscription.other_channel"))
    return [said, Outbound(turn.say("common.resume_question")), prompt(flow, state, turn)]


def cancels_linking(flow: Flow, text: str, turn: FlowTurn) -> bool:
    """ "gajadi, stop notif" in that linking: the linking goes too."""
    return bool(_CANCEL.search(text)) and _for_broadcasts(flow, turn)


__all__ = ["cancels_linking", "channel_asked"]
