"""The console's own pages for a path under ``/crm`` that names nothing ("/crm/nope",
"/crm/handoffs/abc": 404) or a page that does not take the method used (405), instead of the
web server's plain English "Not Found". Its route comes last: every other one is tried first."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Match, Route

from crm.http import html
from crm.notices import MISSING
from crm.pages import page
from crm.ticket_web import Guard
from storage.repositories.staff import StaffRecord

__all__ = ["routes"]

METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"]
ANY_PATH = "/crm/{rest:path}"


async def nothing_here(request: Request, agent: StaffRecord, csrf: str) -> Response:
    path = request.url.path
    if path.endswith("/") and _methods_of(request, path.rstrip("/")):  # "/crm/": the queue
        query = f"?{request.url.query}" if request.url.query else ""
        return RedirectResponse(path.rstrip("/") + query, status_code=307)
    allowed = _methods_of(request)
    if allowed:
        body = "<p>Halaman ini tidak bisa dibuka dengan cara itu.</p>"
        shown = html(page("Tidak diizinkan", body, agent, csrf), 405)
        shown.headers["Allow"] = ", ".join(sorted(allowed))
        return shown
    return html(page("Tidak ditemukan", f"<p>{MISSING}</p>", agent, csrf), 404)


def _methods_of(request: Request, path: str | None = None) -> set[str]:
    """The methods another console route takes at this path, or at ``path`` (none: it names
    nothing)."""
    scope = request.scope if path is None else {**request.scope, "path": path}
    allowed: set[str] = set()
    for route in request.app.router.routes:
        if not isinstance(route, Route) or route.path == ANY_PATH:
            continue
        matched, _ = route.matches(scope)
        if matched != Match.NONE and route.methods:
            allowed |= route.methods
    return allowed


def routes(signed_in: Guard) -> list[Route]:
    """The last routes of the console: whatever else is under ``/crm``."""
    return [Route(ANY_PATH, signed_in(nothing_here), methods=METHODS)]
