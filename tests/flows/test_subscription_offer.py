"""Broadcasts offered once on linking (``flows.subscription_offer``); the conversations are in
``tests/conversations/linking_re12.yml``."""

from __future__ import annotations

import pytest

from flows import subscription_offer as offer
from flows.messages import Button, Outbound
from flows.queries import ChatOptedOut
from flows.responses import text
from flows.runtime.machine import FlowTurn
from flows.subscription_follow_ups import _DECLINED
from flows.turn import Message
from flows.views import ParticipantView
from storage.sessions import Session
from tests.flows.test_runtime import CTX


def _person(opted_in: bool) -> ParticipantView:
    return ParticipantView(1, "registered", 0, None, None, None, notify_opt_in=opted_in)


def _turn(session: Session | None = None) -> FlowTurn:
    return FlowTurn(session or Session(), Message(text="123456"), CTX)


def _note(turn: FlowTurn, person: ParticipantView | None, opted_out: bool = False) -> None:
    """``note_due`` run with ``opted_out`` as the answer to its ``ChatOptedOut`` query."""
    steps = offer.note_due(turn, person)
    try:
        asked = next(steps)
        assert isinstance(asked, ChatOptedOut)
        steps.send(opted_out)
    except StopIteration:
        pass


def _offered(
    turn: FlowTurn, person: ParticipantView | None, *replies: Outbound, opted_out: bool = False
) -> str:
    """The offer's text after ``note_due`` on linking ("" when none)."""
    _note(turn, person, opted_out)
    return "".join(reply.text for reply in offer.after_linking(turn, list(replies)))


def test_offered_to_a_participant_not_opted_in_and_only_once() -> None:
    turn = _turn()
    turn.session.participant_id = 1
    assert _offered(turn, _person(opted_in=False)) == text("id", "link_account.updates_offer")
    assert _offered(turn, _person(opted_in=False)) == ""  # linked again later: no nagging


@pytest.mark.parametrize(
    ("person", "opted_out"),
    [(None, False), (_person(opted_in=True), False), (_person(opted_in=False), True)],
)
def test_not_offered_when_opted_in_or_this_chat_opted_out(
    person: ParticipantView | None, opted_out: bool
) -> None:
    assert _offered(_turn(Session(participant_id=1)), person, opted_out=opted_out) == ""


def test_the_chats_opt_out_is_asked_only_when_an_offer_is_possible() -> None:
    steps = offer.note_due(_turn(Session(participant_id=1)), _person(opted_in=True))
    with pytest.raises(StopIteration):
        next(steps)  # opted in already: no query


def test_a_typed_yes_takes_the_offer_unless_another_reply_asks_a_yes() -> None:
    turn = _turn(Session(participant_id=1))
    _note(turn, _person(opted_in=False))
    alone = offer.after_linking(turn, [])
    assert [b.means for b in alone[0].buttons] == ["yes"]
    turn = _turn(Session(participant_id=1))
    _note(turn, _person(opted_in=False))
    buy = Outbound("Beli?", (Button("Ya, beli", "buy", "yes"),))
    after_purchase = offer.after_linking(turn, [buy])
    assert [b.means for b in after_purchase[0].buttons] == [None]


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
