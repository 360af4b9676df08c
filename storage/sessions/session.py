"""Per-conversation state: small, JSON-serialisable, kept by a SessionStore."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

import orjson


@dataclass(slots=True)
class Session:
    """Conversation state. Flow fields reset on idle expiry; language and profile survive it."""

    language: str = "id"
    flow: str | None = None
    step: str | None = None
    slots: dict[str, Any] = field(default_factory=dict)
    stack: list[dict[str, Any]] = field(default_factory=list)  # interrupted flows
    suspended: dict[str, Any] | None = None  # flow state parked by idle expiry, resumable
    handoff: str | None = None  # None | "queued" | "agent"
    inbox: list[dict[str, Any]] = field(default_factory=list)
    """Replies a CRM agent wrote for a web chat user, until the page fetches them."""
    misses: int = 0
    participant_id: int | None = None
    profile: dict[str, Any] = field(default_factory=dict)
    last_activity: float = 0.0  # epoch seconds of the last processed turn
    turns: int = 0
    entered: list[str] = field(default_factory=list)
    """``flow/state`` names entered during the current turn; the engine moves them to the
    transcript (funnels) and empties the list before the session is saved."""
    offered: list[list[str]] = field(default_factory=list)
    """``[title, payload, means]`` of the buttons the last replies offered: a title typed
    instead of tapped, or a plain "ya" / "tidak", is that button (bot/typed_choice.py)."""

    def is_idle(self, now: float, idle_timeout: float) -> bool:
        return self.last_activity > 0 and now - self.last_activity > idle_timeout

    def expire(self) -> None:
        """Start a new session: park the running flow, keep language and profile."""
        if self.flow is not None:
            self.suspended = {"flow": self.flow, "step": self.step, "slots": self.slots}
        self.flow = None
        self.step = None
        self.slots = {}
        self.stack = []
        self.misses = 0
        self.offered = []  # a "Ya" typed days later answers no old question

    def dumps(self) -> bytes:
        # Not dataclasses.asdict: it deep-copies every nested list and dict (a quarter of a
        # millisecond a turn with a page of offered buttons); orjson reads them as they are.
        return orjson.dumps({name: getattr(self, name) for name in _FIELDS})

    @classmethod
    def loads(cls, raw: bytes | str) -> Session:
        data = orjson.loads(raw)
        known = {k: v for k, v in data.items() if k in cls.__slots__}
        return cls(**known)


_FIELDS = tuple(f.name for f in fields(Session))
