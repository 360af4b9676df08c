"""Prometheus metrics. Labels carry channels, outcomes and error kinds, never personal data.

With several worker processes, ``prakerja serve`` sets PROMETHEUS_MULTIPROC_DIR before the
workers start; each worker then writes its values there and any worker's /metrics answers with
the sum over all of them.
"""

from __future__ import annotations

import os

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest, multiprocess

MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"

LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0)


class Metrics:
    """One registry per application, so tests and workers don't share global state."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.turns = Counter(
            "prakerja_turns_total",
            "Turns processed, by channel and outcome",
            ["channel", "outcome"],
            registry=self.registry,
        )
        self.turn_seconds = Histogram(
            "prakerja_turn_seconds",
            "Time to process one turn (lock, session, NLU, flow, save)",
            ["channel"],
            buckets=LATENCY_BUCKETS,
            registry=self.registry,
        )
        self.errors = Counter(
            "prakerja_errors_total", "Errors by kind", ["kind"], registry=self.registry
        )
        self.send_attempts = Counter(
            "prakerja_send_attempts_total",
            "Calls to a platform's send API, by channel and outcome (sent, rate_limited,"
            " unavailable, rejected, blocked, error)",
            ["channel", "outcome"],
            registry=self.registry,
        )
        self.send_seconds = Histogram(
            "prakerja_send_seconds",
            "Time of one call to a platform's send API (after pacing)",
            ["channel"],
            buckets=LATENCY_BUCKETS,
            registry=self.registry,
        )
        self.parked = Counter(
            "prakerja_sends_parked_total",
            "Replies moved to the durable outbox because the platform was away or busy",
            ["channel"],
            registry=self.registry,
        )

    def render(self) -> bytes:
        if os.environ.get(MULTIPROC_ENV):
            combined = CollectorRegistry()
            multiprocess.MultiProcessCollector(combined)  # type: ignore[no-untyped-call]
            return generate_latest(combined)
        return generate_latest(self.registry)
