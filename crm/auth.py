"""Staff sign-in: argon2id passwords, a signed session cookie, CSRF tokens for every form.

The cookie holds ``<staff id>.<expiry>.<signature>`` (HMAC-SHA256 with a key derived from
PRAKERJA_SECRET_KEY), HttpOnly and SameSite=Strict, scoped to ``/crm``. Each form carries a
token derived from the cookie, checked on every POST. Failed sign-ins are throttled per
username (in this process), and an unknown username costs the same password check as a known
one, so timing does not tell which usernames exist. Throttling: ``crm.throttle``.
"""

from __future__ import annotations

import asyncio
import base64
import functools
import hashlib
import hmac
import time

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
