"""Round 11: what the requirements are, asked, told apart from a request to check one's own; and
"only once?" and working abroad typed inside the check read as side questions. The
conversations are in ``tests/conversations/eligibility_re11.yml``."""

from __future__ import annotations

import pytest

from flows.eligibility import ELIGIBILITY
from flows.eligibility_requirements import asks_list
from flows.eligibility_side_topics import said
from flows.runtime.machine import FlowTurn
from flows.turn import Message
from storage.sessions import Session
from tests.flows.test_runtime import CTX


@pytest.mark.parametrize(
    "text",
    [
        "syarat daftar apa aja",
        "syarat ikut prakerja apa aja min",
        "kak syaratnya apa aja sih buat ikut prakerja?",
        "syaratnya apa?",
        "syarat prakerja",
        "persyaratan prakerja",
        "apa saja persyaratan untuk mendaftar kartu prakerja",
        "syarat prakerja 2024 apa aja?",
        "siapa aja yang boleh ikut prakerja",
        "what are the requirements",
        "what are the eligibility criteria?",
        "who can join prakerja?",
    ],
)
def test_a_question_for_the_requirements_asks_for_the_list(text: str) -> None:
    assert asks_list(text)


@pytest.mark.parametrize(
    "text",
    [
        "cek syarat",
        "cek syarat dong",
        "aku bisa ikut ga?",
        "boleh ikut lagi ga?",
        "aku memenuhi syarat ga?",
        "do I meet the requirements?",
        "am I eligible?",
        "syarat umur berapa?",  # one rule: its own answer
        "syarat insentif cair apa aja?",  # another topic's requirements
        "umur 30, syaratnya apa?",  # facts of one's own: the check reads them
        "syarat ikut prakerja apa aja ya, aku udah kerja di pabrik tapi kontrak mau habis bulan",
    ],
)
def test_a_check_or_another_question_is_no_question_for_the_list(text: str) -> None:
    assert not asks_list(text)


def _at(step: str, text: str) -> FlowTurn:
    session = Session(flow="eligibility", step=step)
    return FlowTurn(session, Message(text=text), CTX)


@pytest.mark.parametrize(
    ("step", "text", "key"),
    [
        ("age", "cuma sekali ya?", "how_often"),
        ("age", "only once?", "how_often"),
        ("citizen", "sekali seumur hidup?", "how_often"),
        ("age", "aku tkw di taiwan", "abroad"),
        ("age", "aku kerja di malaysia", "abroad"),
        ("occupation", "aku tkw di hongkong", "abroad"),
        ("previous", "dapet sekali", None),  # an answer told, not a question
        ("age", "aku 30 thn, kerja di malaysia", None),  # the age question reads it
        ("age", "suamiku kerja di malaysia", None),  # a relative's: the asides' own
        ("age", "sekali lagi dong", None),
    ],
)
def test_side_topics_at_a_question_of_the_check(step: str, text: str, key: str | None) -> None:
    turn = _at(step, text)
    found = said(turn, ELIGIBILITY.state(step), " ".join(text.lower().split()))
    if key is None:
        assert found is None
    elif key == "how_often":
        assert found is not None and "sekali seumur hidup" in found
    else:
        assert found is not None and "luar negeri" in found
