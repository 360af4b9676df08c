"""Back where staff were after signing in again: the sign-in page's ``next`` is the path of a
console page (ids and names of pages only: no query, nothing personal), checked against the
console's own pages, so it can never send anyone to another site."""

from __future__ import annotations

import re
from urllib.parse import urlencode

PAGES = re.compile(
    r"/crm(?:/handoffs/\d{1,19}|/tickets(?:/\d{1,19})?|/campaigns|/figures|/analytics)?"
)
"""Every console page a GET shows (never a feed, a download or an action)."""
_ACTION = re.compile(r"(/crm/(?:handoffs|tickets)/\d{1,19})/[a-z]+|(/crm/[a-z]+)(?:/.*)?")


def page_of(path: str) -> str:
    """The console page ``path`` belongs to: itself, or the page whose form or feed it is
    (``/crm/handoffs/7/reply`` -> ``/crm/handoffs/7``); the queue when in doubt."""
    if PAGES.fullmatch(path):
        return path
    found = _ACTION.fullmatch(path)
    if found is not None:
        page = found.group(1) or found.group(2)
        if PAGES.fullmatch(page):
            return page
    return "/crm"


def checked(back: str | None) -> str:
    """``back`` when it names a console page, else the queue."""
    return back if back and len(back) <= 64 and PAGES.fullmatch(back) else "/crm"


def login_url(path: str, *, expired: bool) -> str:
    """The sign-in page, returning to the page of ``path``; ``expired``: the browser had a
    session that has ended (signed out elsewhere, revoked, timed out), and is told so."""
    query = {"next": page_of(path)} if page_of(path) != "/crm" else {}
    if expired:
        query["expired"] = "1"
    return "/crm/login" + (f"?{urlencode(query)}" if query else "")
