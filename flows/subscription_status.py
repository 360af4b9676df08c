"""Whether this chat receives broadcasts, asked ("am I subscribed?", "aku langganan ga skrg?",
"status langganan aku apa"): the current state, with the one button that changes it, instead
of "do you want to subscribe / unsubscribe?" (which read the question as a wish and, for "aku
langganan ga", suggested the wrong state).

Who receives a broadcast (``storage.repositories.campaign_deliveries.consenting``): a
participant linked to this chat who opted in (``notify_opt_in``, kept in step with the chat's
opt-out by ``SetSubscription``) on a chat without a broadcast opt-out (``ChatOptedOut``: one made
before the chat was linked stays). A chat not linked to an account receives none, so it is told
that linking comes first.

What still comes after opting out ("yg penting2 masih dikirim ga?" right after it): the opt-out
covers broadcasts only (``opt_outs.scope`` "broadcast"); replies to the user's own messages and
staff's news on their tickets (``crm.ticket_notice``) still reach the chat, and account news
stays on the dashboard, SMS and email. Said as a complaint ("kok masih dikirim"): an apology,
the opt-out recorded again, what may still come, and a complaint if broadcasts go on."""

from __future__ import annotations

import re

from flows.last_answer import just_said, remember
from flows.link_account import link_payload
from flows.messages import Outbound
from flows.my_data import participant
from flows.queries import ChatOptedOut, SetSubscription
from flows.runtime.machine import FlowTurn
from flows.subscription_follow_ups import SUBSCRIBED, UNSUBSCRIBED
from flows.subscription_requests import STATE_TOLD, pending
from flows.turn import Ask

_NEWS = (
    r"(?:info\w*|berita|kabar\w*|pesan|siaran|broadcast\w*|notif\w*|update\w*|promo\w*|"
    r"prakerja|kartu prakerja|dari (?:kalian|kamu|prakerja|sini)|nya)"
)
"""What the subscription is to ("aku masih langganan info prakerja ga?")."""
_STATE_ASKED = re.compile(
    r"\b(?:am i|are we|is (?:this chat|my (?:chat|account)))\s+(?:still\s+|already\s+)?"
    r"(?:subscribed|signed up for (?:the )?(?:news|updates|broadcasts?)|opted (?:in|out)|"
    r"unsubscribed)\b"
    r"|\bdo i (?:still\s+)?(?:get|receive) (?:the |your )?(?:broadcasts?|news|updates|"
    r"messages)\b|\b(?:my )?subscription status\b|\bis my subscription\b"
    r"|\bstatus (?:ber)?langganan\w*\b|\blangganan\w* (?:aku|saya|ku|sy|gw)\s+(?:masih\s+)?"
    r"(?:aktif|nyala|jalan|apa)\b"
    r"|^\W*(?:(?:jadi|jd|terus|trus|jadinya|sekarang|skrg|skrang|skg|now)\W+)*"
    r"(?:(?:apakah|apa|emang|emangnya)\s+)?(?:aku|saya|sy|gw|gue|chat ini|kita)\s+"
    r"(?:masih\s+|udah\s+|udh\s+|sudah\s+|sdh\s+|lagi\s+)?(?:ber)?langganan\w*"
    rf"(?:\s+{_NEWS}){{0,3}}\s+(?:ga|gak|gk|nggak|ngga|enggak|tidak|tdk|belum|blm|ya|kah|apa|"
    r"gak sih|ga sih)\b"
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


_STILL_SENT = re.compile(
    r"\b(?:masih|tetap|tetep|still)\b.{0,25}\b(?:di|ter)?(?:kirim\w*|kabar\w*|"
    r"dapet|dapat|terima|nerima|masuk|sampai|sampe|sent|get|getting|receive\w*|notified)\b"
)
"""Whether messages still come ("yg penting2 masih dikirim ga?", "will I still get ...?")."""
_OPT_OUT_NAMED = re.compile(
    r"\b(?:berhenti|stop|setop|ga|gak|tidak|udah ga|batal|keluar)\s+(?:ber)?langganan\w*"
    r"|\bunsub\w*|\bopt(?:ed)?.?out\b"
)
"""The opt-out named in the question itself ("kalo berhenti langganan, ... masih dikirim?")."""
_COMPLAINS = re.compile(
    r"\b(?:kok|kenapa|knp|napa|mengapa|why|padahal|masih aja|masih saja|tetep aja|tetap saja|"
    r"still getting|keep (?:getting|sending)|how come)\b"
)
"""Messages said to come still, as a complaint ("kok masih dikirim", "kenapa masih dapet
pesan"), not asked about ("yg penting2 masih dikirim ga?")."""
STATE = STATE_TOLD
"""``flows.last_answer`` topic: the subscription's state was told."""


def asks_still_sent(turn: FlowTurn) -> bool:
    """What still comes after opting out of broadcasts, asked right after the opt-out (or the
    state told), or naming it."""
    lowered = " ".join((turn.message.text or "").lower().split())
    if not _STILL_SENT.search(lowered):
        return False
    after = just_said(turn) in (UNSUBSCRIBED, SUBSCRIBED, STATE) or pending(turn) is not None
    return after or bool(_OPT_OUT_NAMED.search(lowered))


def _confirm(turn: FlowTurn, subscribe: bool) -> Outbound:
    """The change asked about again, one tap away."""
    change = turn.button("common.yes", "subscribe" if subscribe else "unsubscribe", means="yes")
    keep = turn.button("common.no", "menu", means="no")
    key = "kb.subscribe_confirm" if subscribe else "kb.unsubscribe_confirm"
    return turn.reply(key, change, keep)


def complains(text: str) -> bool:
    """``text`` complains that messages still come, rather than asking whether they do."""
    return bool(_COMPLAINS.search(" ".join(text.lower().split())))


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """The subscription's state and the button that changes it, or what an opt-out leaves
    coming; else None."""
    message = turn.message
    if message.payload is not None:
        return None
    if asks_still_sent(turn) and complains(message.text or ""):  # "kok masih dikirim"
        yield SetSubscription(message.channel, message.user_id, False)  # the opt-out again
        remember(turn, UNSUBSCRIBED)
        complaint = turn.button("intents.complaint", "intent:complaint")
        return [turn.reply("subscription.still_sent_sorry", complaint, turn.menu_button())]
    if asks_still_sent(turn):  # broadcasts only: replies and ticket news still come
        asked = pending(turn)  # "yg penting2 masih dikirim ga?" at "Mau berhenti ...?"
        if asked is not None:  # the question kept open, one tap away
            kept = _confirm(turn, asked)
            return [Outbound(turn.say("kb.subscription_still_sent")), kept]
        return [turn.reply("kb.subscription_still_sent", turn.menu_button())]
    if not asks_state(message.text or ""):
        return None
    remember(turn, STATE)  # "yg penting2 masih dikirim ga?" next: what still comes
    found = yield from participant(turn)
    if found is None:  # no broadcast reaches a chat with no account
        link = turn.button("link_account.start", link_payload(None))
        return [turn.reply("kb.subscription_unlinked", link, turn.menu_button())]
    opted_out = yield ChatOptedOut(message.channel, message.user_id)  # before linking, too
    if found.notify_opt_in and not opted_out:
        stop = turn.button("intents.unsubscribe", "unsubscribe")
        return [turn.reply("kb.subscription_on", stop, turn.menu_button())]
    start = turn.button("intents.subscribe", "subscribe")
    return [turn.reply("kb.subscription_off", start, turn.menu_button())]


__all__ = ["STATE", "answer", "asks_state", "asks_still_sent", "complains"]
