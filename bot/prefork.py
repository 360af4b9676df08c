"""The multi-worker server: gunicorn's pre-forking master with uvicorn workers.

The master imports the application and loads the NLU model once (``bot.asgi.preloaded``), then
forks the workers, which share those pages copy-on-write: each worker adds only what it writes
(its runtime, its connections, the objects of the turns it serves). uvicorn's own ``--workers``
spawns fresh interpreters that each import and load everything again (about 155 MB each).
gunicorn also restarts a worker that dies or stops answering its heartbeat. One worker
(``make run``, Telegram polling) stays a plain uvicorn process: nothing to share.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

from gunicorn.app.base import BaseApplication

WORKER_CLASS = "uvicorn_worker.UvicornWorker"
GRACEFUL_SECONDS = 20
"""How long a stopping worker may finish the turns in flight (gunicorn's graceful_timeout)."""


@dataclass(frozen=True)
class PreforkOptions:
    host: str
    port: int
    workers: int
    log_level: str


def gunicorn_settings(options: PreforkOptions) -> dict[str, Any]:
    """gunicorn's settings for these options (no access log: the engine logs turns itself)."""
    return {
        "bind": [f"{options.host}:{options.port}"],
        "workers": options.workers,
        "worker_class": WORKER_CLASS,
        "preload_app": True,
        "loglevel": options.log_level,
        "accesslog": None,
        "errorlog": "-",
        "graceful_timeout": GRACEFUL_SECONDS,
        "child_exit": _worker_gone,
        "control_socket_disable": True,  # no runtime control socket under $HOME/.gunicorn
    }


def _worker_gone(server: Any, worker: Any) -> None:
    """A worker exited: its live gauges leave the shared metrics directory (prometheus_client's
    multiprocess mode), else /metrics would keep adding a dead process's values."""
    from prometheus_client import multiprocess

    from bot.metrics import MULTIPROC_ENV

    del server
    if os.environ.get(MULTIPROC_ENV):
        multiprocess.mark_process_dead(worker.pid)  # type: ignore[no-untyped-call]


class PreforkServer(BaseApplication):  # type: ignore[misc]
    """gunicorn configured from code: no command line or config file of its own is read."""

    def __init__(self, options: PreforkOptions) -> None:
        self.options = options
        super().__init__()

    def load_config(self) -> None:
        for key, value in gunicorn_settings(self.options).items():
            self.cfg.set(key, value)

    def load(self) -> Any:
        from bot.asgi import preloaded

        return preloaded()


def serve(options: PreforkOptions) -> None:
    """Run the master until it is stopped (SIGTERM / SIGINT stop the workers gracefully)."""
    PreforkServer(options).run()
