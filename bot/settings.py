"""Typed settings: config.yml plus PRAKERJA_* environment variables, validated once at start-up.

Precedence: explicit arguments > environment (PRAKERJA_DATABASE_URL, PRAKERJA_REDIS_URL,
PRAKERJA_SECRET_KEY, nested as PRAKERJA_SESSIONS__IDLE_TIMEOUT_MINUTES ...) > config.yml >
defaults. Only ``bot`` reads the environment; the other packages receive these objects.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    YamlConfigSettingsSource,
)

from bot.channels.client_address import parse_networks
from bot.settings_credentials import check_credentials
from flows.config import ProgrammeConfig
from nlu import NLUConfig
from storage.db import normalise_url
from storage.repositories.handoff_assign import AutoAssign
from storage.repositories.ticket_hand_out import TicketAutoAssign
from storage.repositories.ticket_targets import TicketTargets

DEFAULT_CONFIG = Path("config.yml")


class ConfigError(Exception):
    """A setting is missing or invalid; the message names the key and why."""


class ServerSettings(BaseModel):
    host: str = "127.0.0.1"
    port: int = Field(8000, ge=1, le=65535)
    workers: int = Field(1, ge=1, le=64)


class SessionSettings(BaseModel):
    idle_timeout_minutes: float = Field(30, gt=0)
    retention_days: float = Field(30, gt=0)
    lock_timeout_seconds: float = Field(10, gt=0)
    lock_ttl_seconds: float = Field(30, gt=0)
    dedup_hours: float = Field(24, gt=0)


class LoggingSettings(BaseModel):
    level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    json_logs: bool = False


class DemoSettings(BaseModel):
    seed_when_empty: bool = True
    seed: int = 2020


class TranscriptSettings(BaseModel):
    flush_interval_ms: float = Field(50, gt=0)
    max_batch: int = Field(500, ge=1)
    retention_days: float = Field(365, gt=0)


class ChannelSettings(BaseModel):
    """Sending to Telegram and WhatsApp (tuning; the credentials are flat PRAKERJA_* secrets)."""

    send_timeout_seconds: float = Field(10, gt=0)
    send_attempts: int = Field(3, ge=1, le=10)
    backoff_seconds: float = Field(0.5, gt=0)
    max_backoff_seconds: float = Field(60, gt=0)
    max_inline_wait_seconds: float = Field(5, ge=0)
    outbox_poll_seconds: float = Field(1.0, gt=0)
    outbox_max_age_hours: float = Field(24, gt=0)
    telegram_rate_per_second: float = Field(30, gt=0)
    whatsapp_rate_per_second: float = Field(80, gt=0)
    polling_timeout_seconds: int = Field(25, ge=0, le=50)


class AttachmentSettings(BaseModel):
    """Evidence sent to a complaint ticket (a screenshot, a PDF); a bot downloads at most 20 MB
    from Telegram's Bot API, so no larger limit could be met."""

    max_bytes: int = Field(5 * 1024 * 1024, ge=1024, le=20 * 1024 * 1024)
    per_ticket: int = Field(10, ge=1, le=100)
    webchat: bool = True  # the web chat's 📎 button (POST /api/webchat/files); off: no uploads
    retention_days: float = Field(365, gt=0)  # after the ticket is resolved or closed


class SmsSettings(BaseModel):
    """The SMS gateway that sends OTP codes (tuning; the URL and token are flat PRAKERJA_* fields).

    The user waits for the send: the worst case is about attempts x timeout plus the pauses.
    """

    timeout_seconds: float = Field(5, gt=0)
    attempts: int = Field(3, ge=1, le=10)
    backoff_seconds: float = Field(0.5, ge=0)


class CannedReply(BaseModel):
    title: str = Field(min_length=1, max_length=60)
    text: str = Field(min_length=1, max_length=4096)


class CrmSettings(BaseModel):
    """The staff console: sign-in cookie, the replies agents send with one click, the internal
    first-response targets of complaint tickets (hours per priority, counted in staff hours or
    on the calendar), and the automatic assignment of escalated chats and of tickets."""

    session_hours: float = Field(12, gt=0, le=24 * 7)
    cookie_secure: bool = False
    canned_replies: list[CannedReply] = Field(default_factory=list, max_length=50)
    ticket_targets: TicketTargets = TicketTargets()
    ticket_targets_clock: Literal["business", "calendar"] = "business"
    auto_assign: AutoAssign = AutoAssign()  # escalated chats to available staff at once
    ticket_auto_assign: TicketAutoAssign = TicketAutoAssign()  # tickets likewise


class WebchatSettings(BaseModel):
    """The browser's visitor cookie (the API token of trusted servers is a flat secret), and
    the proxies whose ``client_header`` (``X-Forwarded-For`` or RFC 7239 ``Forwarded``) names
    the browser's address (``client_address``)."""

    cookie_secure: bool = False
    cookie_days: float = Field(365, gt=0)
    trusted_proxies: list[str] = Field(default_factory=list, max_length=100)
    client_header: Literal["x-forwarded-for", "forwarded"] = "x-forwarded-for"

    @field_validator("client_header", mode="before")
    @classmethod
    def _lower(cls, value: object) -> object:
        return value.strip().lower() if isinstance(value, str) else value

    @field_validator("trusted_proxies")
    @classmethod
    def _networks(cls, values: list[str]) -> list[str]:
        return [str(network) for network in parse_networks(values)]  # ValueError names one


#: Settings that may only come from the environment, never from config.yml.
ENV_ONLY = (
    "webchat_api_token",
    "sms_gateway_token",
    "telegram_token",
    "telegram_secret",
    "whatsapp_token",
    "whatsapp_app_secret",
    "whatsapp_verify_token",
)


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="PRAKERJA_", env_nested_delimiter="__", extra="forbid"
    )

    data_dir: Path = Path(".prakerja")
    database_url: str = "sqlite+aiosqlite:///.prakerja/prakerja.db"
    redis_url: str | None = None
    secret_key: str | None = None
    server: ServerSettings = ServerSettings()
    sessions: SessionSettings = SessionSettings()
    transcript: TranscriptSettings = TranscriptSettings()
    logging: LoggingSettings = LoggingSettings()
    demo: DemoSettings = DemoSettings()
    nlu: NLUConfig = NLUConfig()
    programme: ProgrammeConfig = ProgrammeConfig()
    channels: ChannelSettings = ChannelSettings()
    attachments: AttachmentSettings = AttachmentSettings()
    sms: SmsSettings = SmsSettings()
    webchat: WebchatSettings = WebchatSettings()
    crm: CrmSettings = CrmSettings()
    # A trusted server may send its own user ids with Authorization: Bearer <token>.
    webchat_api_token: SecretStr | None = None
    # SMS gateway for OTP codes (PRAKERJA_SMS_GATEWAY_*); unset: the development sender logs codes.
    sms_gateway_url: str | None = None
    sms_gateway_token: SecretStr | None = None
    # Telegram (PRAKERJA_TELEGRAM_*) and WhatsApp Cloud API (PRAKERJA_WHATSAPP_*); see README.
    telegram_token: SecretStr | None = None
    telegram_secret: SecretStr | None = None
    telegram_api_url: str = "https://api.telegram.org"
    telegram_webhook_url: str | None = None
    telegram_polling: bool = False
    whatsapp_verify_token: SecretStr | None = None
    whatsapp_app_secret: SecretStr | None = None
    whatsapp_token: SecretStr | None = None
    whatsapp_phone_number_id: str | None = None
    whatsapp_api_url: str = "https://graph.facebook.com/v23.0"

    @field_validator("database_url")
    @classmethod
    def _known_database(cls, value: str) -> str:
        return normalise_url(value)  # ValueError names the supported schemes

    @field_validator("redis_url")
    @classmethod
    def _redis_scheme(cls, value: str | None) -> str | None:
        if value in (None, ""):
            return None
        if not value.startswith(("redis://", "rediss://", "unix://")):
            raise ValueError("use redis://host:port/db")
        return value

    @field_validator(
        "telegram_api_url", "telegram_webhook_url", "whatsapp_api_url", "sms_gateway_url"
    )
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        if value in (None, ""):
            return None
        assert value is not None
        if not value.startswith(("https://", "http://")):
            raise ValueError("use an http(s):// URL")
        return value.rstrip("/")

    @model_validator(mode="after")
    def _channels_complete(self) -> Settings:
        check_credentials(self)
        return self

    @property
    def telegram_enabled(self) -> bool:
        return self.telegram_token is not None

    @property
    def whatsapp_enabled(self) -> bool:
        return self.whatsapp_token is not None

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        path = _config_path()
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings]
        if path is not None:
            sources.append(_YamlWithoutSecrets(settings_cls, yaml_file=path))
        return tuple(sources)

    @property
    def uses_redis(self) -> bool:
        return self.redis_url is not None


class _YamlWithoutSecrets(YamlConfigSettingsSource):
    """config.yml, refusing secrets: they belong in the environment only."""

    def __call__(self) -> dict[str, Any]:
        data = super().__call__()
        found = sorted(key for key in ENV_ONLY if data.get(key) not in (None, ""))
        if found:
            names = ", ".join(f"PRAKERJA_{key.upper()}" for key in found)
            raise ConfigError(f"config.yml: {', '.join(found)} must not be in a file; set {names}")
        return data


def _config_path() -> Path | None:
    explicit = os.environ.get("PRAKERJA_CONFIG")
    if explicit:
        path = Path(explicit)
        if not path.is_file():
            raise ConfigError(f"PRAKERJA_CONFIG: no such file: {path}")
        return path
    return DEFAULT_CONFIG if DEFAULT_CONFIG.is_file() else None


def load_settings(**overrides: Any) -> Settings:
    """Read and validate settings; raise ConfigError naming each bad key."""
    try:
        return Settings(**overrides)
    except ValidationError as exc:
        problems = []
        for error in exc.errors():
            key = ".".join(str(part) for part in error["loc"]) or "config"
            problems.append(f"{key}: {error['msg']}")
        raise ConfigError("invalid configuration: " + "; ".join(problems)) from None
