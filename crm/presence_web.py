"""The console's "Tersedia" switch (``crm.auto_assign``): a staff member available for
escalated chats gets new ones assigned at once, and waiting ones (oldest first) when they have
room, while the console sees them (any page, or the queue's live refresh); signing out
switches it off."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from crm.http import crm_of, see
from crm.pages import csrf_field, hidden
from storage.repositories.staff import StaffRecord

Handler = Callable[[Request, StaffRecord, str], Awaitable[Response]]
Guard = Callable[..., Callable[[Request], Awaitable[Response]]]


def presence_box(available: bool | None, cap: int, minutes: float, csrf: str) -> str:
    """The queue page's switch, saying what it means ("" when chats are not assigned
    automatically)."""
    if available is None:
        return ""
    if available:
        state = (
            "<strong>Tersedia</strong>. Percakapan baru dan yang menunggu (terlama dulu) "
            f"langsung ditugaskan ke kamu, paling banyak {cap} yang terbuka sekaligus, selama "
            f"CRM terbuka (tidak terlihat {minutes:g} menit: dianggap tidak tersedia)."
        )
        button, value = "Jadi tidak tersedia", "0"
    else:
        state = "<strong>Tidak tersedia</strong>. Percakapan tidak ditugaskan otomatis ke kamu."
        button, value = "Jadi tersedia", "1"
    return (
        f'<form method="post" action="/crm/presence" id="presence" class="card">'
        f"{csrf_field(csrf)}{hidden('available', value)}<p>Status: {state}</p>"
        f'<button class="secondary">{button}</button></form>'
    )


async def switch(request: Request, agent: StaffRecord, csrf: str) -> Response:
    form: dict[str, str] = request.state.form
    if form.get("available") in ("0", "1"):
        await crm_of(request).console.set_available(agent, form["available"] == "1")
    return see("/crm")


def routes(signed_in: Guard) -> list[Route]:
    return [Route("/crm/presence", signed_in(switch, post=True), methods=["POST"])]
