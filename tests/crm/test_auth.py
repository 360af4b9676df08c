"""Staff sign-in pieces: argon2id check, signed expiring cookies, CSRF tokens, throttling."""

from __future__ import annotations

from argon2 import PasswordHasher

from crm.auth import StaffSessions, password_matches


async def test_password_check_uses_the_stored_argon2id_hash() -> None:
    stored = PasswordHasher().hash("rahasia-123")
    assert await password_matches(stored, "rahasia-123")
    assert not await password_matches(stored, "rahasia-124")
    assert not await password_matches(None, "anything")  # unknown user: same work, no match
    assert not await password_matches("not-a-hash", "x")


def test_session_cookies_are_signed_and_expire() -> None:
    sessions = StaffSessions("secret-key-0123456789", hours=1)
    cookie = sessions.issue(7, now=1_000_000)
    assert sessions.staff_id(cookie, now=1_000_000 + 3599) == 7
    assert sessions.staff_id(cookie, now=1_000_000 + 3601) is None  # expired
    staff, expiry, signature = cookie.split(".")
    for forged in (f"8.{expiry}.{signature}", f"{staff}.{int(expiry) + 9}.{signature}", "7", ""):
        assert sessions.staff_id(forged, now=1_000_000) is None
    assert StaffSessions("another-secret-0123456789").staff_id(cookie, now=1_000_000) is None


def test_csrf_tokens_belong_to_one_session() -> None:
    sessions = StaffSessions("secret-key-0123456789")
    one, two = sessions.issue(1), sessions.issue(2)
    assert sessions.csrf_ok(one, sessions.csrf(one))
    assert not sessions.csrf_ok(one, sessions.csrf(two))
    assert not sessions.csrf_ok(one, None) and not sessions.csrf_ok(None, sessions.csrf(one))


