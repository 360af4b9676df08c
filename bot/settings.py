"""Typed settings: config.yml plus PRAKERJA_* environment variables, validated once at start-up.

Precedence: explicit arguments > environment (PRAKERJA_DATABASE_URL, PRAKERJA_REDIS_URL,
PRAKERJA_SECRET_KEY, nested as PRAKERJA_SESSIONS__IDLE_TIMEOUT_MINUTES ...) > config.yml >
defaults. Only ``bot`` reads the environment; the other packages receive these objects.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field, ValidationError, field_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    YamlConfigSettingsSource,
)

from flows.config import ProgrammeConfig

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
    nlu: dict[str, Any] = Field(default_factory=dict)
    programme: ProgrammeConfig = ProgrammeConfig()

    @field_validator("database_url")
    @classmethod
    def _known_database(cls, value: str) -> str:
        if not value.startswith(("sqlite+aiosqlite://", "postgresql+asyncpg://")):
            raise ValueError("use sqlite+aiosqlite:///path or postgresql+asyncpg://user@host/db")
        return value

    @field_validator("redis_url")
    @classmethod
    def _redis_scheme(cls, value: str | None) -> str | None:
        if value in (None, ""):
            return None
        if not value.startswith(("redis://", "rediss://", "unix://")):
            raise ValueError("use redis://host:port/db")
        return value

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
            sources.append(YamlConfigSettingsSource(settings_cls, yaml_file=path))
        return tuple(sources)

    @property
    def uses_redis(self) -> bool:
        return self.redis_url is not None


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
