"""The console's analytics over HTTP: figures, CSV downloads and flow funnels (supervisors)."""

from __future__ import annotations

import csv
import io
import re

import httpx

from bot.runtime import Runtime
from flows import Inbound
from tests.support.crm import sign_in


async def _supervisor_after(
    client: httpx.AsyncClient, runtime: Runtime, texts: list[str], supervisors_only: str
) -> None:
    """One web chat user per text writes it; an agent may not open ``supervisors_only``;
    then the client is signed in as a supervisor."""
    for n, text in enumerate(texts):
        await runtime.engine.handle(Inbound("webchat", f"a{n}", f"m{n}", text=text))
    await runtime.transcript.flush()
    await sign_in(client, "agent1")
    assert (await client.get(supervisors_only)).status_code == 403
    client.cookies.clear()
    await sign_in(client, "supervisor")


async def test_supervisors_see_conversation_analytics_and_what_was_not_understood(
    client: httpx.AsyncClient, runtime: Runtime
) -> None:
    texts = ["gmn cara daftar min", "qwzx zzkq", "qwzx zzkq"]
    await _supervisor_after(client, runtime, texts, "/crm/analytics")
    assert 'href="/crm/analytics"' in (await client.get("/crm")).text
    page = await client.get("/crm/analytics?days=1")
    assert page.status_code == 200
    overview = re.search(r'<table id="overview">.*?</table>', page.text, re.S)
    assert overview is not None
    assert '<td data-figure="0">3</td>' in overview.group(0)  # three conversations today
    assert '<td data-figure="2">33,3%</td>' in overview.group(0)  # one of three understood
    assert '<td title="register">Cara daftar</td><td>1</td>' in page.text
    missed = re.search(r'<table id="unrecognised">.*?</table>', page.text, re.S)
    assert missed is not None and "<td>2</td><td>qwzx zzkq</td>" in missed.group(0)
    assert "gmn cara daftar" not in missed.group(0)
    odd = await client.get("/crm/analytics?days=5000")  # not offered: the default week
    assert odd.status_code == 200 and "<strong>7 hari</strong>" in odd.text


async def test_supervisors_download_the_analytics_tables_as_csv(
    client: httpx.AsyncClient, runtime: Runtime
) -> None:
    texts = ["gmn cara daftar min", "cara daftar prakerja", "qwzx zzkq"]
    await _supervisor_after(client, runtime, texts, "/crm/analytics/daily.csv")
    assert 'href="/crm/analytics/daily.csv?days=1"' in (
        await client.get("/crm/analytics?days=1")
    ).text
    daily = await client.get("/crm/analytics/daily.csv?days=1")
    assert daily.status_code == 200
    assert daily.headers["content-type"] == "text/csv; charset=utf-8"
    assert "attachment" in daily.headers["content-disposition"]
    rows = list(csv.reader(io.StringIO(daily.text)))
    assert rows[0] == ["date_wib", "channel", "conversations", "user_messages"]
    assert rows[1][1:] == ["webchat", "3", "3"]
    intents = list(csv.reader(io.StringIO((await client.get("/crm/analytics/intents.csv")).text)))
    assert intents[0] == ["intent", "messages", "average_confidence"]
    assert intents[1][:2] == ["register", "2"]
    assert all("qwzx" not in cell for row in intents for cell in row)  # no message text
    assert (await client.get("/crm/analytics/secrets.csv")).status_code == 404


async def test_supervisors_see_how_far_conversations_got_in_a_flow(
    client: httpx.AsyncClient, runtime: Runtime
) -> None:
    texts = ["mau daftar prakerja", "daftarin aku dong min", "halo"]
    await _supervisor_after(client, runtime, texts, "/crm/analytics?flow=registration")
    await runtime.engine.handle(Inbound("webchat", "a1", "m9", payload="opt:no"))  # no consent
    await runtime.transcript.flush()

    page = await client.get("/crm/analytics?days=1&flow=registration")
    funnel = re.search(r'<table id="funnel">.*?</table>', page.text, re.S)
    assert funnel is not None
    assert '<td title="consent">persetujuan</td><td>2</td><td>100,0%</td>' in funnel.group(0)
    assert '<td title="declined">tidak setuju</td><td>1</td><td>50,0%</td>' in funnel.group(0)
    assert '<td title="name">nama</td><td>0</td>' in funnel.group(0)
    assert 'href="/crm/analytics?days=1&amp;flow=complaints"' in page.text  # other flows
    exported = await client.get("/crm/analytics/funnel.csv?days=1&flow=registration")
    rows = list(csv.reader(io.StringIO(exported.text)))
    assert rows[0] == ["flow", "state", "conversations"]
    assert ["registration", "consent", "2"] in rows
    unknown = await client.get("/crm/analytics?days=1&flow=nope")  # falls back to registration
    assert '<strong title="registration">pendaftaran</strong>' in unknown.text
