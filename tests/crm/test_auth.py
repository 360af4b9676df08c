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
    cookie, issued = sessions.issue(7, now=1_000_000)
    claim = sessions.claim(cookie, now=1_000_000 + 3599)
    assert claim == issued and claim.staff_id == 7
    assert sessions.claim(cookie, now=1_000_000 + 3601) is None  # expired
    staff, session, expiry, signature = cookie.split(".")
    assert session not in claim.session_id  # the database keeps a hash, not the cookie's secret
    for forged in (
        f"8.{session}.{expiry}.{signature}", f"{staff}.{session}.{int(expiry) + 9}.{signature}",
        f"{staff}.x{session}.{expiry}.{signature}", f"{staff}.{expiry}.{signature}", "7", "",
        f"{cookie}é",
    ):  # fmt: skip
        assert sessions.claim(forged, now=1_000_000) is None
    assert StaffSessions("another-secret-0123456789").claim(cookie, now=1_000_000) is None


def test_every_sign_in_is_a_session_of_its_own() -> None:
    sessions = StaffSessions("secret-key-0123456789")
    (one, first), (two, second) = sessions.issue(7), sessions.issue(7)
    assert one != two and first.session_id != second.session_id


def test_csrf_tokens_belong_to_one_session() -> None:
    sessions = StaffSessions("secret-key-0123456789")
    (one, _), (two, _) = sessions.issue(1), sessions.issue(2)
    assert sessions.csrf_ok(one, sessions.csrf(one))
    assert not sessions.csrf_ok(one, sessions.csrf(two))
    assert not sessions.csrf_ok(one, None) and not sessions.csrf_ok(None, sessions.csrf(one))
    assert not sessions.csrf_ok(one, "é" * 43)  # not a token: refused, not a crash


