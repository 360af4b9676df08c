"""An extension of the purchase deadline asked by a linked participant ("bisa diperpanjang ga
batas beli pelatihannya?"): their own deadline and the days left, the rule of their era
(DOMAIN.md "Eras": 2023-2024, the first course within 15 calendar days, then 15 more days for
the rest after the first course is rated; 2020-2022, 30 days), and what DOMAIN.md says of
missing it (the card is revoked). DOMAIN.md names no extension, so none is promised and none is
ruled on beyond what the assistant can do: it cannot extend it.

Before, the general "if the deadline passes, the card is revoked ..." came, as if it had
passed, without their own date. A deadline already gone gets ``flows.purchase_deadline``'s
answer; with a course bought, the first deadline is met and what is left is the rest's window
(``flows.purchase_deadline_mine``). None: not linked, or a status with no deadline of its own
(the general answer goes on)."""

from __future__ import annotations

from flows import purchase_deadline
from flows import purchase_deadline_mine as mine
from flows.deadline_words import deadline_at
from flows.last_answer import remember
from flows.messages import Outbound
from flows.my_data import Answer, participant
from flows.runtime.machine import FlowTurn
from flows.views import ParticipantView

TOPIC = mine.DEADLINE_TOPIC


def answer(turn: FlowTurn) -> Answer:
    """The extension's answer from the records; None: not linked, or nothing of theirs."""
    if turn.session.participant_id is None:
        return None
    person = yield from participant(turn)
    if person is None:
        return None
    if person.status == "selected":
        return _selected(turn, person)
    if person.status in mine.BOUGHT:  # the first deadline met: the rest's window, if any
        said = turn.say("purchase_deadline_extend.bought")
        own = yield from mine.answer(turn)
        if not own:
            remember(turn, TOPIC)
            return [Outbound(said, (turn.menu_button(),))]
        first = own[0]
        return [Outbound(f"{said}\n{first.text}", first.buttons), *own[1:]]
    if person.status == "revoked":
        return (yield from mine.answer(turn))
    return None


def _selected(turn: FlowTurn, person: ParticipantView) -> list[Outbound] | None:
    """The first purchase's deadline, its days left, the era's rule; gone: the revocation."""
    if purchase_deadline.lapsed(turn, person):
        return [purchase_deadline.passed(turn, person, "kb.deadline_passed_balance")]
    if person.purchase_deadline is None:
        return None
    facts = _facts(turn, person)
    deadline = deadline_at(person.purchase_deadline, turn.lang)
    lines = [
        turn.say("purchase_deadline_extend.yours", deadline=deadline),
        mine.left_line(turn, person.purchase_deadline),
        turn.say("purchase_deadline_extend.rule", **facts),
    ]
    if int(str(facts["rest_days"])) > 0:
        lines.append(turn.say("purchase_deadline_extend.rest", **facts))
    remember(turn, TOPIC)  # "kalo lewat gmn" next: the first purchase's deadline
    search = turn.button("menu.courses", "flow:course_choice")
    return [Outbound(" ".join(lines), (search, turn.menu_button()))]


def _facts(turn: FlowTurn, person: ParticipantView) -> dict[str, object]:
    """The rules of the participant's own era (the current one when unknown)."""
    programme = turn.ctx.programme
    era = programme.eras.get(person.era or "") or programme.era
    return {**programme.facts(), **era.facts()}


__all__ = ["answer"]
