"""Settings validation and the CLI's guard rails."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from bot.cli import app
from bot.settings import ConfigError, load_settings


def test_defaults_are_the_embedded_ones(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    settings = load_settings()
    assert settings.database_url.startswith("sqlite+aiosqlite:///")
    assert settings.redis_url is None and settings.sessions.idle_timeout_minutes == 30


def test_environment_wins_over_config_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    config = tmp_path / "c.yml"
    config.write_text("server:\n  port: 9001\nsessions:\n  idle_timeout_minutes: 10\n")
    monkeypatch.setenv("PRAKERJA_CONFIG", str(config))
    monkeypatch.setenv("PRAKERJA_SESSIONS__IDLE_TIMEOUT_MINUTES", "5")
    monkeypatch.setenv("PRAKERJA_REDIS_URL", "redis://127.0.0.1:6379/0")
    settings = load_settings()
    assert settings.server.port == 9001
    assert settings.sessions.idle_timeout_minutes == 5
    assert settings.uses_redis


@pytest.mark.parametrize(
    ("env", "value", "named"),
    [
        ("PRAKERJA_DATABASE_URL", "mysql://x", "database_url"),
        ("PRAKERJA_REDIS_URL", "http://x", "redis_url"),
        ("PRAKERJA_SERVER__PORT", "99999", "server.port"),
        ("PRAKERJA_SESSIONS__IDLE_TIMEOUT_MINUTES", "-1", "sessions.idle_timeout_minutes"),
    ],
)
def test_a_bad_value_names_its_key(
    monkeypatch: pytest.MonkeyPatch, env: str, value: str, named: str
) -> None:
    monkeypatch.setenv(env, value)
    with pytest.raises(ConfigError, match=named.replace(".", r"\.")):
        load_settings()


def test_unknown_config_key_is_refused(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    config = tmp_path / "c.yml"
    config.write_text("sesions:\n  idle_timeout_minutes: 10\n")
    monkeypatch.setenv("PRAKERJA_CONFIG", str(config))
    with pytest.raises(ConfigError, match="sesions"):
        load_settings()


def test_the_shipped_config_file_is_valid(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PRAKERJA_CONFIG", str(Path(__file__).parents[2] / "config.yml"))
    assert load_settings().programme.max_age == 64


def test_serve_refuses_several_workers_without_redis(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PRAKERJA_REDIS_URL", raising=False)
    result = CliRunner().invoke(app, ["serve", "--workers", "2", "--no-prepare"])
    assert result.exit_code == 2
    assert "PRAKERJA_REDIS_URL" in result.output


def test_cli_reports_a_bad_config_without_a_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PRAKERJA_SERVER__PORT", "0")
    result = CliRunner().invoke(app, ["serve", "--no-prepare"])
    assert result.exit_code == 2
    assert "server.port" in result.output and "Traceback" not in result.output


def test_purge_transcripts_keeps_the_retention_period(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import asyncio
    from datetime import UTC, datetime, timedelta

    from storage.db import create_engine, create_session_factory
    from storage.keys import ConversationKey
    from storage.migrate import upgrade
    from storage.repositories.transcript import TranscriptEntry, TranscriptRepository

    url = f"sqlite+aiosqlite:///{tmp_path / 'p.db'}"
    now = datetime.now(UTC)
    key = ConversationKey("webchat", "u1")

    async def prepare() -> None:
        engine = create_engine(url)
        await upgrade(engine)
        entries = [
            TranscriptEntry(direction="in", text=f"{age} hari", created_at=now - timedelta(age))
            for age in (400, 40, 4)
        ]
        await TranscriptRepository(create_session_factory(engine)).record(key, entries)
        await engine.dispose()

    async def left() -> list[str | None]:
        engine = create_engine(url)
        history = await TranscriptRepository(create_session_factory(engine)).history(key)
        await engine.dispose()
        return [e.text for e in history]

    asyncio.run(prepare())
    monkeypatch.setenv("PRAKERJA_DATABASE_URL", url)
    result = CliRunner().invoke(app, ["db", "purge-transcripts"])  # default: 365 days
    assert result.exit_code == 0, result.output
    assert "1 messages older than 365 days deleted" in result.output
    result = CliRunner().invoke(app, ["db", "purge-transcripts", "--days", "30"])
    assert "1 messages older than 30 days deleted" in result.output
    assert asyncio.run(left()) == ["4 hari"]
    assert CliRunner().invoke(app, ["db", "purge-transcripts", "--days", "0"]).exit_code != 0


def test_campaign_create_and_show(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import asyncio

    from storage.db import create_engine
    from storage.migrate import upgrade

    url = f"sqlite+aiosqlite:///{tmp_path / 'c.db'}"

    async def migrate() -> None:
        engine = create_engine(url)
        await upgrade(engine)
        await engine.dispose()

    asyncio.run(migrate())
    monkeypatch.setenv("PRAKERJA_DATABASE_URL", url)
    created = CliRunner().invoke(
        app, ["campaign", "create", "--name", "Gel 73", "--text", "Halo {name}!",
              "--channel", "telegram", "--status", "registered"],
    )  # fmt: skip
    assert created.exit_code == 0, created.output
    assert "Campaign 1 created (draft): 0 recipients now." in created.output
    shown = CliRunner().invoke(app, ["campaign", "show", "1"])
    assert "Campaign 1 'Gel 73': draft; no deliveries." in shown.output
    bad = CliRunner().invoke(
        app, ["campaign", "create", "--name", "x", "--text", "y", "--status", "vip"]
    )
    assert bad.exit_code != 0


def test_staff_accounts_are_managed_from_the_cli(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import asyncio

    from crm.auth import password_matches
    from storage.db import create_engine, create_session_factory
    from storage.migrate import upgrade
    from storage.repositories.staff import StaffRecord, StaffRepository

    url = f"sqlite+aiosqlite:///{tmp_path / 's.db'}"

    async def migrate() -> None:
        engine = create_engine(url)
        await upgrade(engine)
        await engine.dispose()

    async def account() -> StaffRecord | None:
        engine = create_engine(url)
        found = await StaffRepository(create_session_factory(engine)).by_username("rina")
        await engine.dispose()
        return found

    asyncio.run(migrate())
    monkeypatch.setenv("PRAKERJA_DATABASE_URL", url)
    runner = CliRunner()
    added = runner.invoke(
        app, ["staff", "add", "rina", "--name", "Rina Sari", "--role", "supervisor"],
        input="kata-sandi-panjang\nkata-sandi-panjang\n",
    )  # fmt: skip
    assert added.exit_code == 0, added.output
    assert "kata-sandi-panjang" not in added.output  # typed at a hidden prompt
    found = asyncio.run(account())
    assert found is not None and found.role == "supervisor" and found.active
    assert found.password_hash.startswith("$argon2id$")
    assert asyncio.run(password_matches(found.password_hash, "kata-sandi-panjang"))

    twice = "y" * 12 + "\n" + "y" * 12 + "\n"
    again = runner.invoke(app, ["staff", "add", "rina", "--name", "X"], input=twice)
    assert again.exit_code != 0 and "exists" in again.output
    short = runner.invoke(app, ["staff", "add", "budi", "--name", "Budi"], input="pendek\npendek\n")
    assert short.exit_code != 0 and "12 characters" in short.output
    assert runner.invoke(app, ["staff", "deactivate", "rina"]).exit_code == 0
    found = asyncio.run(account())
    assert found is not None and not found.active
    changed = runner.invoke(
        app, ["staff", "password", "rina"], input="sandi-baru-yang-panjang\n" * 2
    )
    assert changed.exit_code == 0, changed.output
    found = asyncio.run(account())
    assert found is not None
    assert asyncio.run(password_matches(found.password_hash, "sandi-baru-yang-panjang"))
    assert runner.invoke(app, ["staff", "activate", "nobody"]).exit_code != 0


def test_analytics_report_and_the_review_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import asyncio
    import json
    from datetime import UTC, datetime

    from nlu.errors import TrainingDataError
    from nlu.rasa_yaml import read_file
    from storage.db import create_engine, create_session_factory
    from storage.keys import ConversationKey
    from storage.migrate import upgrade
    from storage.repositories.nlu_reviews import ReviewRepository
    from storage.repositories.transcript import TranscriptEntry, TranscriptRepository

    url = f"sqlite+aiosqlite:///{tmp_path / 'a.db'}"
    now = datetime.now(UTC)

    async def prepare() -> None:
        engine = create_engine(url)
        await upgrade(engine)
        transcript = TranscriptRepository(create_session_factory(engine))
        said = [("gmn cara daftar", "register", 0.97), ("hmm\tgitu ya", "affirm", 0.3),
                ("qwzx", "nlu_fallback", 0.0), ("qwzx", "nlu_fallback", 0.0)]  # fmt: skip
        entered: list[tuple[str, ...]] = [
            ("registration/consent",), ("registration/consent", "registration/declined"), (), ()]
        for n, (text, intent, confidence) in enumerate(said):
            entry = TranscriptEntry("in", text, intent=intent, confidence=confidence,
                                    created_at=now, steps=entered[n])  # fmt: skip
            await transcript.record(ConversationKey("telegram", f"u{n}"), [entry])
        await ReviewRepository(create_session_factory(engine)).label("qwzx", "greet", "admin")
        await engine.dispose()

    asyncio.run(prepare())
    monkeypatch.setenv("PRAKERJA_DATABASE_URL", url)
    report = CliRunner().invoke(app, ["analytics", "report", "--days", "1", "--json"])
    assert report.exit_code == 0, report.output
    figures = json.loads(report.output)
    assert (figures["conversations"], figures["inbound"], figures["not_understood"]) == (4, 4, 3)
    assert figures["understood_share"] == 0.25
    assert figures["intents"][0] == {"intent": "nlu_fallback", "messages": 2,
                                     "average_confidence": 0.0}  # fmt: skip
    table = CliRunner().invoke(app, ["analytics", "report"])
    assert table.exit_code == 0 and "typed messages understood" in table.output

    funnel = CliRunner().invoke(app, ["analytics", "funnel", "--days", "1", "--json"])
    assert funnel.exit_code == 0, funnel.output
    states = dict(json.loads(funnel.output)["states"])
    assert (states["consent"], states["declined"], states["name"]) == (2, 1, 0)
    shown = CliRunner().invoke(app, ["analytics", "funnel"])
    assert shown.exit_code == 0 and "50.0%" in shown.output  # declined: 1 of the 2 who started
    assert CliRunner().invoke(app, ["analytics", "funnel", "--flow", "nope"]).exit_code == 2

    out = tmp_path / "review.tsv"
    written = CliRunner().invoke(app, ["analytics", "unrecognised", "--out", str(out)])
    assert written.exit_code == 0, written.output
    lines = [line for line in out.read_text("utf-8").splitlines() if not line.startswith("#")]
    assert lines == ["qwzx\tTODO", "hmm gitu ya\taffirm"]  # the tab inside the text is gone
    with pytest.raises(TrainingDataError, match="line 6: the intent is still TODO"):
        read_file(out)  # an uncorrected line never becomes an intent called TODO
    out.write_text(out.read_text("utf-8").replace("\tTODO", "\tout_of_scope"), "utf-8")
    review = read_file(out)  # once corrected, the file is training data
    assert [(e.text, e.intent) for e in review.examples] == [
        ("qwzx", "out_of_scope"), ("hmm gitu ya", "affirm"),
    ]  # fmt: skip

    labelled = tmp_path / "reviewed.tsv"  # what staff labelled on the console
    exported = CliRunner().invoke(app, ["analytics", "reviewed", "--out", str(labelled)])
    assert exported.exit_code == 0 and "1 labelled texts" in exported.output
    assert [(e.text, e.intent) for e in read_file(labelled).examples] == [("qwzx", "greet")]
