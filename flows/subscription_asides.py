"""Short questions a few messages after broadcasts were asked for or stopped ("kabarin aku
kalo gelombang baru buka", then), when the answer just before was about something else:

- the channel ("lewat wa ini aja", "ke telegram bisa?"): broadcasts go to the chat that
  subscribed (this one), once it is linked to an account (before: "which one?");
- how often ("brp kali sebulan dikirimnya?") or at what time ("nanti dikirim jam brp
  biasanya?"): no fixed schedule or hour, only when there is news (before: the benefits
  table, or "which one?").

Right after the subscription answer itself, ``flows.broadcast_questions`` answers how often;
these are the same questions one or two messages later."""

from __future__ import annotations

import re

from flows.broadcast_questions import ABOUT
from flows.last_answer import remember, said_since
from flows.link_account import link_payload
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.subscription_follow_ups import SUBSCRIBED, UNSUBSCRIBED
from flows.subscription_requests import STATE_TOLD

RECENT_TURNS = 4
"""The subscription answer came at most this many messages before."""
MAX_WORDS = 9

_CHANNEL = re.compile(
    r"\b(?:lewat|via|pake|pakai|ke|di|through|on)\s+(?:(?:chat|nomor|no)\s+)?"
    r"(?:wa|whatsapp|whatsap|watsap|tele|telegram|tg|sini|chat\s+ini|sms|email)\b"
)
"""A channel for the news named ("lewat wa ini aja", "via telegram bisa?")."""
_APPS = (
    ("whatsapp", re.compile(r"\b(?:wa|whatsapp|whatsap|watsap)\b")),
    ("telegram", re.compile(r"\b(?:tele|telegram|tg)\b")),
)
"""The apps a chat may be on, as named."""
_SMS_EMAIL = re.compile(r"\b(?:sms|email|e-mail)\b")
_HOW_OFTEN = re.compile(
    r"\b(?:se(?:minggu|hari|bulan|pekan)|berapa kali|brp kali|brapa kali|how often|"
    r"how many times|(?:se)?tiap (?:hari|minggu|bulan))\b"
)
_WHAT_TIME = re.compile(
    r"\b(?:jam|pukul)\s+(?:berapa|brp|brapa|brp\w*)\b|\bwhat time\b|\b(?:pagi|siang|sore|"
    r"malam|malem)\s+(?:atau|apa|ato)\b"
)
_SENT = re.compile(
    r"\b(?:dikirim\w*|kirim\w*|ngirim\w*|dateng\w*|datang\w*|masuk\w*|nyampe|sampai|sent|"
    r"send\w*|arrive\w*|come|kabar\w*|info\w*|pesan\w*|notif\w*|broadcast\w*)\b"
)


def _recent(turn: FlowTurn) -> bool:
    """Broadcasts were asked for or stopped a few messages before."""
    topics = (SUBSCRIBED, UNSUBSCRIBED, STATE_TOLD, ABOUT)
    return any(said_since(turn, topic, RECENT_TURNS) is not None for topic in topics)


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """The answer to a question on where, how often or when broadcasts come, else None."""
    message = turn.message
    text = " ".join((message.text or "").lower().split())
    if message.payload is not None or turn.session.flow is not None or not text:
        return None
    if len(text.split()) > MAX_WORDS or not _recent(turn):
        return None
    if _CHANNEL.search(text):
        return _channel(turn, text)
    if _HOW_OFTEN.search(text) and _SENT.search(text):
        remember(turn, ABOUT)
        return [turn.reply("broadcasts.how_often", turn.menu_button())]
    if _WHAT_TIME.search(text) and _SENT.search(text):
        remember(turn, ABOUT)
        return [turn.reply("subscription_asides.what_time", turn.menu_button())]
    return None


def _channel(turn: FlowTurn, text: str) -> list[Outbound]:
    """Where broadcasts go: this chat once linked; another app's chat subscribes there."""
    remember(turn, ABOUT)
    named = [app for app, said in _APPS if said.search(text)]
    if _SMS_EMAIL.search(text) or any(app != turn.message.channel for app in named):
        return [turn.reply("subscription.other_channel", turn.menu_button())]
    if turn.session.participant_id is None:
        link = turn.button("link_account.start", link_payload(None))
        return [turn.reply("subscription.link_first", link, turn.menu_button())]
    return [turn.reply("subscription_asides.this_chat", turn.menu_button())]


__all__ = ["answer"]
