"""A short reply right after broadcasts were switched on or off (``flows.follow_ons``): "ga
jadi" takes it back (the opposite change offered, one tap away; it was not understood), a
"yes" or "ok" after subscribing is an acknowledgment (it was not understood either), and the
wish said again ("iya kabarin aku") in a chat not linked gets linking first, briefly (not the
whole "only linked chats get broadcasts" answer again). Right after broadcasts were offered on
linking (``flows.subscription_offer``), "ga usah" declines them: an okay and how to subscribe
later (before, "I don't understand" and the menu); nothing is recorded, and no offer comes
again."""

from __future__ import annotations

import re
from collections.abc import Callable

from flows.follow_up_answers import FollowUp, either, now
from flows.link_account import link_payload
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.subscription_offer import TOPIC as OFFERED

SUBSCRIBED = "subscribed"
UNSUBSCRIBED = "unsubscribed"
"""Topics ``flows.last_answer`` records after broadcasts were switched on / off."""

TAKEN_BACK = re.compile(
    r"^\W*(?:(?:eh|ehh|oh|wait|waduh|aduh|oops|loh|lho)\W+)?"
    r"(?:(?:ga|gak|gk|g|nggak|ngga|enggak|engga|tidak|tdk)\s*jadi|batal\w*|cancel\w*|undo|"
    r"never ?mind|kepencet|keklik|salah (?:pencet|klik|ketik|tekan|pilih)|by mistake|"
    r"wrong button)"
    r"(?:\W+(?:deh|aja|dong|kak|min|ya|yah|sih|lah|please|itu|tadi|ding|kok))*\W*$"
)
"""Taken back, and nothing more: "ga jadi", "eh batal deh", "salah pencet", "never mind"."""
_ACKNOWLEDGED = re.compile(
    r"(?:ya+|iya+|yes+|yeah|yep|yup|ok+|oke+|okay|okey|sip+|siap|mantap|mantab|baik|noted|"
    r"good|great|cool|nice|thanks?|makasih|thank you)"
    r"(?:\s+(?:deh|kak|min|ya|dong|sip|siap|oke|ok|gan|please|thanks|makasih))*[\s.!👍]*"
)
"""A plain acknowledgment of the change ("yes", "ok min", "sip")."""


def _offered(subscribe: bool) -> Callable[[FlowTurn], list[Outbound] | None]:
    """ "ga jadi" right after the change: the opposite change, one tap away."""

    def offered(turn: FlowTurn) -> list[Outbound] | None:
        change = turn.button("common.yes", "subscribe" if subscribe else "unsubscribe", means="yes")
        keep = turn.button("common.no", "menu", means="no")
        key = "kb.subscribe_confirm" if subscribe else "kb.unsubscribe_confirm"
        return [turn.reply(key, change, keep)]

    return offered


_ASKED_AGAIN = re.compile(
    r"\b(?:kabar(?:in|i|kan)|infoin|kasih tau|kasi tau|kasitau|kasih info|notif\w*|langganan|"
    r"subscribe|notify|let me know|keep me (?:posted|updated))\b"
)
"""The subscription asked for again ("iya kabarin aku", "yes let me know")."""
_STOP = re.compile(
    r"\b(?:stop\w*|setop|berhenti|jangan|jgn|ga ?mau|gak ?mau|nggak ?mau|ogah|unsub\w*|"
    r"no more|don'?t|batal\w*|cancel\w*)\b"
)
"""A wish to stop ("berhenti langganan"): no repeated wish to subscribe."""


def _asked_again(turn: FlowTurn) -> list[Outbound] | None:
    """The subscription asked for again in a chat not linked: linking first, said briefly (the
    whole explanation was just given); in a linked one, it is on: an acknowledgment; None for
    a wish to stop."""
    if _STOP.search((turn.message.text or "").lower()):
        return None
    if turn.session.participant_id is not None:
        return [turn.reply("fallback.acknowledged", turn.menu_button())]
    link = turn.button("link_account.start", link_payload(None))
    return [turn.reply("subscription.link_first", link, turn.menu_button())]


def _acknowledged(turn: FlowTurn) -> list[Outbound] | None:
    """ "yes", "ok" right after subscribing or stopping: nothing more to do ("yes please stop"
    is more; after stopping, "ya" takes no "Langganan lagi" offered)."""
    if not _ACKNOWLEDGED.fullmatch((turn.message.text or "").lower().strip()):
        return None
    return [turn.reply("fallback.acknowledged", turn.menu_button())]


_DECLINED = re.compile(
    r"^\W*(?:(?:ga|gak|gk|g|nggak|ngga|enggak|engga|tidak|tdk|ndak|no|nope|nah)(?:[\s,.!]*(?:"
    r"usah|perlu|mau|dulu|deh|kak|min|ya|aja|makasih|thanks?|thank you|sekarang|now))*"
    r"|(?:nanti|ntar|later|maybe later|not now|skip)(?:[\s,.!]+(?:aja|saja|dulu|deh|kak|min|"
    r"ya|thanks?))*)\W*$"
)
"""The offer declined, and nothing more: "ga usah", "nggak dulu deh", "no thanks", "not now"."""


def _declined(turn: FlowTurn) -> list[Outbound]:
    """ "ga usah" right after the offer: an okay, and how to subscribe later."""
    return [turn.reply("subscription.offer_declined", turn.menu_button())]


FOLLOW_UPS: dict[str, FollowUp] = {
    OFFERED: (_DECLINED, now(_declined)),
    UNSUBSCRIBED: either(  # "ya", "ok" right after stopping: heard ("Langganan lagi" untapped)
        (TAKEN_BACK, now(_offered(subscribe=True))),
        (_ACKNOWLEDGED, now(_acknowledged)),
    ),
    SUBSCRIBED: either(
        (TAKEN_BACK, now(_offered(subscribe=False))),
        (_ASKED_AGAIN, now(_asked_again)),  # before "iya" is read as a bare acknowledgment
        (_ACKNOWLEDGED, now(_acknowledged)),
    ),
}
"""Entries of ``flows.follow_ons.FOLLOW_UPS``."""


__all__ = ["FOLLOW_UPS", "SUBSCRIBED", "UNSUBSCRIBED"]
