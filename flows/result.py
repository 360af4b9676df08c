"""What a validator makes of an answer: ``Valid(value)``, ``Invalid(reason, params)`` (the
reason is a response key under ``invalid.``) or ``None`` when the text does not even look like
an answer."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Valid:
    value: Any


@dataclass(frozen=True, slots=True)
class Invalid:
    """``miss`` is False for a well-formed answer that is simply wrong (an OTP code): it is
    explained and asked again without counting towards the simpler re-ask or a person."""

    reason: str
    params: dict[str, object] = field(default_factory=dict)
    miss: bool = True


Result = Valid | Invalid | None
