"""Start-up: setWebhook when a webhook URL is set; long polling through getUpdates; settings."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bot.runtime import open_runtime
from bot.settings import ConfigError, Settings, load_settings
from tests.channels import payloads
from tests.channels.conftest import TELEGRAM_SECRET
from tests.channels.fake_telegram import FakeTelegram


async def test_start_up_registers_the_webhook_with_secret_and_allowed_updates(
    make_settings: Callable[..., Settings], fake_telegram: FakeTelegram
) -> None:
    settings = make_settings(telegram_webhook_url="https://bot.example.id/telegram/webhook")
    runtime = await open_runtime(settings)
    await runtime.close()
    [call] = fake_telegram.calls("setWebhook")
    assert call["url"] == "https://bot.example.id/telegram/webhook"
    assert call["secret_token"] == TELEGRAM_SECRET
    assert call["allowed_updates"] == [
        "message",
        "edited_message",
        "callback_query",
        "my_chat_member",
    ]


async def test_long_polling_feeds_updates_through_the_same_path(
    make_settings: Callable[..., Settings], fake_telegram: FakeTelegram
) -> None:
    fake_telegram.updates = [
        payloads.telegram("command"),
        payloads.telegram("callback"),
        payloads.telegram("edited_message"),
    ]
    runtime = await open_runtime(make_settings(telegram_polling=True, telegram_secret=None))
    try:
        await fake_telegram.wait_for(lambda: len(fake_telegram.calls("sendMessage")) == 2)
        assert fake_telegram.calls("deleteWebhook")
        offsets = [c.get("offset") for c in fake_telegram.calls("getUpdates")]
        assert str(870001004 + 1) in [str(o) for o in offsets]  # moved past what was taken
    finally:
        await runtime.close()
    texts = fake_telegram.sent_texts()
    assert "Asisten Prakerja" in texts[0] and "Pilih kategori" in texts[1]


@pytest.mark.parametrize(
    ("values", "reason"),
    [
        ({"telegram_token": "1:x"}, "PRAKERJA_TELEGRAM_SECRET"),
        ({"telegram_token": "1:x", "telegram_secret": "has spaces"}, "telegram_secret"),
        ({"telegram_webhook_url": "https://x.id/telegram/webhook"}, "PRAKERJA_TELEGRAM_TOKEN"),
        (
            {
                "telegram_token": "1:x",
                "telegram_polling": True,
                "telegram_webhook_url": "https://x",
            },
            "exclude each other",
        ),
        ({"whatsapp_token": "t"}, "PRAKERJA_WHATSAPP_APP_SECRET"),
        ({"whatsapp_api_url": "graph.facebook.com"}, "whatsapp_api_url"),
    ],
)
def test_incomplete_channel_settings_fail_at_start_up(
    values: dict[str, object], reason: str
) -> None:
    with pytest.raises(ConfigError, match=reason):
        load_settings(**values)


def test_channel_secrets_are_refused_in_config_yml(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "config.yml"
    config.write_text("whatsapp_app_secret: oops\nwhatsapp_api_url: https://graph.example\n")
    monkeypatch.setenv("PRAKERJA_CONFIG", str(config))
    with pytest.raises(ConfigError, match="PRAKERJA_WHATSAPP_APP_SECRET"):
        load_settings()


def test_channel_settings_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    env = {
        "PRAKERJA_TELEGRAM_TOKEN": "123:abc",
        "PRAKERJA_TELEGRAM_SECRET": "s3cret_-",
        "PRAKERJA_TELEGRAM_API_URL": "http://127.0.0.1:8081/",
        "PRAKERJA_WHATSAPP_TOKEN": "EAAJ-graph-token-value",
        "PRAKERJA_WHATSAPP_PHONE_NUMBER_ID": "106540352242922",
        "PRAKERJA_WHATSAPP_APP_SECRET": "app",
        "PRAKERJA_WHATSAPP_VERIFY_TOKEN": "verify",
        "PRAKERJA_CHANNELS__SEND_ATTEMPTS": "5",
    }
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    settings = load_settings()
    assert settings.telegram_enabled and settings.whatsapp_enabled
    assert settings.telegram_api_url == "http://127.0.0.1:8081"
    assert settings.whatsapp_api_url == "https://graph.facebook.com/v23.0"
    assert settings.channels.send_attempts == 5
    assert "EAAJ-graph-token-value" not in repr(settings)  # secrets stay out of reprs


def test_serve_refuses_polling_with_several_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from bot.cli import app

    # keep structlog on the real stderr: CliRunner's stream is closed after the call
    monkeypatch.setattr("bot.cli.configure_logging", lambda *_, **__: None)
    monkeypatch.setenv("PRAKERJA_TELEGRAM_TOKEN", "123:abc")
    monkeypatch.setenv("PRAKERJA_TELEGRAM_POLLING", "false")  # restored after the test
    monkeypatch.setenv("PRAKERJA_REDIS_URL", "redis://127.0.0.1:6379/15")
    result = CliRunner().invoke(
        app, ["serve", "--telegram-polling", "--workers", "2", "--no-prepare"]
    )
    assert result.exit_code == 2
    assert "one process" in result.output


def test_serving_the_web_chat_alone_never_imports_a_channel_sdk() -> None:
    import subprocess
    import sys

    code = (
        "import sys, bot.app, bot.asgi, bot.runtime, bot.channels.routes, bot.channels.hub; "
        "print(sorted(m for m in ('aiogram', 'pywa', 'aiohttp') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout.strip() == "[]"
