"""Handoff to a person of the CRM team: queue with a reason and a context summary, tell the
user their position (or, assigned at once to an available staff member with ``crm.auto_assign``,
say who will reply), let them stop waiting; outside staff hours say when staff are back
and offer a complaint ticket instead. While the chat is queued, flows/queue_wait.py answers; while
an agent holds it the router stays silent."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from typing import Any

from babel.dates import format_date

from flows.config import StaffHours
from flows.last_answer import recall_recent, remember
from flows.messages import Outbound
from flows.queries import CancelHandoff, CreateHandoff, HandoffPosition, RateHandoff
from flows.runtime import controls
from flows.runtime.machine import FlowTurn
from flows.safety import redact
from flows.staff_away import hijacked, phone_number_asked
from flows.turn import Step

STOP = "handoff:stop"
CSAT = "csat"
"""``csat:<handoff id>:<1-5>``: the user's rating of a person's help, asked at the hand-back."""
INTERNAL_SLOTS = ("_history", "_confirm", "_otp", "_return_to")
AWAY_SAID = "handoff_away"
"""``session.profile`` key: the turn in which the user was told staff are away (nothing was
queued), so a "ga jadi deh" right after it is answered as the request withdrawn."""
QUEUE_ASKED = "queue_asked"
"""``session.profile`` key: [times the wait was asked about while queued, ``Session.turns`` of
the last time] (``flows.queue_patience``); a new queueing starts again at none."""
CONTACT = "contact"
"""``flows.last_answer`` topic: the official channels were given, or that staff are off duty
(both name the contact centre): "jam berapa buka?", "kalo email?", "ya udah bikin tiket aja"
next are about them (``flows.contact_follow_ups``)."""


def staff_local(at: datetime, hours: StaffHours) -> datetime:
    return at.astimezone(timezone(timedelta(hours=hours.utc_offset_hours)))


def staff_on_duty(at: datetime, hours: StaffHours) -> bool:
    local = staff_local(at, hours)
    return local.weekday() in hours.days and hours.opens <= local.time() < hours.closes


def staff_back_at(at: datetime, hours: StaffHours) -> datetime:
    """The next time staff are on duty (local time of the staff hours)."""
    local = staff_local(at, hours)
    for days in range(8):
        day = (local + timedelta(days=days)).date()
        start = datetime.combine(day, hours.opens, local.tzinfo)
        if day.weekday() in hours.days and start > local:
            return start
    raise ValueError("staff hours have no opening day")  # StaffHours validates days


NEAR_DAYS = {0: "handoff.today", 1: "handoff.tomorrow"}
"""How a return today or tomorrow is said before its date ("besok, Selasa, 1 Desember 2026")."""


def back_when(turn: FlowTurn) -> str:
    """When staff are next on duty, as the user reads it: "besok, Selasa, 1 Desember 2026
    pukul 08.00 WIB" (today or tomorrow named first)."""
    hours = turn.ctx.programme.staff_hours
    back = staff_back_at(turn.message.at, hours)
    day = format_date(back, "EEEE, d MMMM y", locale="en" if turn.lang == "en" else "id")
    near = NEAR_DAYS.get((back.date() - staff_local(turn.message.at, hours).date()).days)
    day = day if near is None else turn.say(near, day=day)
    return turn.say("handoff.when", day=day, time=back.strftime("%H.%M"), zone=hours.zone_label)


def said_away(turn: FlowTurn) -> None:
    """Record that staff were just said to be off duty (the contact centre named with it)."""
    turn.session.profile[AWAY_SAID] = turn.session.turns
    remember(turn, CONTACT)


def away_just_said(turn: FlowTurn) -> bool:
    """The answer just before said staff are off duty (nothing was queued)."""
    return turn.session.profile.get(AWAY_SAID) == turn.session.turns - 1


def summary(turn: FlowTurn, reason: str) -> dict[str, Any]:
    """What the agent sees first: why, where in which flow, what was filled, the last words."""
    session = turn.session
    slots = {
        name: redact(str(value))
        for name, value in session.slots.items()
        if name not in INTERNAL_SLOTS and not name.startswith("_")
    }
    return {
        "reason": reason,
        "flow": session.flow,
        "step": session.step,
        "language": session.language,
        "intents": list(session.profile.get("trail", [])),
        "slots": slots,
        "recent": list(session.profile.get("recent", [])),
        "participant_id": session.participant_id,
    }


_CONTACT = re.compile(
    r"\b(?:nomor|nomer|kontak|contact|number)\b.{0,25}\b(?:cs|call ?center|customer "
    r"service|hotline|pengaduan|prakerja|resmi)\b|\b(?:call ?center|hotline|cs)\b.{0,25}"
    r"\b(?:berapa|nomor\w*|number|what)\b|\bofficial (?:contact|channels?|number|email)"
)
"""Asks for the official channels ("nomor cs prakerja", "call center berapa"), not to be queued."""


def request(turn: FlowTurn, reason: str) -> Step:
    session, message = turn.session, turn.message
    if reason == "asked" and _CONTACT.search((message.text or "").lower()):
        person = turn.button("common.talk_to_person", controls.HUMAN)
        facts = turn.ctx.programme.facts()
        remember(turn, CONTACT)  # "jam berapa buka?", "kalo email?" next: about these
        return [turn.reply("kb.contact", person, turn.menu_button(), **facts)]
    hours = turn.ctx.programme.staff_hours
    if not staff_on_duty(message.at, hours):
        return away(turn)
    if session.handoff == "queued":
        position = yield HandoffPosition(message.channel, message.user_id)
        if position is not None:
            return [_waiting(turn, "handoff.already_queued", int(position))]
    queue = session.flow or "general"
    ticket = yield CreateHandoff(
        message.channel, message.user_id, queue, reason[:80], summary(turn, reason)
    )
    if ticket.agent is not None:  # a person holds it already (not yet read it): who will reply
        session.handoff = "agent"
        leave = turn.button("handoff.leave", STOP)
        greeting = turn.reply("handoff.assigned", leave, agent=ticket.agent)
        return [replace(greeting, author=ticket.username)]  # theirs, as a take's greeting is
    session.handoff = "queued"
    session.profile.pop(QUEUE_ASKED, None)  # "lama bgt" next: the first time asked
    return [_waiting(turn, "handoff.queued", ticket.position)]


def away(turn: FlowTurn) -> list[Outbound]:
    """Staff asked for while off duty: when they are back and what to do meanwhile; the phone
    line's number when that is asked ("ada nomor telpon ga"); with an account taken over, what
    to do now first ("my account was hacked": not the off-duty text alone)."""
    text, contact = turn.message.text or "", turn.ctx.programme.contact_centre
    report = turn.button("handoff.file_complaint", "flow:complaints")
    when = back_when(turn)
    said_away(turn)  # "kapan bukanya?", "ya udah bikin tiket aja" next: about these
    if phone_number_asked(text):
        return [turn.reply("handoff.phone", report, turn.menu_button(), contact_centre=contact)]
    closed = turn.reply(
        "handoff.closed", report, turn.menu_button(), when=when, contact_centre=contact
    )
    if not hijacked(text):
        return [closed]
    steps = turn.say("kb.account_hijacked", contact_centre=contact)
    return [Outbound(f"{steps}\n\n{turn.say('handoff.closed_urgent', when=when)}", closed.buttons)]


def _waiting(turn: FlowTurn, key: str, position: int) -> Outbound:
    return turn.reply(key, turn.button("handoff.stop", STOP), position=position)


def stop(turn: FlowTurn) -> Step:
    """ "Berhenti menunggu" / "Keluar": out of the queue (or away from the person); with a form
    open at a question while queued, the question asked again (``queue_form_cancel``)."""
    from flows import queue_form_cancel  # here: it imports this module

    message = turn.message
    if turn.session.handoff == "queued" and queue_form_cancel.form_open(turn):
        return (yield from queue_form_cancel.chosen(turn, "queue"))
    yield CancelHandoff(message.channel, message.user_id)
    key = "handoff.left" if turn.session.handoff == "agent" else "handoff.stopped"
    if turn.session.handoff == "queued":  # "eh gajadi, kamu aja bantu": "trs gmn" next is
        recall_recent(turn, QUEUED_TURNS)  # about the answer before the person was asked for
    turn.session.handoff = None
    return [turn.reply(key, turn.menu_button())]


QUEUED_TURNS = 4
"""How far back, when leaving the queue, the answer before it still counts."""


def withdrawn(turn: FlowTurn) -> list[Outbound] | None:
    """ "ga jadi deh" right after staff were said to be away: nothing was queued, so nothing is
    left to cancel; said so, with how to ask for a person again."""
    session = turn.session
    said = session.profile.pop(AWAY_SAID, None)
    if said is None or said != session.turns - 1 or session.handoff is not None:
        return None
    return [turn.reply("handoff.withdrawn", turn.menu_button())]


def rate(turn: FlowTurn, rest: str) -> Step:
    """The user tapped a rating after a person helped them."""
    handoff_id, _, score = rest.partition(":")
    recorded = False
    if handoff_id.isdigit() and score in ("1", "2", "3", "4", "5"):
        message = turn.message
        query = RateHandoff(message.channel, message.user_id, int(handoff_id), int(score))
        recorded = bool((yield query))
    key = "handoff.csat_thanks" if recorded else "handoff.csat_once"
    return [turn.reply(key, turn.menu_button())]
