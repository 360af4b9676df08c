"""Subscription changes made only when they are clearly asked for.

- A complaint about not being told ("lho kok gitu, aku ga dikabarin", "I was never notified"),
  which the NLU reads as unsubscribe (0.93), is answered as what it is: where account news
  comes from (dashboard, SMS, email), with a complaint one tap away; nothing is switched off
  (before: broadcasts were stopped at once).
- Any other typed unsubscribe without a stop word ("stop", "berhenti", "jangan", "ga mau",
  "unsubscribe") is asked first, with the change one tap away (``needs_confirmation``).
- A short wish to subscribe ("yaudah langganan aja", "oke langganan dong") subscribes, even
  when the NLU leans to unsubscribe (0.48 against 0.38: "Maksud kamu yang mana?" with
  "Berhenti langganan" first before).
- Subscribing while already subscribed says so ("Kamu sudah berlangganan") instead of
  "Siap!" as if something changed (``already_on``)."""

from __future__ import annotations

import re

from flows.last_answer import remember
from flows.messages import Outbound
from flows.my_data import participant
from flows.queries import ChatOptedOut
from flows.runtime.machine import FlowTurn
from flows.turn import Ask

_NOT_TOLD = re.compile(
    r"\b(?:ga|gak|gk|g|nggak|ngga|enggak|engga|tidak|tdk|ndak|belum|blm|ga pernah|gak pernah|"
    r"tidak pernah|ga ada yang|gak ada yang|ga ada yg|gak ada yg)\s+(?:di)?"
    r"(?:kabar(?:in|i|kan)?|kasih ?ta?u|kasi ?tau|kasih kabar|infoin|informasikan|diinfo|"
    r"beritahu|bilangin|ngabarin|ngasih ?tau)\b"
    r"|\b(?:ga|gak|tidak|tdk|nggak|ngga|ga ada|gak ada|tidak ada)\s+(?:ada\s+)?"
    r"(?:notif\w*|pemberitahuan|sms|email|pesan)\s*(?:apa2|apa-apa|apapun|sama sekali)?\s*"
    r"(?:dari kalian|masuk|sampai|sampe)?\W*$"
    r"|\b(?:never|wasn'?t|was not|weren'?t|didn'?t get|did not get|no one|nobody)\s+"
    r"(?:\w+\s+)?(?:told|notified|informed|warned|tell me|a notification|any notice)\b"
)
"""Not having been told about something ("aku ga dikabarin", "gak dikasih tau", "I was never
notified"): a complaint, never a request to stop broadcasts."""

_STOP_SAID = re.compile(
    r"\b(?:stop\w*|setop|berhenti\w*|jangan|jgn|ja?ngn|usah|gausah|ga ?mau|gak ?mau|gamau|"
    r"nggak ?mau|tidak ?mau|tdk ?mau|ga ?perlu|gak ?perlu|tidak ?perlu|ogah|cukup|matikan|matiin|"
    r"hentikan|nonaktif\w*|keluar|unsub\w*|opt.?out|no more|don'?t|do not|no longer|"
    r"remove me|leave)\b"
)
"""What a typed request to stop broadcasts says in so many words."""

_SUBSCRIBE_WISH = re.compile(
    r"[\W_]*(?:(?:ya+|iya+|yaudah|yaudh|ya ?udah|ya ?sudah|udah|ok|oke|okay|sip|boleh|mau|aku mau|"
    r"saya mau|pengen|pgn|ingin|tolong|please|pls|yes|gas)\W+)*"
    r"(?:(?:ber)?langganan|subscribe|kabarin|kabari)(?:\s+(?:aku|saya|aja|saja|dong|deh|ya|"
    r"kak|min|info|infonya|notif|notifnya|pesan|siaran|broadcast\w*|please|pls|sekarang|now|me))*"
    r"[\W_]*"
)
"""A short wish to subscribe ("yaudah langganan aja", "oke langganan dong", "subscribe me")."""


def not_told(text: str) -> bool:
    """``text`` (any case) complains of not having been told or notified."""
    return bool(_NOT_TOLD.search(" ".join(text.lower().split())))


def says_stop(text: str) -> bool:
    """``text`` (any case) asks in so many words for something to stop."""
    return bool(_STOP_SAID.search(" ".join(text.lower().split())))


def wants_subscription(text: str) -> bool:
    """``text`` (any case) is a short wish to subscribe, with no stop word in it."""
    lowered = " ".join(text.lower().split())
    return bool(_SUBSCRIBE_WISH.fullmatch(lowered)) and not says_stop(lowered)


def needs_confirmation(turn: FlowTurn) -> bool:
    """A typed unsubscribe that does not say stop in so many words: asked first."""
    message = turn.message
    return message.payload is None and not says_stop(message.text or "")


def not_told_answer(turn: FlowTurn) -> list[Outbound] | None:
    """ "aku ga dikabarin" read as unsubscribe: where account news comes from, a complaint one
    tap away; None for any other message."""
    message = turn.message
    if message.payload is not None or not not_told(message.text or ""):
        return None
    complaint = turn.button("intents.complaint", "intent:complaint")
    return [turn.reply("subscription.not_told", complaint, turn.menu_button())]


STATE_TOLD = "subscription_state"
"""``flows.subscription_requests.STATE_TOLD`` (not imported: that module imports this one)."""


def already_on(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """Subscribing while this linked chat already receives broadcasts: said so, with the way
    to stop; None when it does not (or is not linked)."""
    message = turn.message
    found = yield from participant(turn)
    if found is None or not found.notify_opt_in:
        return None
    opted_out = yield ChatOptedOut(message.channel, message.user_id)
    if opted_out:
        return None
    stop = turn.button("intents.unsubscribe", "unsubscribe")
    remember(turn, STATE_TOLD)  # "lewat wa ini aja", "jam brp dikirim" next: about broadcasts
    return [turn.reply("subscription.already_on", stop, turn.menu_button())]


__all__ = [
    "already_on",
    "needs_confirmation",
    "not_told",
    "not_told_answer",
    "says_stop",
    "wants_subscription",
]
