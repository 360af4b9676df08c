"""The console's campaign routes (supervisors and admins; ``crm.web`` checks both)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from pydantic import ValidationError
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from campaigns import placeholders
from crm import campaign_pages
from crm.console import actor
from crm.http import crm_of, html, see
from crm.ticket_web import Guard, Handler
from storage.repositories.campaigns import CampaignRepository, Segment
from storage.repositories.staff import StaffRecord


def _campaigns(request: Request) -> CampaignRepository:
    return crm_of(request).campaigns


async def listing(request: Request, agent: StaffRecord, csrf: str) -> Response:
    code = request.query_params.get("notice", "")
    notice: tuple[str, bool] | None = None
    if code in _CAMPAIGN_NOTICES:
        notice = (_CAMPAIGN_NOTICES[code], code in _DONE)
    elif request.query_params.get("reach", "").isdigit():
        notice = (f"Draf dibuat: {request.query_params['reach']} penerima saat ini.", True)
    return await _listed(request, agent, csrf, notice)


async def _listed(
    request: Request,
    agent: StaffRecord,
    csrf: str,
    notice: tuple[str, bool] | None,
    status: int = 200,
) -> Response:
    """The campaigns page: each campaign with why deliveries failed, and a warning where its
    segment names a channel this deployment does not send to."""
    repo, crm = _campaigns(request), crm_of(request)
    items = await repo.recent()
    errors = await repo.deliveries.errors([item.id for item in items])
    page = campaign_pages.campaigns(
        items, agent, csrf, notice, crm.zone, errors=errors, reaches=crm.console.reaches
    )
    return html(page, status)


_CAMPAIGN_NOTICES = {
    "invalid": "Isian kampanye tidak valid (nama, pesan 1-4096 huruf, kode provinsi 2 angka).",
    "bad_time": "Waktu tidak valid.",
    "past_time": "Waktu kirim sudah lewat. Pilih waktu yang akan datang.",
    "not_changed": "Status kampanye sudah berubah.",
    "scheduled": "Kampanye dijadwalkan.",
    "cancelled": "Kampanye dibatalkan; pesan yang belum terkirim tidak akan dikirim.",
}
_DONE = frozenset({"scheduled", "cancelled"})


async def create(request: Request, agent: StaffRecord, csrf: str) -> Response:
    fields: dict[str, list[str]] = request.state.fields
    name = (fields.get("name") or [""])[0].strip()
    text = (fields.get("text") or [""])[0].strip()
    provinces = [p.strip() for p in (fields.get("provinces") or [""])[0].split(",") if p.strip()]
    template = (fields.get("whatsapp_template") or [""])[0].strip() or None
    try:
        segment = Segment.model_validate(
            {"channels": fields.get("channel", []), "statuses": fields.get("status", []),
             "provinces": provinces}
        )  # fmt: skip
    except ValidationError:
        return see("/crm/campaigns?notice=invalid")
    if not name or not text or len(text) > 4096 or not all(
        len(p) == 2 and p.isdigit() for p in provinces
    ):  # fmt: skip
        return see("/crm/campaigns?notice=invalid")
    strange = placeholders.unknown(text)
    if strange:  # it would go out literally
        said = (
            f"Penanda tidak dikenal di pesan: {', '.join(strange)}. "
            f"Yang bisa dipakai: {placeholders.allowed_list()}."
        )
        return await _listed(request, agent, csrf, (said, False), 422)
    repo = _campaigns(request)
    await repo.create(name[:120], text, segment, agent.id, whatsapp_template=template)
    return see(f"/crm/campaigns?reach={await repo.count_recipients(segment)}")


async def schedule(request: Request, agent: StaffRecord, csrf: str) -> Response:
    try:
        at = crm_of(request).zone.parse(request.state.form.get("at", ""))
    except ValueError:
        return see("/crm/campaigns?notice=bad_time")
    if at <= datetime.now(UTC):
        return see("/crm/campaigns?notice=past_time")
    done = await _campaigns(request).schedule(_campaign_id(request), at, actor(agent))
    return see(f"/crm/campaigns?notice={'scheduled' if done else 'not_changed'}")


async def cancel(request: Request, agent: StaffRecord, csrf: str) -> Response:
    done = await _campaigns(request).cancel(_campaign_id(request), actor(agent))
    return see(f"/crm/campaigns?notice={'cancelled' if done else 'not_changed'}")


def _campaign_id(request: Request) -> int:
    value: Any = request.path_params["campaign_id"]
    return int(value)


def routes(signed_in: Guard, supervisors: Callable[[Handler], Handler]) -> list[Route]:
    """The campaign routes, each for supervisors and admins (``signed_in``, ``supervisors``:
    ``crm.web``'s checks)."""
    one = "/crm/campaigns/{campaign_id:int}"
    return [
        Route("/crm/campaigns", signed_in(supervisors(listing)), methods=["GET"]),
        Route("/crm/campaigns", signed_in(supervisors(create), post=True), methods=["POST"]),
        Route(f"{one}/schedule", signed_in(supervisors(schedule), post=True), methods=["POST"]),
        Route(f"{one}/cancel", signed_in(supervisors(cancel), post=True), methods=["POST"]),
    ]
