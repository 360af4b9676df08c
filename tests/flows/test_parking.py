"""Parked flows: every flow that can be parked is named in both languages (in the offer to go
on and in "... aku simpan dulu"), the welcome back only on the first message after an idle
pause, a forgotten code at a code question, and "lanjut" at a flow's question."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from flows import FlowContext, Message, ProgrammeConfig, code_forgotten, parking
from flows.courses import FLOW as COURSES
from flows.digression import goes_on
from flows.flow_table import FLOWS
from flows.responses import text
from flows.runtime.machine import FlowTurn
from storage.sessions import Session

CTX = FlowContext(ProgrammeConfig())
PARKABLE = sorted([*FLOWS, COURSES])


def _turn(session: Session, said: str = "halo", intent: str | None = None) -> FlowTurn:
    return FlowTurn(session, Message(text=said, intent=intent, at=datetime.now(UTC)), CTX)


@pytest.mark.parametrize("language", ["id", "en"])
@pytest.mark.parametrize("flow", PARKABLE)
def test_every_parkable_flow_is_named_for_the_offer_and_the_set_aside(
    flow: str, language: str
) -> None:
    session = Session(language=language)
    session.suspended = {"flow": flow, "step": None, "slots": {}}
    offer = parking.resume_offer(_turn(session)).text
    assert text(language, f"resume.doing.{flow}") in offer
    assert " di " not in offer.split(".")[0]  # "sedang di menghubungkan akun" read badly
    assert text(language, f"flow_names.{flow}")


def test_the_welcome_back_is_for_the_first_message_after_the_idle_pause_only() -> None:
    session = Session()
    session.suspended = {"flow": "eligibility", "step": "citizen", "slots": {"age": 23}}
    session.turns = 4
    parking.note_return(session)  # the engine parked it on this message's arrival
    assert text("id", "resume.hello") in parking.resume_offer(_turn(session, "y")).text
    session.turns = 5  # a question answered, then "y" 20 seconds later
    parking.note_return(session)
    assert text("id", "resume.hello") not in parking.resume_offer(_turn(session, "y")).text
    greeted = parking.resume_offer(_turn(session, "halo", "greet")).text
    assert greeted.startswith(text("id", "resume.hello").strip())


def test_a_flow_set_aside_in_the_chat_is_no_pause_to_welcome_back_from() -> None:
    session = Session()
    session.flow, session.step, session.slots = "link_account", "dob", {"nik": "3273"}
    session.turns = 3
    parking.park(_turn(session, "menu"))
    session.turns = 4
    parking.note_return(session)
    offer = parking.resume_offer(_turn(session, "y")).text
    assert not offer.startswith(text("id", "resume.hello").strip())
    assert text("id", "resume.doing.link_account") in offer


def test_a_code_question_parked_by_the_idle_pause_still_waits_for_the_code() -> None:
    session = Session()
    session.suspended = {"flow": "link_account", "step": "otp", "slots": {}}
    assert parking.waits_for_code(session)
    session.suspended = {"flow": "link_account", "step": "dob", "slots": {}}
    assert not parking.waits_for_code(session)


@pytest.mark.parametrize(
    ("said", "forgotten"),
    [
        ("lupa kodenya", True),
        ("kodenya lupa kak", True),
        ("sms nya kehapus", True),
        ("i forgot the code", True),
        ("ga inget otp nya", True),
        ("123456", False),
        ("lupa kodenya, 123456 bukan?", False),  # a code given: the flow checks it
        ("kirim ulang", False),
    ],
)
def test_a_forgotten_code_at_the_code_question(said: str, forgotten: bool) -> None:
    session = Session()
    session.flow, session.step = "data_deletion", "otp"
    replies = code_forgotten.answer(FLOWS["data_deletion"], _turn(session, said))
    assert (replies is not None) is forgotten
    if replies:
        payloads = [button.payload for button in replies[0].buttons]
        assert payloads == ["opt:resend", "ctl:cancel"]


def test_a_forgotten_code_elsewhere_is_not_this_answer() -> None:
    session = Session()
    session.flow, session.step = "link_account", "dob"
    assert code_forgotten.answer(FLOWS["link_account"], _turn(session, "lupa kodenya")) is None


@pytest.mark.parametrize(
    ("said", "on"),
    [("lanjut", True), ("ok lanjut aja", True), ("continue", True), ("lanjut daftar", False),
     ("lanjutan pelatihannya apa", False)],
)  # fmt: skip
def test_go_on_at_a_question(said: str, on: bool) -> None:
    assert goes_on(_turn(Session(), said)) is on
