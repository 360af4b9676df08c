"""The console's campaign routes (supervisors and admins; ``crm.web`` checks both)."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError
from starlette.requests import Request
from starlette.responses import Response

from crm import campaign_pages
from crm.console import actor
from crm.http import crm_of, html, see
from storage.repositories.campaigns import CampaignRepository, Segment
from storage.repositories.staff import StaffRecord


def _campaigns(request: Request) -> CampaignRepository:
    return crm_of(request).campaigns


async def listing(request: Request, agent: StaffRecord, csrf: str) -> Response:
    items = await _campaigns(request).recent()
    code = request.query_params.get("notice", "")
    notice: tuple[str, bool] | None = None
    if code in _CAMPAIGN_NOTICES:
        notice = (_CAMPAIGN_NOTICES[code], code in _DONE)
    elif request.query_params.get("reach", "").isdigit():
        notice = (f"Draf dibuat: {request.query_params['reach']} penerima saat ini.", True)
    zone = crm_of(request).zone
    return html(campaign_pages.campaigns(items, agent, csrf, notice, zone))


_CAMPAIGN_NOTICES = {
    "invalid": "Isian kampanye tidak valid (nama, pesan 1-4096 huruf, kode provinsi 2 angka).",
    "bad_time": "Waktu tidak valid.",
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
    repo = _campaigns(request)
    await repo.create(name[:120], text, segment, agent.id, whatsapp_template=template)
    return see(f"/crm/campaigns?reach={await repo.count_recipients(segment)}")


async def schedule(request: Request, agent: StaffRecord, csrf: str) -> Response:
    try:
        at = crm_of(request).zone.parse(request.state.form.get("at", ""))
    except ValueError:
        return see("/crm/campaigns?notice=bad_time")
    done = await _campaigns(request).schedule(_campaign_id(request), at, actor(agent))
    return see(f"/crm/campaigns?notice={'scheduled' if done else 'not_changed'}")


async def cancel(request: Request, agent: StaffRecord, csrf: str) -> Response:
    done = await _campaigns(request).cancel(_campaign_id(request), actor(agent))
    return see(f"/crm/campaigns?notice={'cancelled' if done else 'not_changed'}")


def _campaign_id(request: Request) -> int:
    value: Any = request.path_params["campaign_id"]
    return int(value)
