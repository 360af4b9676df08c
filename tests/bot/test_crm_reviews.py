"""The annotation queue over HTTP: a supervisor labels what the assistant did not understand,
and the labels download as training data the trainer reads."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import httpx

from bot.runtime import Runtime
from crm.review_web import training_tsv, tsv_text
from flows import Inbound
from nlu.rasa_yaml import parse_tsv
from storage.repositories.nlu_reviews import IGNORED, Review, text_hash
from tests.support.crm import csrf_of, sign_in

MISSED = "qwzx zzkq"


async def _missed_then_signed_in(
    client: httpx.AsyncClient, runtime: Runtime, username: str = "supervisor"
) -> str:
    """A web chat user writes what the assistant cannot understand; returns the CSRF token of
    ``username``'s console session."""
    await runtime.engine.handle(Inbound("webchat", "w1", "m1", text=MISSED))
    await runtime.engine.handle(Inbound("webchat", "w1", "m2", text="gmn cara daftar min"))
    await runtime.transcript.flush()
    await sign_in(client, username)
    return csrf_of((await client.get("/crm")).text)


async def _labels(runtime: Runtime) -> list[Review]:
    assert runtime.crm is not None
    return await runtime.crm.reviews.every()


def _form(csrf: str, text: str, intent: str) -> dict[str, str]:
    return {"csrf": csrf, "key": text_hash(text), "intent": intent, "days": "1",
            "flow": "complaints"}  # fmt: skip


def _section(page: str, table: str) -> str:
    found = re.search(rf'<table id="{table}">.*?</table>', page, re.S)
    assert found is not None
    return found.group(0)


async def test_a_supervisor_labels_a_message_and_downloads_the_training_data(
    client: httpx.AsyncClient, runtime: Runtime
) -> None:
    csrf = await _missed_then_signed_in(client, runtime)
    page = (await client.get("/crm/analytics?days=1")).text
    assert '<option value="register">Cara daftar (register)</option>' in _section(
        page, "unrecognised"
    )
    assert "Belum ada label." in _section(page, "reviewed")

    saved = await client.post("/crm/analytics/reviews", data=_form(csrf, MISSED, "register"))

    assert saved.status_code == 303
    back = saved.headers["location"]
    assert back == "/crm/analytics?days=1&flow=complaints&notice=labelled#unrecognised"
    page = (await client.get(back.split("#")[0])).text
    assert "Label disimpan." in page
    funnel = '<strong title="complaints">pengaduan</strong>'
    assert funnel in page  # the funnel the supervisor was looking at
    queue = _section(page, "unrecognised")
    assert MISSED not in queue and "Tidak ada yang menunggu label." in queue  # it left the queue
    assert "1 teks lain pada periode ini sudah berlabel." in page
    reviewed = _section(page, "reviewed")
    assert f'<td>{MISSED}</td><td title="register">Cara daftar</td><td>supervisor</td>' in reviewed
    download = await client.get("/crm/analytics/reviewed.tsv")
    assert download.status_code == 200
    assert download.headers["content-type"] == "text/tab-separated-values; charset=utf-8"
    assert "attachment" in download.headers["content-disposition"]
    examples = parse_tsv(download.text).examples
    assert [(e.text, e.intent) for e in examples] == [(MISSED, "register")]


async def test_a_label_is_changed_and_removed(client: httpx.AsyncClient, runtime: Runtime) -> None:
    csrf = await _missed_then_signed_in(client, runtime)
    await client.post("/crm/analytics/reviews", data=_form(csrf, MISSED, "register"))
    await client.post("/crm/analytics/reviews", data=_form(csrf, MISSED, "out_of_scope"))
    assert [r.intent for r in await _labels(runtime)] == ["out_of_scope"]

    removed = await client.post("/crm/analytics/reviews", data=_form(csrf, MISSED, ""))

    assert removed.headers["location"].endswith("notice=removed#reviewed")
    assert await _labels(runtime) == []
    page = (await client.get("/crm/analytics?days=1")).text
    assert MISSED in _section(page, "unrecognised")  # back in the queue
    again = await client.post("/crm/analytics/reviews", data=_form(csrf, MISSED, ""))
    assert again.headers["location"].endswith("notice=gone#reviewed")


async def test_an_ignored_text_leaves_the_queue_but_is_never_training_data(
    client: httpx.AsyncClient, runtime: Runtime
) -> None:
    csrf = await _missed_then_signed_in(client, runtime)
    assert (
        '<option value="-">abaikan (bukan data latih)</option>'
        in (await client.get("/crm/analytics?days=1")).text
    )

    ignored = await client.post("/crm/analytics/reviews", data=_form(csrf, MISSED, IGNORED))

    assert ignored.headers["location"].endswith("notice=ignored#unrecognised")
    page = (await client.get("/crm/analytics?days=1")).text
    assert MISSED not in _section(page, "unrecognised")
    assert f"<td>{MISSED}</td><td>(diabaikan)</td>" in _section(page, "reviewed")
    download = (await client.get("/crm/analytics/reviewed.tsv")).text
    assert MISSED not in download and parse_tsv(download).examples == ()


async def test_only_a_known_intent_and_a_text_not_understood_can_be_saved(
    client: httpx.AsyncClient, runtime: Runtime
) -> None:
    csrf = await _missed_then_signed_in(client, runtime)

    unknown_intent = await client.post("/crm/analytics/reviews", data=_form(csrf, MISSED, "x"))
    understood = await client.post(
        "/crm/analytics/reviews", data=_form(csrf, "gmn cara daftar min", "register")
    )
    never_said = await client.post("/crm/analytics/reviews", data=_form(csrf, "halo", "greet"))
    forged = await client.post(
        "/crm/analytics/reviews", data={**_form(csrf, MISSED, "register"), "csrf": "forged"}
    )

    assert unknown_intent.headers["location"].endswith("notice=bad_intent#unrecognised")
    assert understood.headers["location"].endswith("notice=gone#unrecognised")
    assert never_said.headers["location"].endswith("notice=gone#unrecognised")
    assert forged.status_code == 403
    assert await _labels(runtime) == []


async def test_agents_neither_label_nor_download(
    client: httpx.AsyncClient, runtime: Runtime
) -> None:
    csrf = await _missed_then_signed_in(client, runtime, "agent1")

    posted = await client.post("/crm/analytics/reviews", data=_form(csrf, MISSED, "register"))

    assert posted.status_code == 403
    assert (await client.get("/crm/analytics/reviewed.tsv")).status_code == 403
    assert await _labels(runtime) == []


def test_a_users_text_becomes_one_plain_line_of_training_data() -> None:
    assert tsv_text("  cara\tdaftar\n\nmin  ") == "cara daftar min"
    assert tsv_text("#prakerja gmn daftar") == "prakerja gmn daftar"  # not a comment
    assert tsv_text("[kelas](course_topic) apa") == "[kelas] (course_topic) apa"
    assert tsv_text("# \n ") == ""
    assert tsv_text('=HYPERLINK("http://x")') == ' =HYPERLINK("http://x")'  # text, not a formula
    assert parse_tsv(f"{tsv_text('=1+1')}\tout_of_scope").examples[0].text == "=1+1"
    at = datetime(2026, 11, 28, tzinfo=UTC)
    reviews = [Review("[a](b)\tc", "help", "s", at), Review("#", "greet", "s", at),
               Review("zzz", IGNORED, "s", at)]  # fmt: skip
    examples = parse_tsv(training_tsv(reviews)).examples
    assert [(e.text, e.intent, e.entities) for e in examples] == [("[a] (b) c", "help", ())]
