"""``prakerja serve``'s start-up, done in a child process so that none of it stays resident.

Migrating and seeding the database and training a stale NLU model allocate far more than
serving needs (the training's matrices, Alembic, the seed data). Done in the serving process,
that memory would stay there for its whole life, and with several workers it would sit in the
pre-forking master's pages that the workers share (``bot.prefork``). So it runs here, in a fresh
interpreter (``python -m bot.serve``) that exits once done and hands back only what the server
needs (:class:`ServePlan`). This module imports nothing of the application at its top.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

POLLING_NEEDS_ONE_WORKER = "Telegram polling runs in one process: use --workers 1."
WORKERS_NEED_REDIS = (
    "--workers > 1 needs PRAKERJA_REDIS_URL: in-process sessions and locks "
    "are not shared between worker processes."
)


@dataclass(frozen=True)
class ServePlan:
    """What the supervisor needs from the settings, or why serving is refused (exit status 2)."""

    host: str = ""
    port: int = 0
    workers: int = 1
    log_level: str = "info"
    data_dir: str = ""
    refusal: str | None = None


class PreparationFailed(Exception):
    """The child failed (its traceback is on stderr already); ``code`` is its exit status."""

    def __init__(self, code: int) -> None:
        super().__init__(f"serve preparation exited with status {code}")
        self.code = code if code > 0 else 1


def prepare_in_child(*, workers: int | None, prepare: bool) -> ServePlan:
    """Run :func:`prepare` in a fresh interpreter (same environment) and read back its plan."""
    with tempfile.TemporaryDirectory(prefix="prakerja-serve-") as tmp:
        plan_file = Path(tmp) / "plan.json"
        command = [sys.executable, "-m", "bot.serve", str(plan_file), str(workers or 0)]
        command.append("prepare" if prepare else "no-prepare")
        status = subprocess.run(command, check=False).returncode
        if status != 0:
            raise PreparationFailed(status)
        return ServePlan(**json.loads(plan_file.read_text(encoding="utf-8")))


def prepare(*, workers: int | None, prepare: bool) -> ServePlan:
    """Read the settings, check the worker rules, migrate and seed an empty database (when
    ``prepare``) and load the NLU model, training and caching it first if stale, so that the
    workers only load the cached model. Runs in the child."""
    import asyncio

    from bot.logs import configure_logging
    from bot.runtime import load_nlu, prepare_database
    from bot.settings import ConfigError, load_settings

    try:
        settings = load_settings()
    except ConfigError as exc:
        return ServePlan(refusal=str(exc))
    configure_logging(settings.logging.level, json_logs=settings.logging.json_logs)
    workers = workers or settings.server.workers
    if settings.telegram_polling and workers > 1:
        return ServePlan(refusal=POLLING_NEEDS_ONE_WORKER)
    if workers > 1 and not settings.uses_redis:
        return ServePlan(refusal=WORKERS_NEED_REDIS)
    if prepare:
        asyncio.run(prepare_database(settings))
    load_nlu(settings)
    return ServePlan(
        host=settings.server.host,
        port=settings.server.port,
        workers=workers,
        log_level=settings.logging.level.lower(),
        data_dir=str(settings.data_dir),
    )


def main(argv: list[str]) -> int:
    """``python -m bot.serve PLAN_FILE WORKERS prepare|no-prepare`` (0 workers: configured)."""
    plan_file, workers, mode = argv
    plan = prepare(workers=int(workers) or None, prepare=mode == "prepare")
    Path(plan_file).write_text(json.dumps(asdict(plan)), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
