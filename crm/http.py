"""What every console route shares: the runtime's console objects, the response headers,
and form parsing."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import parse_qs

from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse

from crm.auth import StaffSessions
from crm.console import Console
from crm.reply_once import LocalReplyTokens, ReplyTokens
from crm.staff_time import WIB, StaffZone
from crm.throttle import LoginThrottle
from crm.ticket_desk import TicketDesk
from storage.repositories.analytics import AnalyticsRepository
from storage.repositories.attachments import AttachmentRepository
from storage.repositories.campaigns import CampaignRepository
from storage.repositories.nlu_reviews import ReviewRepository
from storage.repositories.staff import StaffRepository

HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'unsafe-inline'; script-src 'self'; connect-src 'self'; "
        "form-action 'self'; "
        "frame-ancestors 'none'; base-uri 'none'"
    ),
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
}
MAX_FORM_BYTES = 16 * 1024


@dataclass
class Crm:
    """What the routes need, built once by the runtime."""

    console: Console
    staff: StaffRepository
    sessions: StaffSessions
    throttle: LoginThrottle
    campaigns: CampaignRepository
    analytics: AnalyticsRepository
    reviews: ReviewRepository
    tickets: TicketDesk
    """The ticket desk (``crm.ticket_desk``)."""
    cookie_secure: bool = False
    canned: tuple[tuple[str, str], ...] = ()
    """(title, text) of the replies an agent sends with one click."""
    intents: tuple[str, ...] = ()
    """The intents the NLU model knows: what a supervisor may label a message with."""
    zone: StaffZone = WIB
    """The staff time zone (``programme.staff_hours``): every time the console shows."""
    once: ReplyTokens = field(default_factory=LocalReplyTokens)
    """The reply forms' one-time tokens (``crm.reply_once``; Redis when sessions are)."""
    attachments: AttachmentRepository | None = None
    """The evidence participants attached to tickets (``crm.ticket_attachments``)."""


def crm_of(request: Request) -> Crm:
    crm: Crm = request.app.state.runtime.crm
    return crm


def html(body: str, status: int = 200) -> HTMLResponse:
    return HTMLResponse(body, status, headers=HEADERS)


def see(url: str) -> RedirectResponse:
    return RedirectResponse(url, 303, headers=HEADERS)


async def fields(request: Request) -> dict[str, list[str]]:
    """The fields of a URL-encoded form, every value of each (the console's forms upload no
    files); the standard library parses it, so no multipart parser is needed."""
    body = await request.body()
    if len(body) > MAX_FORM_BYTES:
        return {}
    try:
        return parse_qs(body.decode("utf-8"), max_num_fields=40)
    except (UnicodeDecodeError, ValueError):
        return {}


def first_values(form: dict[str, list[str]]) -> dict[str, str]:
    return {name: values[0] for name, values in form.items() if values}


