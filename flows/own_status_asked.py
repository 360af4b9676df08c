"""A linked participant's "status aku gimana" (the NLU reads it as ``complaint_status`` 0.96)
with no ticket, report or complaint named: the participant's own status (selected, balance,
deadline; a completed one's incentive), and an open ticket of this chat only after it, as one
line; a finished ticket is not the status asked for. Before, a participant with an old finished
ticket got only "PRK-... · OTP / email / login · Selesai".

"status istri aku gimana" asks about someone else's: only the account linked to this chat is
ever shown, and it is the writer's own, so nothing of it is shown as the relative's; the
relative links their own account from their own chat. A chat not linked keeps the older
answers (its tickets, else how to link: ``flows.ticketless_status``)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from flows import records_owner
from flows.complaint_open_ticket import status_line
from flows.messages import Outbound
from flows.queries import MyTickets, ParticipantQuery
from flows.runtime.machine import FlowTurn
from flows.turn import Ask, Step
from flows.views import ParticipantView, TicketView

OWN_STATUS = re.compile(r"\bstatus\w*\b")
"""A status asked ("status aku gmn"); a ticket's words are checked by the caller."""
FINISHED = ("resolved", "closed")


def answer(
    turn: FlowTurn, answer_intent: Callable[[FlowTurn, str], Step]
) -> Ask[list[Outbound] | None]:
    """The participant's status, an open ticket after it; None when the chat is not linked."""
    message = turn.message
    if not OWN_STATUS.search((message.text or "").lower()):
        return None
    person: ParticipantView | None = yield ParticipantQuery(message.channel, message.user_id)
    if person is None:
        return None
    turn.session.participant_id = person.id
    if records_owner.for_someone_else(message.text or ""):  # "status istri aku gimana"
        return [turn.reply("records_owner.not_theirs", turn.menu_button())]
    replies = list((yield from answer_intent(turn, "registration_status")) or [])
    tickets: list[TicketView] = yield MyTickets(message.channel, message.user_id)
    waiting = [status_line(turn, ticket) for ticket in tickets[:3] if ticket.status not in FINISHED]
    if waiting and replies:  # after the status, in its reply (its buttons stay last)
        note = turn.say("records_owner.open_tickets", tickets="\n".join(waiting))
        replies[-1] = replace(replies[-1], text=f"{replies[-1].text}\n\n{note}")
    return replies or None


__all__ = ["OWN_STATUS", "answer"]
