"""Fourth probe: the era a follow-up names, and lone "it does not matter" answers."""

from __future__ import annotations

import pytest

from flows.config import ProgrammeConfig
from flows.course_followups import asks_hours, course_hours
from flows.course_query import city, mode, no_matter, prefill, price
from flows.era_answers import era_named
from flows.runtime.machine import FlowTurn
from flows.turn import FlowContext, Message
from storage.sessions import Session

PROGRAMME = ProgrammeConfig()


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("kalo dulu 2021?", "2020–2022"),
        ("kalo tahun 2021 gmn?", "2020–2022"),
        ("kalo gelombang 10?", "2020–2022"),
        ("kalo gel 60?", "2023–2024"),
        ("waktu pandemi gmn?", "2020–2022"),
        ("kalo 2025?", "2023–2024"),
        ("ok makasih", None),
    ],
)
def test_era_named(text: str, years: str | None) -> None:
    era = era_named(text, PROGRAMME)
    assert (era.years if era else None) == years


@pytest.mark.parametrize("text", ["gpp", "ga papa", "gpp brp aja", "whatever", "doesn't matter"])
def test_no_matter_is_any_mode_city_and_price(text: str) -> None:
    message = Message(text=text)
    ctx: FlowContext = None  # type: ignore[assignment]  # the readers use no context
    assert no_matter(text)
    assert mode(message, {}, ctx) is not None and city(message, {}, ctx) is not None
    assert getattr(mode(message, {}, ctx), "value", None) == "any"
    assert getattr(city(message, {}, ctx), "value", None) == "any"
    assert getattr(price(message, {}, ctx), "value", None) == 0


def test_a_lone_gpp_answers_no_question_ahead() -> None:
    ctx: FlowContext = None  # type: ignore[assignment]
    assert "max_price" not in prefill(Message(text="gpp"), ctx)


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("pelatihan prakerja berapa jam minimal?", True),
        ("durasi pelatihan minimal brp jam", True),
        ("webinar mulai jam brp", False),
        ("gabung gelombang tutup jam brp?", False),
        ("cari pelatihan excel", False),
    ],
)
def test_asks_hours(text: str, asked: bool) -> None:
    assert asks_hours(text) is asked


@pytest.mark.parametrize(("hours", "said"), [(20, "minimal 20 jam"), (None, "berbeda-beda")])
def test_the_least_length_of_a_course_comes_from_the_era(hours: int | None, said: str) -> None:
    rules = ProgrammeConfig()
    era = rules.eras[rules.current_era].model_copy(update={"min_course_hours": hours})
    programme = rules.model_copy(update={"eras": {**rules.eras, rules.current_era: era}})
    turn = FlowTurn(Session(), Message(text="pelatihan minimal brp jam"), FlowContext(programme))
    assert said in (course_hours(turn).text or "")
