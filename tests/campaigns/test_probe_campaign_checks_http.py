"""Found by a browser probe of the console's campaigns: a time in the past was accepted, a
placeholder other than ``{name}`` would have gone out literally, a finished campaign said only
"gagal 2" (not why), and a draft for a channel this deployment cannot send to said nothing."""

from __future__ import annotations

import re
from urllib.parse import urlencode

import httpx
import pytest

from bot.channels.broadcast import NotConfigured
from bot.runtime import Runtime
from campaigns.failure_reasons import OUTSIDE_WINDOW, reason
from campaigns.placeholders import unknown
from campaigns.sender import CampaignSender
from flows import Outbound
from tests.bot.conftest import client, runtime, seeded_db, settings
from tests.support.crm import csrf_of, sign_in

__all__ = ["client", "runtime", "seeded_db", "settings"]  # the assistant fixtures, used here

FORM = {"content-type": "application/x-www-form-urlencoded"}


async def _draft(client: httpx.AsyncClient, text: str, channel: str = "telegram") -> httpx.Response:
    page = await client.get("/crm/campaigns")
    form = [("csrf", csrf_of(page.text)), ("name", "Gelombang 80"), ("text", text),
            ("channel", channel)]  # fmt: skip
    return await client.post("/crm/campaigns", content=urlencode(form), headers=FORM)


async def _first_id(client: httpx.AsyncClient) -> tuple[int, str]:
    listed = (await client.get("/crm/campaigns")).text
    found = re.findall(r'action="/crm/campaigns/(\d+)/schedule"', listed)
    return int(found[0]), listed


async def test_a_time_in_the_past_is_refused(client: httpx.AsyncClient, runtime: Runtime) -> None:
    await sign_in(client, "supervisor")
    await _draft(client, "Halo {name}!")
    campaign_id, page = await _first_id(client)
    past = await client.post(
        f"/crm/campaigns/{campaign_id}/schedule",
        data={"csrf": csrf_of(page), "at": "2020-01-01T09:00"},
    )
    assert past.headers["location"] == "/crm/campaigns?notice=past_time"
    said = (await client.get(past.headers["location"])).text
    assert "Waktu kirim sudah lewat" in said
    assert runtime.crm is not None
    info = await runtime.crm.campaigns.info(campaign_id)
    assert info is not None and info.status == "draft"


@pytest.mark.parametrize("text", ["Halo {nama}!", "Halo {0}", "Hai {name.__class__}", "Hi {name"])
async def test_an_unknown_placeholder_is_refused_with_the_ones_allowed(
    client: httpx.AsyncClient, runtime: Runtime, text: str
) -> None:
    await sign_in(client, "supervisor")
    refused = await _draft(client, text)
    assert refused.status_code == 422
    assert "Penanda tidak dikenal" in refused.text
    assert "{name} (nama depan penerima)" in refused.text
    assert runtime.crm is not None and await runtime.crm.campaigns.recent() == []


def test_what_is_an_unknown_placeholder() -> None:
    assert unknown("Halo {name}, {name}!") == []
    assert unknown("Halo {nama} {0} {nama}") == ["{nama}", "{0}"]
    assert unknown("} {name") == ["}", "{"]


async def test_a_draft_for_a_channel_not_set_up_warns_and_failures_say_why(
    client: httpx.AsyncClient, runtime: Runtime
) -> None:
    await sign_in(client, "supervisor")
    await _draft(client, "Halo {name}, gelombang baru dibuka!")
    campaign_id, listed = await _first_id(client)
    assert "Kanal Telegram belum dikonfigurasi di sini" in listed  # not in these tests
    assert runtime.crm is not None
    repo = runtime.crm.campaigns
    added = await repo.start(campaign_id, "test")
    assert added > 0

    async def send(channel: str, user_id: str, message: Outbound) -> str | None:
        raise NotConfigured(channel)

    async def window_open(channel: str, user_id: str) -> bool:
        return True

    await CampaignSender(repo, send, window_open, poll_seconds=0.01).run(campaign_id)
    page = (await client.get("/crm/campaigns")).text
    assert f"Alasan tidak terkirim: kanal telegram belum dikonfigurasi ({added})" in page
    assert "Kanal Telegram belum dikonfigurasi di sini" not in page  # sent already


def test_recorded_errors_in_staff_words() -> None:
    assert reason("NotConfigured: telegram") == "kanal telegram belum dikonfigurasi"
    assert reason("RecipientBlocked: Forbidden: bot was blocked by the user").startswith(
        "penerima memblokir"
    )
    assert reason(OUTSIDE_WINDOW).startswith("di luar jendela 24 jam")
    assert reason("opted out") == "penerima berhenti berlangganan siaran"
