"""Whether this chat receives broadcasts, asked ("am I subscribed?", "aku langganan ga skrg?",
"status langganan aku apa"): the current state, with the one button that changes it, instead
of "do you want to subscribe / unsubscribe?" (which read the question as a wish and, for "aku
langganan ga", suggested the wrong state).

Who receives a broadcast (``storage.repositories.campaign_deliveries.consenting``): a
participant linked to this chat who opted in (``notify_opt_in``, kept in step with the chat's
opt-out by ``SetSubscription``). A chat not linked to an account receives none, so it is told
that linking comes first."""

from __future__ import annotations

import re

from flows.link_account import link_payload
from flows.messages import Outbound
from flows.my_data import participant
from flows.runtime.machine import FlowTurn
from flows.turn import Ask

_STATE_ASKED = re.compile(
    r"\b(?:am i|are we|is (?:this chat|my (?:chat|account)))\s+(?:still\s+|already\s+)?"
    r"(?:subscribed|signed up for (?:the )?(?:news|updates|broadcasts?)|opted (?:in|out)|"
    r"unsubscribed)\b"
    r"|\bdo i (?:still\s+)?(?:get|receive) (?:the |your )?(?:broadcasts?|news|updates|"
    r"messages)\b|\b(?:my )?subscription status\b|\bis my subscription\b"
    r"|\bstatus (?:ber)?langganan\w*\b|\blangganan\w* (?:aku|saya|ku|sy|gw)\s+(?:masih\s+)?"
    r"(?:aktif|nyala|jalan|apa)\b"
    r"|^\W*(?:(?:apakah|apa|emang|emangnya)\s+)?(?:aku|saya|sy|gw|gue|chat ini|kita)\s+"
    r"(?:masih\s+|udah\s+|udh\s+|sudah\s+|sdh\s+|lagi\s+)?(?:ber)?langganan\w*\s+"
    r"(?:ga|gak|gk|nggak|ngga|enggak|tidak|tdk|belum|blm|ya|kah|apa|gak sih|ga sih)\b"
    r"|\b(?:udah|udh|sudah|sdh)\s+(?:ber)?langganan\w*\s+(?:belum|blm)\b"
    r"|\b(?:apakah|apa)\s+(?:aku|saya|chat ini)\s+(?:masih\s+|sudah\s+|udah\s+)?(?:ber)?langganan"
)
"""The current state asked about, not a wish to change it."""
_WISH = re.compile(
    r"\b(?:mau|ingin|pengen|pgn|pingin|tolong|want|wanna|please|pls|stop|berhenti|daftarin|"
    r"how (?:do|can) i)\b"
)
"""A wish or a how-to ("mau langganan ga?", "how do I unsubscribe?"): the change's own answer."""


def asks_state(text: str) -> bool:
    """``text`` asks whether this chat is subscribed to broadcasts."""
    lowered = " ".join(text.lower().split())
    return bool(_STATE_ASKED.search(lowered)) and not _WISH.search(lowered)


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """The subscription's state and the button that changes it; else None."""
    message = turn.message
    if message.payload is not None or not asks_state(message.text or ""):
        return None
    found = yield from participant(turn)
    if found is None:  # no broadcast reaches a chat with no account
        link = turn.button("link_account.start", link_payload(None))
        return [turn.reply("kb.subscription_unlinked", link, turn.menu_button())]
    if found.notify_opt_in:
        stop = turn.button("intents.unsubscribe", "unsubscribe")
        return [turn.reply("kb.subscription_on", stop, turn.menu_button())]
    start = turn.button("intents.subscribe", "subscribe")
    return [turn.reply("kb.subscription_off", start, turn.menu_button())]


__all__ = ["answer", "asks_state"]
