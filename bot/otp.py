"""Pluggable OTP senders for phone verification. The code is generated here, sent, and only a
salted digest goes back to the flow (kept in the session); the code itself is never stored.

``DevelopmentOtpSender`` is the embedded default: it writes the code to the log and the
terminal (the one place an OTP may appear in a log) and remembers the last code per phone so
that tests and the console can type it. The production sender is ``bot.sms.HttpSmsOtpSender``
(an SMS gateway, used when PRAKERJA_SMS_GATEWAY_URL is set). A sender that could not deliver
raises ``OtpDeliveryFailed``; the data layer turns that into "SMS gagal dikirim" for the user."""

from __future__ import annotations

import secrets
import sys
import time
from typing import Protocol

from bot.logs import get_logger
from flows.formatting import mask_phone
from flows.registration_checks import otp_digest
from flows.views import OtpTicket

log = get_logger(__name__)


class OtpDeliveryFailed(Exception):
    """The code could not be sent (gateway down, rejected, timed out after the retries)."""


class OtpSender(Protocol):
    async def send(self, phone: str, code: str) -> None:
        """Deliver ``code`` to ``phone`` (E.164) or raise ``OtpDeliveryFailed``."""
        ...


class DevelopmentOtpSender:
    """Logs and prints the code instead of sending an SMS (development and tests only)."""

    def __init__(self, *, echo: bool = True) -> None:
        self.echo = echo
        self.last_codes: dict[str, str] = {}

    async def send(self, phone: str, code: str) -> None:
        self.last_codes[phone] = code
        log.warning("dev_otp_sent", code=code, hint="development OTP sender: no SMS was sent")
        if self.echo:
            print(f"[dev OTP] kode untuk {phone[:6]}***: {code}", file=sys.stderr)


async def issue(sender: OtpSender, phone: str, length: int, ttl_seconds: float) -> OtpTicket:
    code = "".join(secrets.choice("0123456789") for _ in range(length))
    salt = secrets.token_hex(8)
    await sender.send(phone, code)
    return OtpTicket(salt=salt, digest=otp_digest(salt, code), expires_at=time.time() + ttl_seconds)


__all__ = ["DevelopmentOtpSender", "OtpDeliveryFailed", "OtpSender", "issue", "mask_phone"]
