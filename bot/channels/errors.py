"""The channel exception tree. Each channel maps its platform's errors onto these types at the
boundary; callers (the sender, the outbox, campaigns) react to the type, never to a message."""

from __future__ import annotations


class ChannelError(Exception):
    """Base of every failure to deliver something to a platform."""


class RateLimited(ChannelError):
    """The platform asked us to slow down; try again after ``retry_after`` seconds."""

    def __init__(self, retry_after: float, detail: str = "") -> None:
        super().__init__(f"rate limited, retry after {retry_after:g}s {detail}".strip())
        self.retry_after = retry_after


class RecipientBlocked(ChannelError):
    """The recipient cannot be reached for good (blocked the bot, deactivated, chat not found,
    not a WhatsApp user): mark the identity unreachable and do not retry."""


class ChannelUnavailable(ChannelError):
    """The platform is away or failing (network error, timeout, 5xx): retry later."""


class MessageRejected(ChannelError):
    """The platform refused this one request (invalid parameters ...); retrying cannot help."""


class WindowClosed(MessageRejected):
    """WhatsApp 131047: more than 24 hours since the user's last message; only a template may be
    sent now."""
