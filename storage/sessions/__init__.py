"""Session stores: in-process (embedded default) and Redis (production)."""

from storage.sessions.base import SessionStore
from storage.sessions.memory import MemorySessionStore
from storage.sessions.redis import RedisKeys, RedisSessionStore
from storage.sessions.session import Session

__all__ = ["MemorySessionStore", "RedisKeys", "RedisSessionStore", "Session", "SessionStore"]
