"""Staff sign-in (``/crm/login``): a form that only this page can post, argon2id passwords,
a throttle on failures, and the signed session cookie (its session opened in the database).
After signing in, staff are back on the console page they were on (``next``, a checked local
path: ``crm.return_to``), told when their session had ended."""

from __future__ import annotations

import secrets

from starlette.requests import Request
from starlette.responses import Response

from crm import pages
from crm.auth import COOKIE, LOGIN_COOKIE, password_matches
from crm.http import crm_of, fields, first_values, html, see
from crm.notices import EXPIRED, LOGIN_NOTICES
from crm.return_to import checked
from storage.errors import StoreUnavailable


async def page(request: Request) -> Response:
    query = request.query_params
    error = EXPIRED if query.get("expired") == "1" else None
    back = checked(query.get("next"))
    return _login_form(request, error, back=back, notice=LOGIN_NOTICES.get(query.get("notice", "")))


def _login_form(
    request: Request, error: str | None = None, status: int = 200, *, back: str = "/crm",
    notice: str | None = None,
) -> Response:  # fmt: skip
    """The sign-in form with a fresh nonce cookie and its CSRF token: a sign-in can only be
    posted from this page (no other site can sign a browser into an account of its choice)."""
    nonce = secrets.token_urlsafe(16)
    csrf = crm_of(request).sessions.csrf(nonce)
    shown = pages.login(csrf, error, back="" if back == "/crm" else back, notice=notice)
    response = html(shown, status)
    response.set_cookie(
        LOGIN_COOKIE, nonce, max_age=3600, path="/crm/login",
        secure=crm_of(request).cookie_secure, httponly=True, samesite="strict",
    )  # fmt: skip
    return response


async def sign_in(request: Request) -> Response:
    try:
        return await _login(request)
    except StoreUnavailable:
        return _login_form(request, "Layanan sedang terganggu. Coba lagi sebentar lagi.", 503)


async def _login(request: Request) -> Response:
    crm = crm_of(request)
    form = first_values(await fields(request))
    back = checked(form.get("next"))
    if not crm.sessions.csrf_ok(request.cookies.get(LOGIN_COOKIE), form.get("csrf")):
        return _login_form(request, "Formulir kedaluwarsa. Coba masuk lagi.", 403, back=back)
    username = form.get("username", "").strip()[:64]
    password = form.get("password", "")[:256]
    if await crm.throttle.blocked(username):
        return _login_form(
            request, "Terlalu banyak percobaan. Coba lagi 15 menit lagi.", 429, back=back
        )
    agent = await crm.staff.by_username(username) if username else None
    matches = await password_matches(agent.password_hash if agent else None, password)
    if agent is None or not agent.active or not matches:
        await crm.throttle.failed(username)
        return _login_form(request, "Nama pengguna atau kata sandi salah.", 401, back=back)
    await crm.throttle.succeeded(username)
    await crm.staff.signed_in(agent.id)
    cookie, claim = crm.sessions.issue(agent.id)
    await crm.staff.open_session(claim.session_id, agent.id, claim.expires_at)
    response = see(back)
    response.set_cookie(
        COOKIE, cookie, max_age=crm.sessions.max_age, path="/crm",
        secure=crm.cookie_secure, httponly=True, samesite="strict",
    )  # fmt: skip
    return response
