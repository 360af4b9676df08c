"""Broadcasts offered once on linking (``flows.subscription_offer``); the conversations are in
``tests/conversations/linking_re12.yml``."""

from __future__ import annotations

from typing import Any

import pytest

from flows import subscription_offer as offer
from flows.messages import Button, Outbound
from flows.queries import ParticipantQuery, SetSubscription
from flows.responses import text
from flows.runtime.machine import FlowTurn
from flows.subscription_follow_ups import _DECLINED
from flows.turn import Message, Step
from flows.views import ParticipantView
from storage.sessions import Session
from tests.flows.test_runtime import CTX


def _person(opted_in: bool) -> ParticipantView:
    return ParticipantView(1, "registered", 0, None, None, None, notify_opt_in=opted_in)


def _turn(session: Session | None = None) -> FlowTurn:
    return FlowTurn(session or Session(), Message(text="123456"), CTX)


def _offered(turn: FlowTurn, person: ParticipantView | None, *replies: Outbound) -> str:
    """The offer's text after ``note_due`` on linking ("" when none)."""
    offer.note_due(turn, person)
    return "".join(reply.text for reply in offer.after_linking(turn, list(replies)))


def test_offered_to_a_participant_not_opted_in_and_only_once() -> None:
    turn = _turn()
    turn.session.participant_id = 1
    assert _offered(turn, _person(opted_in=False)) == text("id", "link_account.updates_offer")
    assert _offered(turn, _person(opted_in=False)) == ""  # linked again later: no nagging


@pytest.mark.parametrize(
    ("person", "choice"),
    [(None, None), (_person(opted_in=True), None), (_person(opted_in=False), "out")],
)
def test_not_offered_when_opted_in_or_opted_out_here(
    person: ParticipantView | None, choice: str | None
) -> None:
    session = Session(participant_id=1)
    if choice is not None:
        session.profile[offer.CHOICE] = choice
    assert _offered(_turn(session), person) == ""


def test_offered_after_asking_to_subscribe_before_linking() -> None:
    session = Session(participant_id=1)
    session.profile[offer.CHOICE] = "in"  # "langganan info" while unlinked: link first
    assert _offered(_turn(session), _person(opted_in=False))


def test_a_typed_yes_takes_the_offer_unless_another_reply_asks_a_yes() -> None:
    turn = _turn(Session(participant_id=1))
    offer.note_due(turn, _person(opted_in=False))
    alone = offer.after_linking(turn, [])
    assert [b.means for b in alone[0].buttons] == ["yes"]
    turn = _turn(Session(participant_id=1))
    offer.note_due(turn, _person(opted_in=False))
    buy = Outbound("Beli?", (Button("Ya, beli", "buy", "yes"),))
    after_purchase = offer.after_linking(turn, [buy])
    assert [b.means for b in after_purchase[0].buttons] == [None]


def _unsubscribing() -> Step:
    found = yield ParticipantQuery("test", "tester")
    yield SetSubscription("test", "tester", False)
    return [Outbound(f"found {found}")]


def test_a_choice_made_in_a_turn_is_noted_and_the_answers_passed_through() -> None:
    session = Session()
    steps = offer.noting(session, _unsubscribing())
    asked: list[Any] = [next(steps)]
    asked.append(steps.send("someone"))
    with pytest.raises(StopIteration) as done:
        steps.send(None)
    assert [type(q) for q in asked] == [ParticipantQuery, SetSubscription]
    assert done.value.value == [Outbound("found someone")]
    assert session.profile[offer.CHOICE] == "out"


@pytest.mark.parametrize(
    ("text", "declines"),
    [
        ("ga usah", True),
        ("gausah deh", True),
        ("nggak dulu", True),
        ("tidak, makasih", True),
        ("no thanks", True),
        ("not now", True),
        ("nanti aja", True),
        ("ya", False),
        ("ga usah, tapi saldo aku berapa?", False),  # a question of its own
        ("gimana caranya berhenti?", False),
    ],
)
def test_a_plain_no_to_the_offer_is_told_apart(text: str, declines: bool) -> None:
    assert bool(_DECLINED.search(text)) is declines
