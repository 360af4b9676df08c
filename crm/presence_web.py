"""The console's "Tersedia" switch (``crm.auto_assign``, ``crm.ticket_auto_assign``): a staff
member available for escalated chats gets new ones assigned at once, and waiting ones (oldest
first) when they have room, while the console sees them (any page, or the queue's live
refresh); likewise complaint tickets nobody holds (the most urgent, then the oldest, first:
``ticket_hand_out``). Signing out switches it off."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from crm.http import crm_of, see
from crm.pages import csrf_field, hidden
from storage.repositories.handoff_assign import AutoAssign
from storage.repositories.staff import StaffRecord
from storage.repositories.ticket_hand_out import TicketAutoAssign

Handler = Callable[[Request, StaffRecord, str], Awaitable[Response]]
Guard = Callable[..., Callable[[Request], Awaitable[Response]]]


async def presence_box(request: Request, agent: StaffRecord, csrf: str) -> str:
    """The queue page's switch, saying what it means ("" when neither chats nor tickets are
    assigned automatically). Tickets waiting for someone with room go out first (the queue
    page and its refresh are where staff come back)."""
    crm = crm_of(request)
    available = await crm.console.available(agent)
    if available is None:
        return ""
    await crm.tickets.hand_out()
    chats, tickets = crm.console.auto_assign, crm.tickets.auto_assign
    if available:
        state, button, value = _available(chats, tickets, agent.role), "Jadi tidak tersedia", "0"
    else:
        kinds = (("percakapan", chats.enabled), ("tiket", tickets.enabled))
        said = " dan ".join(kind for kind, on in kinds if on).capitalize()
        state = f"<strong>Tidak tersedia</strong>. {said} tidak ditugaskan otomatis ke kamu."
        button, value = "Jadi tersedia", "1"
    return (
        f'<form method="post" action="/crm/presence" id="presence" class="card">'
        f"{csrf_field(csrf)}{hidden('available', value)}<p>Status: {state}</p>"
        f'<button class="secondary">{button}</button></form>'
    )


def _available(chats: AutoAssign, tickets: TicketAutoAssign, role: str) -> str:
    """What "Tersedia" means for a staff member in ``role``."""
    what = []
    if chats.enabled:
        what.append(
            "Percakapan baru dan yang menunggu (terlama dulu) langsung ditugaskan ke kamu, "
            f"paling banyak {chats.max_open_per_agent} yang terbuka sekaligus"
        )
    if tickets.enabled and role in tickets.roles:
        what.append(
            "Tiket pengaduan yang belum ditangani (paling mendesak, lalu terlama dulu) "
            f"ditugaskan ke kamu, paling banyak {tickets.max_open_per_agent} tiket terbuka "
            "(baru atau diproses) sekaligus"
        )
    if not what:
        return "<strong>Tersedia</strong>, tetapi peranmu tidak menerima tugas otomatis."
    return (
        f"<strong>Tersedia</strong>. {'; '.join(what)}; selama CRM terbuka (tidak terlihat "
        f"{chats.seen_within_minutes:g} menit: dianggap tidak tersedia)."
    )


async def switch(request: Request, agent: StaffRecord, csrf: str) -> Response:
    form: dict[str, str] = request.state.form
    if form.get("available") in ("0", "1"):
        await crm_of(request).console.set_available(agent, form["available"] == "1")
        if form["available"] == "1":
            await crm_of(request).tickets.hand_out()  # waiting tickets, to them among others
    return see("/crm")


def routes(signed_in: Guard) -> list[Route]:
    return [Route("/crm/presence", signed_in(switch, post=True), methods=["POST"])]
