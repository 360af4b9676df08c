"""Session stores and the programme database: the public surface other packages may use."""

from storage.crypto import DecryptionError, PersonalDataCipher, mask_nik
from storage.db import (
    AlreadyExists,
    NotFound,
    create_engine,
    create_session_factory,
    normalise_url,
    ping,
)
from storage.errors import LockTimeout, StorageError, StoreUnavailable
from storage.keys import ConversationKey
from storage.sessions import MemorySessionStore, RedisSessionStore, Session, SessionStore

__all__ = [
    "AlreadyExists",
    "ConversationKey",
    "DecryptionError",
    "LockTimeout",
    "MemorySessionStore",
    "NotFound",
    "PersonalDataCipher",
    "RedisSessionStore",
    "Session",
    "SessionStore",
    "StorageError",
    "StoreUnavailable",
    "create_engine",
    "create_session_factory",
    "mask_nik",
    "normalise_url",
    "ping",
]
