"""Answers from the participant's own records: selection status, training balance, certificates
and complaint tickets (incentives: ``my_incentives``); and what a chat not linked to an account
is offered instead (link, register, a person)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import wraps

from flows import (
    balance_before_selection,
    balance_rest,
    certificate_issued,
    certificate_of_shown,
    certificate_wait,
    course_bought,
    my_selection,
    not_selected_why,
    own_data_asks,
    records_owner,
    ticket_category,
    ticket_missing_help,
    ticket_reply,
    wave_results,
)
from flows.certificate_asks import PROBLEMS, certificate_key
from flows.certificate_name_fix import TOPIC as NAME_FIXED
from flows.complaint_topics import file_complaint
from flows.deadline_words import deadline_at
from flows.era_answers import BALANCE_RULE
from flows.follow_up_answers import NOT_SELECTED, RATING
from flows.formatting import long_date, money
from flows.last_answer import remember
from flows.link_account import link_payload, remember_nik
from flows.messages import Button, Outbound
from flows.queries import (
    EnrolmentsQuery,
    MyTickets,
    OwnNik,
    ParticipantQuery,
    TicketQuery,
)
from flows.runtime import controls
from flows.runtime.machine import FlowTurn
from flows.secret_finders import card_numbers
from flows.ticket_reopen_offer import CLOSED, FINISHED_TICKET, RESOLVED
from flows.ticket_status_follow_ups import TOPIC as SHOWN
from flows.turn import Ask, Message
from flows.validators import ticket_reference
from flows.views import EnrolmentView, ParticipantView

Answer = Ask[list[Outbound] | None]
CAN_BUY = ("selected", "enrolled")
"""Statuses with a training balance to spend."""
_SAID = {"not_selected": NOT_SELECTED, "revoked": "revoked"}  # revoked_follow_ups.REVOKED


def own_records(answer: Callable[[FlowTurn], Answer]) -> Callable[[FlowTurn], Answer]:
    """An answer from the records that names a NIK not the linked participant's ("cek status NIK
    adik sy 3275..."): only the linked account's records are shown, so the owner of that NIK is
    told to link their own. Nothing is looked up by, or said about, that NIK. Asked for a
    relative ("insentif bapak udh masuk belum"), the records come with a note on whose they
    are: the account linked to this chat (``flows.records_owner``)."""

    @wraps(answer)
    def guarded(turn: FlowTurn) -> Answer:
        refused = yield from others_nik(turn)
        if refused is not None:
            return refused
        replies = yield from answer(turn)
        return _whose(turn, replies)

    return guarded


def _whose(turn: FlowTurn, replies: list[Outbound] | None) -> list[Outbound] | None:
    """``replies``, after a note that they are the linked account's when someone else's records
    were asked for (and the chat is linked: a chat not linked was offered linking)."""
    if not replies or turn.session.participant_id is None:
        return replies
    if not records_owner.for_someone_else(turn.message.text or ""):
        return replies
    return [Outbound(turn.say("records_owner.linked_only")), *replies]


def others_nik(turn: FlowTurn) -> Answer:
    """The refusal when the message names a NIK that is not the linked participant's; None
    otherwise (no NIK, the user's own, or a chat not linked)."""
    nik = turn.message.entity("nik")
    if nik is None or str(nik) in card_numbers(turn.message.text):
        return None  # "my card number is 5123 ...": a card number, warned about, no NIK
    own = yield OwnNik(turn.message.channel, turn.message.user_id, str(nik))
    return [turn.reply("kb.others_nik", turn.menu_button())] if own is False else None


def participant(turn: FlowTurn) -> Ask[ParticipantView | None]:
    found: ParticipantView | None = yield ParticipantQuery(
        turn.message.channel, turn.message.user_id
    )
    turn.session.participant_id = found.id if found else None
    return found


def not_linked(turn: FlowTurn, *, repeat: bool = True) -> list[Outbound]:
    """The chat is not linked: link an account registered elsewhere (then the same request is
    answered, unless not ``repeat``: its intent names another request), register, or a person.
    A NIK the message gives is kept for the linking. While registering here, only that their
    own data can be shown once it is done (no "register with me" inside the registration)."""
    if turn.session.flow == "registration":
        return [Outbound(turn.say("kb.not_linked_registering"))]
    remember_nik(turn)
    payload = link_button(turn).payload if repeat else link_payload(None)
    # "Sudah pernah daftar? ... Belum? ...": a typed "y" / "udah" links, "g" / "belum" registers
    return [
        turn.reply(
            "kb.not_linked",
            turn.button("link_account.start", payload, means="yes"),
            turn.button("registration.start", "flow:registration", means="no"),
            turn.button("common.talk_to_person", controls.HUMAN),
        )
    ]


def link_button(turn: FlowTurn) -> Button:
    """Link this chat to an account, then the same request is answered."""
    return turn.button("link_account.start", link_payload(_request(turn.message)))


def _request(message: Message) -> str | None:
    """What the user asked for, as a payload that asks it again (a purchase: its confirmation)."""
    payload = message.payload or ""
    if payload.startswith("enrol_yes:"):
        return "enrol:" + payload.partition(":")[2]
    if payload.startswith(("intent:", "enrol:")):
        return payload
    return f"intent:{message.intent}" if message.intent else None


def not_bought(turn: FlowTurn, person: ParticipantView, key: str) -> Outbound:
    """``key`` says there is no purchase yet; a balance to spend is one tap from the courses."""
    if person.status not in CAN_BUY:
        return turn.reply(key, turn.menu_button())
    return turn.reply(key, turn.button("menu.courses", "flow:course_choice"), turn.menu_button())


@own_records
def selection_status(turn: FlowTurn) -> Answer:
    person = yield from participant(turn)
    if person is None:  # "knp gak lolos2?": why anyone is not selected needs no account
        if not_selected_why.asked_in_general(turn):
            return not_selected_why.general(turn)  # the reasons listed, or where they are
        return (yield from wave_results.status(turn))  # a wave's results, what next
    asked = yield from my_selection.answer(turn, person)  # applied, selected: what is asked
    if asked is not None:
        return asked
    deadline = deadline_at(person.purchase_deadline, turn.lang)
    body = turn.say(f"status.{person.status}", wave=person.wave_number or "-", deadline=deadline)
    if (topic := _SAID.get(person.status)) is not None:  # "kenapa", "alasannya apa" next:
        remember(turn, topic)  # the reasons not selected, the revocation's rule
    revoked = person.status == "revoked"  # a revocation may be complained about (category 12)
    report = (file_complaint(turn, topic="revoked"),) if revoked else ()
    return [Outbound(body, (*report, turn.menu_button()))]


_BALANCE_GONE = re.compile(
    r"berkurang|\bhilang|lenyap|kepotong|terpotong|jadi (?:0|nol)|\bminus|disappear|went down"
    r"|deducted|debited|\bcharged|(?:kedebet|terdebet|didebet)"
)
"""The balance shrank without a purchase the user knows of: a problem, not a question."""


@own_records
def training_balance(turn: FlowTurn) -> Answer:
    if _BALANCE_GONE.search((turn.message.text or "").lower()):  # on record first, if linked
        gone = turn.reply("kb.balance_gone", file_complaint(turn), turn.menu_button())
        person = yield from participant(turn)
        if person is None or person.status not in ("selected", "enrolled", "completed"):
            return [gone]
        shown = turn.say("course_card_payment.balance", balance=money(person.balance))
        return [Outbound(f"{shown} {gone.text}", gone.buttons)]
    if (undone := course_bought.answer(turn)) is not None:  # "refund bisa?": no, not the balance
        return undone
    person = yield from participant(turn)
    if person is None:  # how the balance works needs no account
        rule = turn.say("kb.balance_rule", **turn.ctx.programme.facts())
        remember(turn, BALANCE_RULE)  # "kalo dulu 2021?" next: that era's deadline
        return own_data_asks.answered(turn, Outbound(rule))
    if person.status == "revoked":  # the balance went with the participation
        report = file_complaint(turn, topic="revoked")
        return [turn.reply("kb.balance_revoked", report, turn.menu_button())]
    if person.status not in ("selected", "enrolled", "completed"):  # "kok blm ada" next: why
        return balance_before_selection.answer(turn, person)
    from flows import balance_after  # here: it imports the course search, which imports us

    after = yield from balance_after.answer(turn, person)  # "brp sisa saldo kalo beli itu"
    if after is not None:
        return after
    rest = yield from balance_rest.balance_answer(turn, person)  # a course bought: the rest
    if rest is not None:  # spendable until a date, after the open course, or gone
        return rest
    deadline = deadline_at(person.purchase_deadline, turn.lang)
    key = "kb.balance_deadline" if person.status == "selected" else "kb.balance"
    buttons = (turn.button("menu.courses", "flow:course_choice"), turn.menu_button())
    return [turn.reply(key, *buttons, balance=money(person.balance), deadline=deadline)]


def asks_certificate_detail(text: str) -> bool:
    """ "gimana cara downloadnya lagi" right after a certificate answer has its own answer."""
    return _certificate_key(text) != "kb.certificate"


_certificate_key = certificate_key


FINISHED = ("completed", "certified", "rated")
"""Enrolment statuses after the training's end: a certificate is due or issued."""
DETAIL = "certificate_detail"  # topic of a certificate's part answered: certificate_follow_ups


@own_records
def certificates(turn: FlowTurn) -> Answer:
    of_shown = yield from certificate_of_shown.answer(turn)  # "ada sertifikatnya ga" at a course
    if of_shown is not None:
        return of_shown
    person = yield from participant(turn)
    key = _certificate_key(turn.message.text or "")
    said = {"kb.certificate": certificate_wait.TOPIC, "kb.certificate_name": NAME_FIXED}
    remember(turn, RATING if key.startswith("kb.certificate_rating") else said.get(key, DETAIL))
    # next: "udh 3 hari", "kalo ga kasih gmn", "bisa dibenerin ga", "bisa buat daftar cpns ga"
    lines = [turn.say(key)]
    if person is not None:
        enrolments = yield EnrolmentsQuery(person.id)
        bought = [item for item in enrolments if item.status != "cancelled"]
        if key == "kb.certificate" and not any(item.status in FINISHED for item in bought):
            return [_no_certificate_yet(turn, person, bought)]
        if key == "kb.certificate" and (issued := certificate_issued.answer(turn, bought)):
            return [issued]  # rated or certified on record: issued, not "1 working day"
        lines += [_enrolment_line(turn, item) for item in enrolments[:3]]
    problem = key.removeprefix("kb.certificate_") in PROBLEMS  # its fix is this answer
    report = file_complaint(turn, fix_shown="certificate") if problem else file_complaint(turn)
    return [Outbound("\n".join(lines), (report, turn.menu_button()))]


def _no_certificate_yet(
    turn: FlowTurn, person: ParticipantView, bought: list[EnrolmentView]
) -> Outbound:
    """No training bought, or none finished: a certificate comes after finishing one."""
    if not bought:
        return not_bought(turn, person, "kb.certificate_no_course")
    lines = [turn.say("kb.certificate_not_finished")]  # the provider may not have reported yet
    lines += [_enrolment_line(turn, item) for item in bought[:3]]
    return Outbound("\n".join(lines), (file_complaint(turn), turn.menu_button()))


def _enrolment_line(turn: FlowTurn, item: EnrolmentView) -> str:
    status = turn.say(f"enrolment_status.{item.status}")
    return turn.say("kb.enrolment_line", title=item.title, status=status)


def ticket_status(turn: FlowTurn) -> Answer:
    reference = ticket_reference(turn.message.text or "") or _entity_ticket(turn)
    if reference:
        found = yield TicketQuery(reference, turn.message.channel, turn.message.user_id)
        if found is None:
            remember(turn, ticket_missing_help.TOPIC)  # "kok ga ada?" next: why, what to do
            return [
                turn.reply("complaints.status_unknown", turn.menu_button(), reference=reference)
            ]
        tickets = [found]
    else:
        tickets = yield MyTickets(turn.message.channel, turn.message.user_id)
        if not tickets:
            return [
                turn.reply(
                    "complaints.none_filed",
                    file_complaint(turn),
                    turn.menu_button(),
                )
            ]
    lines = [
        turn.say(
            "complaints.status_line",
            reference=t.reference,
            category=ticket_category.label(turn, t.category),  # any category: older data
            status=turn.say(f"ticket_status.{t.status}"),
            date=long_date(t.created_at, turn.lang),
        )
        + ticket_reply.staff_message(turn, t)
        for t in tickets[:5]
    ]
    offered = ticket_reply.offers(turn, tickets[:5])  # "Kirim data tambahan" when one waits
    finished = any(t.status in (RESOLVED, CLOSED) for t in tickets[:5])  # "masih belum beres"
    remember(turn, FINISHED_TICKET if finished else SHOWN)  # next: reopen it; "artinya?": SHOWN
    return [Outbound("\n".join(lines), (*offered, turn.menu_button()))]


def _entity_ticket(turn: FlowTurn) -> str | None:
    value = turn.message.entity("ticket")
    return str(value).upper() if value else None
