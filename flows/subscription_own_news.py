"""A wish to be told of one's own result by chat ("kabarin aku ya kalo udh diumumin", "kasih
tau aku kalo aku lolos", "let me know when I'm selected"), read before the NLU's intent outside
a flow (``flows.subscription_requests.answer``).

Broadcasts carry wave and programme news only; one's own news (selection result, incentive,
certificate) comes through the dashboard, SMS and email (DOMAIN: "announcement by
dashboard/SMS/email"). So the answer says where that news comes from, and offers broadcasts
for wave news as a question, one tap away; nothing is switched on (before: "Siap! Aku akan
mengabarimu ..." subscribed at once, as if the result would come by chat).

A wish about wave news itself ("kabarin aku kalo ada gelombang baru", "kalo gelombang 73
dibuka") is not this: it stays a subscription."""

from __future__ import annotations

import re

from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.subscription_safety import already_on, says_stop
from flows.turn import Ask

_TELL = (
    r"(?:kabar(?:in|i|kan)|ngabarin|infoin|infokan|kasih ?ta?u|kasi ?ta?u|beri ?tahu|beritau|"
    r"bilangin|ingetin|ingatkan|notif(?:in|ikasi)?|japri|"
    r"let me know|tell me|notify me|message me|text me|ping me)"
)
_WHEN = r"(?:kalo|kalau|klo|kl|jika|jk|apabila|begitu|pas|once|when|if|as soon as)"
_OWN_NEWS = (
    r"(?:diumum\w*|pengumuman\w*|hasil\w*|lolos|keterima|diterima|terpilih|cair\w*|dicair\w*|"
    r"terbit|selected|accepted|results?|announced|passed|paid)"
)
_OWN_NEWS_WISH = re.compile(rf"\b{_TELL}\b.{{0,30}}?\b{_WHEN}\b.{{0,40}}?\b{_OWN_NEWS}\b")
"""Asking to be told, by chat, when one's own result is out."""
_WAVE_NEWS = re.compile(
    r"\b(?:dibuka|buka|bukaan|gelombang (?:baru|berikut\w*|selanjutnya)|new wave|next wave|"
    r"opens?|program baru)\b"
)
"""Wave news: what broadcasts do carry ("kalo gelombang baru dibuka")."""
MAX_WORDS = 16


def wants_own_news(text: str) -> bool:
    """``text`` asks to be told by chat of one's own result (not of wave news, not a stop)."""
    lowered = " ".join(text.lower().split())
    if len(lowered.split()) > MAX_WORDS or says_stop(lowered):
        return False
    return bool(_OWN_NEWS_WISH.search(lowered)) and not _WAVE_NEWS.search(lowered)


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """Where one's own result comes from, broadcasts offered for wave news (or said to be on
    already); None for any other message."""
    message = turn.message
    if message.payload is not None or turn.session.flow is not None or not message.text:
        return None
    if not wants_own_news(message.text):
        return None
    own = turn.say("subscription.own_news")
    on = yield from already_on(turn)
    if on is not None:
        said = own + " " + turn.say("subscription.own_news_on")
        return [Outbound(said, (turn.menu_button(),))]
    change = turn.button("common.yes", "subscribe", means="yes")
    keep = turn.button("common.no", "menu", means="no")
    said = own + " " + turn.say("subscription.own_news_offer")
    return [Outbound(said, (change, keep))]


__all__ = ["answer", "wants_own_news"]
