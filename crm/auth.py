"""Staff sign-in: argon2id passwords, a signed session cookie, CSRF tokens for every form.

The cookie holds ``<staff id>.<session id>.<expiry>.<signature>`` (HMAC-SHA256 with a key
derived from PRAKERJA_SECRET_KEY), HttpOnly and SameSite=Strict, scoped to ``/crm``. The
signature only proves the cookie was issued here: the session must also still be open in the
database (``staff_sessions``, keyed by the SHA-256 of the random session id), so signing out
ends it on every worker. Each form carries a token derived from the cookie, checked on every
POST. Failed sign-ins are throttled per username (``crm.throttle``), and an unknown username
costs the same password check as a known one, so timing does not tell which usernames exist.
"""

from __future__ import annotations

import asyncio
import base64
import functools
import hashlib
import hmac
import secrets
import time
from dataclasses import dataclass
from datetime import UTC, datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

COOKIE = "prakerja_staff"
LOGIN_COOKIE = "prakerja_login"
"""A random nonce the sign-in page sets; the form's CSRF token is derived from it."""
_KEY_INFO = b"prakerja crm staff session v1"
_HASHER = PasswordHasher()


@functools.cache
def _dummy_hash() -> str:
    """What an unknown username is checked against (made on first use, not at start-up)."""
    return _HASHER.hash("not-a-password-anyone-has")


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


async def password_matches(password_hash: str | None, password: str) -> bool:
    """argon2id check in a worker thread (it takes tens of milliseconds by design)."""

    def check() -> bool:
        try:
            return _HASHER.verify(password_hash or _dummy_hash(), password) and bool(password_hash)
        except (VerificationError, InvalidHashError):
            return False

    return await asyncio.to_thread(check)


MAX_ID = 2**63 - 1
"""The largest row id the databases store (a signed 64-bit integer)."""


@dataclass(frozen=True, slots=True)
class StaffClaim:
    """What a genuine, unexpired cookie says: who, and which sign-in of theirs."""

    staff_id: int
    session_id: str
    """The SHA-256 (hex) of the cookie's random session id: the key of ``staff_sessions``."""
    expires_at: datetime


class StaffSessions:
    """Issues and checks staff session cookies and their CSRF tokens (whether a session is
    still open is the database's to say: ``StaffRepository.session_holder``)."""

    def __init__(self, secret: str, hours: float = 12) -> None:
        self._key = hmac.new(secret.encode("utf-8"), _KEY_INFO, hashlib.sha256).digest()
        self.max_age = int(hours * 3600)

    def _sign(self, text: str) -> str:
        return _b64(hmac.new(self._key, text.encode("ascii"), hashlib.sha256).digest())

    def issue(self, staff_id: int, now: float | None = None) -> tuple[str, StaffClaim]:
        """A new session's cookie, and its claim (to be opened in ``staff_sessions``)."""
        expiry = int((now or time.time()) + self.max_age)
        body = f"{staff_id}.{secrets.token_urlsafe(24)}.{expiry}"
        cookie = f"{body}.{self._sign(body)}"
        claim = self.claim(cookie, now)
        assert claim is not None
        return cookie, claim

    def claim(self, cookie: str | None, now: float | None = None) -> StaffClaim | None:
        """What the cookie says, or None (missing, forged or expired cookie)."""
        if not cookie or len(cookie) > 200 or not cookie.isascii():
            return None
        body, _, signature = cookie.rpartition(".")
        parts = body.split(".")
        if len(parts) != 3 or not hmac.compare_digest(signature, self._sign(body)):
            return None
        staff, session, expiry = parts
        if not (staff.isdigit() and expiry.isdigit() and session and int(staff) <= MAX_ID):
            return None
        if int(expiry) < (now or time.time()):
            return None
        digest = hashlib.sha256(session.encode("ascii")).hexdigest()
        return StaffClaim(int(staff), digest, datetime.fromtimestamp(int(expiry), UTC))

    def csrf(self, cookie: str) -> str:
        return self._sign(f"csrf.{cookie}")

    def csrf_ok(self, cookie: str | None, token: str | None) -> bool:
        if not (cookie and token and cookie.isascii() and token.isascii()):
            return False
        return hmac.compare_digest(token, self.csrf(cookie))
