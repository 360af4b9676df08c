"""The production OTP sender: one JSON POST per code to an SMS gateway, with a bearer token.

Contract with the gateway (README "SMS gateway"): ``POST <PRAKERJA_SMS_GATEWAY_URL>`` with
``Authorization: Bearer <PRAKERJA_SMS_GATEWAY_TOKEN>``, ``Idempotency-Key: <reference>`` and
the body ``{"to": "+62812...", "message": "...", "reference": "<reference>"}``; any 2xx means
accepted. Network errors, timeouts, 429 and 5xx are retried (same reference, so a gateway that
honours the key sends once); any other answer is final. Logs carry the masked number
(``0812****90``), the status and the reference, never the code, the message or the token.

Imported only when the gateway is configured (``open_sms_sender``), so the embedded setup
never loads it.
"""

from __future__ import annotations

import asyncio
import uuid

import httpx

from bot.logs import get_logger
from bot.otp import OtpDeliveryFailed
from bot.settings import Settings
from flows.formatting import mask_phone
from flows.responses import text

log = get_logger(__name__)


class HttpSmsOtpSender:
    """Sends OTP codes through the gateway; ``OtpDeliveryFailed`` when it cannot."""

    def __init__(
        self,
        client: httpx.AsyncClient,
        url: str,
        token: str,
        *,
        attempts: int = 3,
        backoff_seconds: float = 0.5,
        language: str = "id",
    ) -> None:
        self._client = client
        self._url = url
        self._token = token
        self._attempts = attempts
        self._backoff = backoff_seconds
        self._language = language

    def __repr__(self) -> str:
        return f"HttpSmsOtpSender({self._url!r}, token=<secret>)"

    async def send(self, phone: str, code: str) -> None:
        reference = uuid.uuid4().hex
        body = {
            "to": phone,
            "message": text(self._language, "sms.otp", code=code),
            "reference": reference,
        }
        headers = {"Authorization": f"Bearer {self._token}", "Idempotency-Key": reference}
        to = mask_phone(phone)
        problem = ""
        for attempt in range(1, self._attempts + 1):
            if attempt > 1:
                await asyncio.sleep(self._backoff * 2 ** (attempt - 2))
            try:
                response = await self._client.post(self._url, json=body, headers=headers)
            except httpx.HTTPError as exc:  # refused connection, timeout, protocol error
                problem = type(exc).__name__
                log.warning("sms_retry", to=to, attempt=attempt, error=problem, ref=reference)
                continue
            status = response.status_code
            if response.is_success:
                log.info("sms_sent", to=to, attempt=attempt, status=status, ref=reference)
                return
            problem = f"HTTP {status}"
            if status != 429 and status < 500:
                log.error("sms_rejected", to=to, status=status, ref=reference)
                raise OtpDeliveryFailed(f"the SMS gateway refused the message ({problem})")
            log.warning("sms_retry", to=to, attempt=attempt, error=problem, ref=reference)
        log.error("sms_failed", to=to, attempts=self._attempts, error=problem, ref=reference)
        raise OtpDeliveryFailed(f"the SMS gateway failed {self._attempts} times ({problem})")


def open_sms_sender(settings: Settings) -> tuple[HttpSmsOtpSender, httpx.AsyncClient]:
    """The sender for the configured gateway and the client it uses (close it at shutdown)."""
    url, token = settings.sms_gateway_url, settings.sms_gateway_token
    if not url or token is None:  # Settings validated both together; this is for the types
        raise ValueError("the SMS gateway is not configured")
    tuning = settings.sms
    client = httpx.AsyncClient(timeout=tuning.timeout_seconds)
    sender = HttpSmsOtpSender(
        client,
        url,
        token.get_secret_value(),
        attempts=tuning.attempts,
        backoff_seconds=tuning.backoff_seconds,
    )
    return sender, client
