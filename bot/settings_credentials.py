"""The credentials of the channels and the SMS gateway (flat ``PRAKERJA_*`` secrets on
``bot.settings.Settings``): each set complete or absent, and well formed, checked once when
settings are loaded; a ValueError names the variables to set."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.settings import Settings

__all__ = ["check_credentials"]

_TELEGRAM_SECRET_CHARS = frozenset(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
)


def check_credentials(s: Settings) -> None:
    """Telegram (a token, and a secret with a webhook), WhatsApp (all four settings or none),
    the SMS gateway (its URL and token together)."""
    _check_telegram(s)
    _check_whatsapp(s)
    _check_sms(s)


def _check_telegram(s: Settings) -> None:
    if s.telegram_token is None:
        if s.telegram_webhook_url or s.telegram_polling:
            raise ValueError("telegram_token (PRAKERJA_TELEGRAM_TOKEN) is required for Telegram")
        return
    if s.telegram_polling and s.telegram_webhook_url:
        raise ValueError("telegram_polling and telegram_webhook_url exclude each other")
    secret = s.telegram_secret.get_secret_value() if s.telegram_secret else ""
    if not secret and not s.telegram_polling:
        raise ValueError(
            "telegram_secret (PRAKERJA_TELEGRAM_SECRET) is required with a Telegram webhook"
        )
    if secret and (len(secret) > 256 or not set(secret) <= _TELEGRAM_SECRET_CHARS):
        raise ValueError("telegram_secret: 1-256 characters of A-Z, a-z, 0-9, _ and -")


def _check_whatsapp(s: Settings) -> None:
    values = {
        "whatsapp_token": s.whatsapp_token,
        "whatsapp_phone_number_id": s.whatsapp_phone_number_id,
        "whatsapp_app_secret": s.whatsapp_app_secret,
        "whatsapp_verify_token": s.whatsapp_verify_token,
    }
    missing = [name for name, value in values.items() if not value]
    if missing and len(missing) < len(values):
        names = ", ".join(f"{name} (PRAKERJA_{name.upper()})" for name in missing)
        raise ValueError(f"WhatsApp needs all four settings; missing {names}")


def _check_sms(s: Settings) -> None:
    token = s.sms_gateway_token.get_secret_value() if s.sms_gateway_token else ""
    if s.sms_gateway_url and not token:
        raise ValueError(
            "sms_gateway_token (PRAKERJA_SMS_GATEWAY_TOKEN) is required with sms_gateway_url"
        )
    if token and not s.sms_gateway_url:
        raise ValueError("sms_gateway_url (PRAKERJA_SMS_GATEWAY_URL) is required with its token")
