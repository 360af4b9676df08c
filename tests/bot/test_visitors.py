"""Web chat visitor ids: signed by the server, never chosen by the browser."""

from __future__ import annotations

from bot.channels.visitors import VisitorIds


def test_a_minted_cookie_verifies_only_with_the_same_secret() -> None:
    ids = VisitorIds("secret-one-0123456789")
    visitor = ids.visitor(None)
    assert visitor.user_id.startswith("web-") and visitor.new_cookie is not None
    assert ids.verify(visitor.new_cookie) == visitor.user_id
    assert ids.visitor(visitor.new_cookie).new_cookie is None  # known: nothing to set
    assert VisitorIds("secret-two-0123456789").verify(visitor.new_cookie) is None


def test_tampered_cookies_are_refused() -> None:
    ids = VisitorIds("secret-one-0123456789")
    cookie = ids.visitor(None).new_cookie
    assert cookie is not None
    user_id, _, signature = cookie.rpartition(".")
    for bad in (f"{user_id}x.{signature}", f"{user_id}.{signature[:-1]}", "", "web-", "a.b.c"):
        assert ids.verify(bad) is None
    assert ids.visitor(f"{user_id}.forged").user_id != user_id


def test_the_api_token_is_needed_to_be_trusted() -> None:
    assert not VisitorIds("secret-one-0123456789").trusted("Bearer anything")
    ids = VisitorIds("secret-one-0123456789", api_token="t0ken")
    assert ids.trusted("Bearer t0ken") and ids.trusted("bearer t0ken")
    assert not ids.trusted("Bearer t0ke") and not ids.trusted("t0ken") and not ids.trusted(None)
