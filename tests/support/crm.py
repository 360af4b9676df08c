"""Signing in to the CRM console as a browser does (shared by the console's HTTP tests)."""

from __future__ import annotations

import re

import httpx


async def login(client: httpx.AsyncClient, username: str, password: str) -> httpx.Response:
    """Sign in as a browser does: the form's token comes from the sign-in page."""
    token = csrf_of((await client.get("/crm/login")).text)
    form = {"username": username, "password": password, "csrf": token}
    return await client.post("/crm/login", data=form)


async def sign_in(client: httpx.AsyncClient, username: str = "agent1") -> None:
    response = await login(client, username, f"demo-{username}")
    assert response.status_code == 303, response.text
    assert response.headers["location"] == "/crm"
    cookie = response.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie and "Path=/crm" in cookie


def once_of(page: str, *, canned: bool = False) -> str:
    """The one-time token of the conversation page's reply form (or its canned replies')."""
    found = re.findall(r'name="once" value="([^"]+)"', page)
    assert found, "no reply form"
    return found[-1] if canned else found[0]


def csrf_of(page: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', page)
    assert found is not None
    return found.group(1)


async def switch_presence(client: httpx.AsyncClient, available: str) -> str:
    """Post the queue page's "Tersedia" switch ("1" on, "0" off); the queue page after it."""
    csrf = csrf_of((await client.get("/crm")).text)
    done = await client.post("/crm/presence", data={"csrf": csrf, "available": available})
    assert (done.status_code, done.headers["location"]) == (303, "/crm")
    return (await client.get("/crm")).text
