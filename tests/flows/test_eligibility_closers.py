"""Round 12 of the eligibility check: a resigned acknowledgement after the "eligible" verdict
(``flows.eligibility_closers``), "am I eligible?" inside the check
(``flows.eligibility_checking``) and a yes to "ever received Prakerja?" told without a "ya"
(``flows.eligibility_answers.previous``); the conversations are in
``tests/conversations/eligibility_re12.yml``."""

from __future__ import annotations

import pytest

from flows.eligibility import ELIGIBILITY
from flows.eligibility_answers import previous
from flows.eligibility_checking import asks_own_verdict, questions_left
from flows.eligibility_closers import closer
from flows.result import Valid
from flows.runtime.machine import FlowTurn
from flows.turn import Message
from storage.sessions import Session
from tests.flows.test_runtime import CTX


@pytest.mark.parametrize(
    ("text", "closes"),
    [
        ("yaudah deh", True),
        ("yaudah", True),
        ("ya udah deh kak", True),
        ("yasudahlah", True),
        ("oke deh", True),
        ("ok lah", True),
        ("okelah", True),
        ("iya deh", True),
        ("sip deh", True),
        ("oke deh kalo gitu", True),
        ("ok then", True),
        ("okay then", True),
        ("fine", True),
        ("ya", False),  # a plain agreement: the button
        ("iya", False),
        ("oke", False),
        ("ok kak", False),
        ("yaudah deh daftar", False),  # what is wanted said
        ("yaudah nanti aja", False),  # put off: "Nanti saja"
        ("oke makasih", False),  # thanks
        ("oh gitu", False),  # an acknowledgement of the news
        ("yaudah deh?", True),
    ],
)
def test_a_resigned_acknowledgement_is_told_from_a_plain_yes(text: str, closes: bool) -> None:
    assert closer(text) is closes


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("aku bisa ikut ga?", True),
        ("jadi aku memenuhi syarat?", True),
        ("bisa ikut ga", True),
        ("saya bisa daftar prakerja gak kak?", True),
        ("apakah saya memenuhi syarat?", True),
        ("jadi aku bisa ga?", True),
        ("aku layak ga", True),
        ("am I eligible?", True),
        ("so am I eligible?", True),
        ("can I join?", True),
        ("do I qualify?", True),
        ("kalo PNS bisa ikut ga?", False),  # a what-if
        ("aku bisa ikut lagi ga?", False),  # once only: its own answer
        ("syaratnya apa aja?", False),  # the requirements: the list
        ("bisa ga?", False),  # nothing said of joining
        ("umur aku 25, bisa ikut?", False),  # a fact: the question reads it
        ("can my mom join?", False),
    ],
)
def test_whether_one_is_eligible_is_told_from_other_questions(text: str, asks: bool) -> None:
    assert asks_own_verdict(text) is asks


def _turn(**slots: object) -> FlowTurn:
    session = Session()
    session.slots.update(slots)
    return FlowTurn(session, Message(text="aku bisa ikut ga?"), CTX)


def test_the_questions_left_count_the_pending_one_and_skip_those_answered() -> None:
    turn = _turn(age=25)
    assert questions_left(ELIGIBILITY, ELIGIBILITY.state("citizen"), turn) == 5
    ahead = _turn(age=25, occupation="none")  # told ahead of its question
    assert questions_left(ELIGIBILITY, ELIGIBILITY.state("citizen"), ahead) == 4
    last = _turn(age=25, citizen="yes", school="no", occupation="none", previous="no")
    assert questions_left(ELIGIBILITY, ELIGIBILITY.state("kk_count"), last) == 1


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("dapet sekali", "yes"),
        ("pernah dapet sekali", "yes"),
        ("udah pernah dapet", "yes"),
        ("udah dapet", "yes"),
        ("dulu lolos gelombang 12", "yes"),
        ("dapet 1x kak", "yes"),
        ("I received it once", "yes"),
        ("belum pernah dapet", "no"),
        ("ga pernah dapet sekali pun", "no"),
        ("dulu dapet pelatihan di blk", None),  # another training: asked again
        ("dapetnya sekali?", None),  # a question
        ("adikku udah dapet", None),  # a relative's
    ],
)
def test_an_earlier_prakerja_told_without_a_yes_is_a_yes(text: str, value: str | None) -> None:
    found = previous(Message(text=text), {}, CTX)
    assert (found.value if isinstance(found, Valid) else None) == value
