"""A ticket's status read into a message when this chat has filed no ticket and the message
names none: the NLU reads short follow-ups and questions about one's own status as
``complaint_status`` ("udh tutup blm" after the wave answer, "udh seminggu" after the
certificate answer, "I checked spam already" after the OTP fix, "status aku gmn"), and "no
complaint has been filed from this chat" answered none of them.

Such a message is, in this order: the participant's own status ("status aku gmn": the
registration status); the follow-up the answer that offered a complaint knows
(``flows.follow_ons``: "udh seminggu" after the certificate answer, a clarifying question in
between); the question answered just before, asked again ("udh tutup blm" after the wave
answer); after a problem's answer, that it is not solved (a complaint about it, or a person);
else a clarifying question without the ticket's status. A message that asks about a report,
a ticket or a complaint ("status laporan aku gmn") keeps the ticket answer; one that does not
know the ticket's number ("aku ga tau nomor tiketnya") is told where it is
(``flows.ticket_number_help``)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from flows import own_status_asked, ticket_number_help
from flows.complaint_topics import file_complaint, topic_answered
from flows.fallback import PROBLEM_TOPICS, clarify, previous_intent
from flows.follow_ons import FOLLOW_UPS
from flows.messages import Outbound
from flows.queries import MyTickets
from flows.runtime import controls
from flows.runtime.machine import FlowTurn
from flows.turn import Ask, Step, within_context_of
from flows.validators import ticket_reference

INTENT = "complaint_status"
ABOUT_TICKET = re.compile(
    r"\b(?:tiket|ticket|pengaduan|aduan|laporan|lapor|komplain|complain|complaint|report|"
    r"keluhan|ngadu|diadukan)\w*"
)
"""Words that ask about a report, a ticket or a complaint: those keep the ticket answer."""
_OWN_STATUS = re.compile(r"\bstatus\w*\b")
"""A status asked with no ticket named: the participant's own ("status aku gmn")."""
ASKED_AGAIN = frozenset({"wave_schedule", "program_info", "benefits_info"})
"""Questions whose follow-up ("udh tutup blm" after the wave answer) their answer covers."""


def answer(
    turn: FlowTurn, answer_intent: Callable[[FlowTurn, str], Step]
) -> Ask[list[Outbound] | None]:
    """What a ``complaint_status`` reading asks when no ticket is filed and none is named;
    None when it asks about a ticket, or one was filed (``answer_intent``: the router's answer
    to an intent)."""
    message = turn.message
    text = (message.text or "").lower()
    if message.intent != INTENT or message.payload is not None or not text:
        return None
    if ticket_number_help.asks(text) and not ticket_reference(text):  # "ga tau nomor tiketnya"
        tickets = yield MyTickets(message.channel, message.user_id)
        return None if tickets else ticket_number_help.answer(turn)  # theirs: listed, numbered
    if ABOUT_TICKET.search(text) or ticket_reference(text) or message.entity("ticket"):
        return None
    own = yield from own_status_asked.answer(turn, answer_intent)  # linked: theirs, then an
    if own is not None:  # open ticket; a finished one is not the status asked for
        return own
    tickets = yield MyTickets(message.channel, message.user_id)
    if tickets:
        return None
    if _OWN_STATUS.search(text):  # "status aku gmn"
        return (yield from answer_intent(turn, "registration_status"))
    followed = yield from _follow_up(turn)
    if followed is not None:
        return followed
    topic = previous_intent(turn)
    recent = within_context_of(turn.session.last_activity, message.at)
    if recent and topic in ASKED_AGAIN:  # "udh tutup blm" after the wave answer
        return (yield from answer_intent(turn, str(topic)))
    shown = topic_answered(turn)
    if recent and (topic in PROBLEM_TOPICS - {INTENT} or shown is not None):
        return [_not_solved(turn, topic, shown)]
    return _clarified(turn)


def _follow_up(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """The follow-up the answer that offered a complaint knows ("udh seminggu" after the
    certificate answer), also with a message in between."""
    shown = topic_answered(turn)
    found = FOLLOW_UPS.get(str(shown["category"])) if shown is not None else None
    if found is None or not found[0].search((turn.message.text or "").lower()):
        return None
    return (yield from found[1](turn))


def _not_solved(turn: FlowTurn, topic: str | None, shown: dict[str, object] | None) -> Outbound:
    """After a problem's answer ("I checked spam already" after the OTP fix): a complaint about
    it (its fix not shown again) or a person."""
    category = str(shown["category"]) if shown is not None else None
    if topic in PROBLEM_TOPICS:
        what = turn.say(f"intents.{topic}").lower()
    else:
        what = turn.say(f"complaints.category.options.{category}")
    fixed = shown is not None and bool(shown.get("fix"))
    report = file_complaint(turn, fix_shown=category if fixed else None, topic=category)
    person = turn.button("common.talk_to_person", controls.HUMAN)
    return turn.reply("fallback.follow_up", report, person, turn.menu_button(), topic=what)


def _clarified(turn: FlowTurn) -> list[Outbound]:
    """ "Maksud kamu ...?" with the other readings (no ticket's status: none was filed)."""
    ranking = tuple((name, score) for name, score in turn.message.ranking if name != INTENT)
    return clarify(FlowTurn(turn.session, replace(turn.message, ranking=ranking), turn.ctx))


__all__ = ["ABOUT_TICKET", "answer"]
