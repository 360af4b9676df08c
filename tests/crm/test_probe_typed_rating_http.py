"""Found by a browser probe of the console: after a hand-back asks for a 1-5 rating, the
participant typing "5" (or "4 bintang", "lima") instead of tapping was told "belum paham" and
nothing was recorded. The next message after the hand-back is the rating now; a later one
is read as usual."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import httpx
import pytest

from bot.runtime import Runtime
from flows import Inbound
from flows.handoff_rating import score_of
from flows.responses import text
from storage.repositories.analytics import Window
from tests.bot.conftest import client, runtime, seeded_db, settings
from tests.bot.test_crm_console import ON_DUTY, _taken_by

__all__ = ["client", "runtime", "seeded_db", "settings"]  # the assistant fixtures, used here


async def _handed_back(client: httpx.AsyncClient, runtime: Runtime) -> tuple[str, int]:
    user_id, handoff, csrf = await _taken_by(client, runtime)
    released = await client.post(f"/crm/handoffs/{handoff}/release", data={"csrf": csrf})
    assert released.headers["location"] == "/crm?notice=released"
    return user_id, int(handoff)


async def _say(runtime: Runtime, user_id: str, said: str, n: int) -> list[str]:
    message = Inbound("webchat", user_id, f"r{n}", text=said)
    return [r.text for r in await runtime.engine.handle(replace(message, timestamp=ON_DUTY))]


async def _csat(runtime: Runtime, handoff: int) -> int | None:
    assert runtime.crm is not None
    found = await runtime.crm.console.conversation(handoff)
    assert found is not None
    return found[0].csat


@pytest.mark.parametrize(("typed", "score"), [("5", 5), ("4 bintang", 4), ("lima", 5)])
async def test_a_rating_typed_right_after_the_hand_back_is_recorded(
    client: httpx.AsyncClient, runtime: Runtime, typed: str, score: int
) -> None:
    user_id, handoff = await _handed_back(client, runtime)
    said = await _say(runtime, user_id, typed, 1)
    assert said == [text("id", "handoff.csat_thanks")]
    assert await _csat(runtime, handoff) == score


async def test_a_number_typed_later_is_no_rating(
    client: httpx.AsyncClient, runtime: Runtime
) -> None:
    user_id, handoff = await _handed_back(client, runtime)
    await _say(runtime, user_id, "halo", 1)
    said = await _say(runtime, user_id, "5", 2)
    assert text("id", "handoff.csat_thanks") not in said
    assert await _csat(runtime, handoff) is None


@pytest.mark.parametrize(
    ("typed", "score"),
    [("5", 5), ("4 bintang", 4), ("lima", 5), ("Nilai 3!", 3), ("⭐⭐⭐⭐", 4), ("5/5", 5),
     ("bintang 2", 2), ("five stars", 5), ("6", None), ("5 juta", None), ("halo", None),
     ("", None), ("3273010101900003", None)],
)  # fmt: skip
def test_what_a_typed_rating_is(typed: str, score: int | None) -> None:
    assert score_of(typed) == score


async def test_a_message_answered_belum_paham_counts_as_not_understood(
    runtime: Runtime,
) -> None:
    """ "nama saya budi" is ``inform`` at 0.99 for the NLU, but nothing answers it outside a
    form: the participant reads "belum paham", and the analytics say so too."""
    said = await _say(runtime, "visitor-nlu", "nama saya budi", 1)
    assert said[0] == text("id", "unknown.free_text")
    await runtime.transcript.flush()
    assert runtime.crm is not None
    analytics, window = runtime.crm.analytics, Window.last_days(3650, date(2027, 1, 1))
    assert (await analytics.overview(window)).not_understood == 1
    (missed,) = await analytics.unrecognised(window)
    assert missed.text == "nama saya budi" and missed.best_guess == "inform"
