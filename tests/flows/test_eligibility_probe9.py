"""Probe 9: English answers to the eligibility check (a relative's age, ordinary jobs, yes and
no), and what is read from them; the conversations are in
``tests/conversations/eligibility_probe9.yml``."""

from __future__ import annotations

import pytest

from flows.eligibility_answers import citizen, kk_count, occupation, previous
from flows.eligibility_jobs import job
from flows.eligibility_relatives import kin_age
from flows.result import Valid
from flows.turn import Message
from tests.flows.test_runtime import CTX


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("my father is 66, can he join?", ("ayah", 66)),
        ("my dad's 66, is he eligible?", ("ayah", 66)),
        ("what about my dad, he's 70?", ("ayah", 70)),
        ("my mom, 65, can she join", ("ibu", 65)),
        ("my uncle is 40, can he apply?", ("paman", 40)),
        ("my grandma is 70", ("nenek", 70)),
        ("ibuku 65", ("ibu", 65)),
        ("bapakku udah 66, bisa ikut?", ("bapak", 66)),
        ("bapak sy umur 65 mau ikut prakerja bisa ga", ("bapak", 65)),  # as before
        ("bapak aku pns, aku umur 20", None),  # the user's own age
        ("my brother is 2 years older", None),  # no age
        ("my son is 1 kk with me", None),
        ("kakak, aku 25", None),
    ],
)
def test_a_relatives_age_is_read_after_them(text: str, found: tuple[str, int] | None) -> None:
    assert kin_age(text) == found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("no", "none"),
        ("No", "none"),
        ("nope", "none"),
        ("neither", "none"),
        ("none of them", "none"),
        ("I'm a private employee", "none"),
        ("nope, I work at a private company", "none"),
        ("I'm self-employed", "none"),
        ("I'm a farmer", "none"),
        ("I work at a factory", "none"),
        ("I'm a teacher at a private school", "none"),
        ("no, I'm a police officer", "polri"),  # the job named wins over the "no"
        ("I work for the government", "asn"),
        ("I'm in the army", "tni"),
        ("tidak", "none"),  # as before
    ],
)
def test_english_answers_to_the_job_question(text: str, value: str) -> None:
    assert occupation(Message(text=text), {}, CTX) == Valid(value)


def test_an_english_job_in_the_opening_is_noted() -> None:
    assert job("i'm a private employee, can i join?") == "none"
    assert job("my app is not working") is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("never received it", "no"),
        ("nope, first time", "no"),
        ("no I haven't", "no"),
        ("yes I have", "yes"),
        ("I'm a student", None),  # no "I'm" read as yes
    ],
)
def test_english_yes_and_no_to_an_earlier_prakerja(text: str, value: str | None) -> None:
    found = previous(Message(text=text), {}, CTX)
    assert found == (Valid(value) if value else None)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("no, I'm not a student", None),  # about school: asked again, no "not a citizen"
        ("no, I'm not Indonesian", "no"),
        ("I'm Indonesian", "yes"),
    ],
)
def test_english_answers_to_the_citizen_question(text: str, value: str | None) -> None:
    found = citizen(Message(text=text, intent="deny", confidence=0.9), {}, CTX)
    assert found == (Valid(value) if value else None)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("just me", "0"),
        ("only myself", "0"),
        ("zero", "0"),
        ("my brother already got it", "1"),
        ("adikku udah dapet", "1"),
        ("my brother already got it, different family card", None),
    ],
)
def test_the_family_cards_count_from_relatives(text: str, value: str | None) -> None:
    found = kk_count(Message(text=text), {}, CTX)
    assert found == (Valid(value) if value else None)


@pytest.mark.parametrize(
    ("text", "kin"),
    [
        ("kalo istri saya ibu rumah tangga?", "istri"),  # the wife is the housewife
        ("suami sy pns, sy ibu rumah tangga blh daftar?", None),  # the user is
        ("kalo saya ibu rumah tangga tapi suami pns?", None),
    ],
)
def test_who_the_housewife_is(text: str, kin: str | None) -> None:
    from flows.eligibility_questions import relative_homemaker

    assert relative_homemaker(text) == kin
