"""Staff sign-in: argon2id passwords, a signed session cookie, CSRF tokens for every form.

The cookie holds ``<staff id>.<expiry>.<signature>`` (HMAC-SHA256 with a key derived from
PRAKERJA_SECRET_KEY), HttpOnly and SameSite=Strict, scoped to ``/crm``. Each form carries a
token derived from the cookie, checked on every POST. Failed sign-ins are throttled per
username (in this process), and an unknown username costs the same password check as a known
one, so timing does not tell which usernames exist.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import time
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

COOKIE = "prakerja_staff"
LOGIN_COOKIE = "prakerja_login"
"""A random nonce the sign-in page sets; the form's CSRF token is derived from it."""
_KEY_INFO = b"prakerja crm staff session v1"
_HASHER = PasswordHasher()
_DUMMY_HASH = _HASHER.hash("not-a-password-anyone-has")


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


async def password_matches(password_hash: str | None, password: str) -> bool:
    """argon2id check in a worker thread (it takes tens of milliseconds by design)."""

    def check() -> bool:
        try:
            return _HASHER.verify(password_hash or _DUMMY_HASH, password) and bool(password_hash)
        except (VerificationError, InvalidHashError):
            return False

    return await asyncio.to_thread(check)


class StaffSessions:
    """Issues and checks staff session cookies and their CSRF tokens."""

    def __init__(self, secret: str, hours: float = 12) -> None:
        self._key = hmac.new(secret.encode("utf-8"), _KEY_INFO, hashlib.sha256).digest()
        self.max_age = int(hours * 3600)

    def _sign(self, text: str) -> str:
        return _b64(hmac.new(self._key, text.encode("ascii"), hashlib.sha256).digest())

    def issue(self, staff_id: int, now: float | None = None) -> str:
        body = f"{staff_id}.{int((now or time.time()) + self.max_age)}"
        return f"{body}.{self._sign(body)}"

    def staff_id(self, cookie: str | None, now: float | None = None) -> int | None:
        """The signed-in staff id, or None (missing, forged or expired cookie)."""
        if not cookie or len(cookie) > 200:
            return None
        body, _, signature = cookie.rpartition(".")
        staff, _, expiry = body.partition(".")
        if not (staff.isdigit() and expiry.isdigit()):
            return None
        if not hmac.compare_digest(signature, self._sign(body)):
            return None
        if int(expiry) < (now or time.time()):
            return None
        return int(staff)

    def csrf(self, cookie: str) -> str:
        return self._sign(f"csrf.{cookie}")

    def csrf_ok(self, cookie: str | None, token: str | None) -> bool:
        return bool(cookie and token) and hmac.compare_digest(
            str(token), self.csrf(str(cookie))
        )


@dataclass
class _Failures:
    count: int
    since: float


class LoginThrottle:
    """After ``limit`` failed sign-ins of one username within ``window`` seconds, refuse it
    until the window has passed (per process)."""

    def __init__(self, limit: int = 5, window: float = 900) -> None:
        self.limit, self.window = limit, window
        self._failures: dict[str, _Failures] = {}

    def blocked(self, username: str, now: float | None = None) -> bool:
        entry = self._failures.get(username)
        if entry is None:
            return False
        if (now or time.time()) - entry.since > self.window:
            del self._failures[username]
            return False
        return entry.count >= self.limit

    def failed(self, username: str, now: float | None = None) -> None:
        at = now or time.time()
        entry = self._failures.get(username)
        if entry is None or at - entry.since > self.window:
            self._failures[username] = _Failures(1, at)
        else:
            entry.count += 1
        if len(self._failures) > 10_000:  # a flood of made-up names must not grow memory
            self._failures.pop(next(iter(self._failures)))

    def succeeded(self, username: str) -> None:
        self._failures.pop(username, None)
