"""Running a flow step's generator to its end, answering each query it yields."""

from __future__ import annotations

from collections.abc import Callable, Generator
from typing import Any

from flows import Outbound, Query

Steps = Generator[Query, Any, list[Outbound] | None]


def drive(steps: Steps, answer: Callable[[Query], Any]) -> list[Outbound] | None:
    """What ``steps`` returns when every query it asks is answered by ``answer``."""
    try:
        query = next(steps)
        while True:
            query = steps.send(answer(query))
    except StopIteration as done:
        return done.value  # type: ignore[no-any-return]
