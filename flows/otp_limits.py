"""Who may make the assistant send a code by SMS, and how often (``programme.otp``).

A code goes to a phone: a number typed at registration, or the phone on record of an account
(linking a chat, erasing the account). Sends are limited per asking chat and per phone
separately, so that no chat can use up another's codes (a stranger who knows someone's NIK or
number only uses up their own chat's allowance):

* one chat: ``sends_per_number`` codes for one phone per ``wait_hours``, and codes for at most
  ``numbers_per_day`` different phones per 24 hours (no trying NIKs or numbers one by one);
* one phone, from all chats together: ``number_max_sends`` per ``wait_hours``, a guard against
  floods from many chats, set above what one chat may ask so that one chat never reaches it.
  The owner's own chat is never held by it: a chat linked to the account, or a WhatsApp chat
  from that very number (WhatsApp verified it);
* one web chat client, all its chats together: ``sends_per_client`` per ``wait_hours``. A web
  chat costs nothing to open (a browser without the cookie gets a fresh visitor), so the chat
  limits alone let one client make the bot send SMS to many phones. The client is the opaque
  ``Message.client`` the channel gives (the web chat: a keyed tag of the browser's address);
  Telegram and WhatsApp give none, and are not held by it;
* besides, the chat's own budget in its session (``max_sends``, ``flows.otp_sends``).

The data layer counts these in the database (every worker and restart sees the same counts);
a send the SMS gateway could not make is not counted. A refusal is an ``OtpLimited``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from flows.config import OtpRules

DAY_SECONDS = 24 * 3600
"""The window of ``numbers_per_day``."""


class Limit(StrEnum):
    """Which limit refused a send (the flow slot that says so is in ``SLOTS``)."""

    CHAT_NUMBER = "chat_number"  # this chat asked this phone's codes too often
    CHAT_NUMBERS = "chat_numbers"  # this chat asked codes for too many phones today
    NUMBER = "number"  # this phone got too many codes from all chats
    CLIENT = "client"  # this web chat client asked too many codes, all its chats together


@dataclass(frozen=True, slots=True)
class OtpLimited:
    """Answer to ``SendOtp`` / ``SendLinkOtp``: no code sent, ``limit`` refused it."""

    limit: Limit


SLOTS = {
    Limit.CHAT_NUMBER: "otp_asked_often",
    Limit.CHAT_NUMBERS: "otp_many_numbers",
    Limit.NUMBER: "otp_limited",
    Limit.CLIENT: "otp_blocked",
}
"""The slot (and final state) a refusal sets in registration, linking and erasing. A client's
refusal says what the chat's own budget says ("codes were sent too often, wait"): it names
nobody else's chats."""


def window_hours(rules: OtpRules, limit: Limit) -> float:
    """The hours after which the refused send may be asked again, at the latest."""
    return DAY_SECONDS / 3600 if limit is Limit.CHAT_NUMBERS else rules.wait_hours
