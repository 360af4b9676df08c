"""The programme's questions, answered from the database, config.yml and the knowledge base in
the response catalogue (``kb.*``, written for this project from DOMAIN.md and the FAQ facts).

``answer`` returns None for an intent it does not answer (flows start elsewhere)."""

from __future__ import annotations

from collections.abc import Callable

from flows.complaints import category_for
from flows.formatting import long_date, money
from flows.link_account import LANGUAGE_CHOSEN, link_payload
from flows.menu import main_menu, waves_text
from flows.messages import Button, Outbound
from flows.queries import (
    EnrolmentsQuery,
    IncentivesQuery,
    MyTickets,
    ParticipantQuery,
    SetLanguage,
    SetSubscription,
    TicketQuery,
)
from flows.runtime import controls
from flows.runtime.machine import FlowTurn
from flows.turn import Ask, Message
from flows.validators import ticket_reference
from flows.views import IncentiveView, ParticipantView

Answer = Ask[list[Outbound] | None]
# Intents answered by a knowledge-base text alone (``kb.<intent>``).
KB_INTENTS = ("program_info", "payment_account", "bot_challenge")
# Short answers when a flow is pending (the flow itself starts from the menu or the router).
DIGRESSION_TEXTS = {
    "check_eligibility": "topic.eligibility",
    "register": "topic.register",
    "complaint": "kb.complaint_later",
    "course_search": "kb.course_search_later",
    "delete_my_data": "kb.delete_later",
}


def _facts(turn: FlowTurn) -> dict[str, object]:
    rules = turn.ctx.programme
    era = rules.era
    return {
        "min_age": rules.min_age,
        "max_age": rules.max_age,
        "max_per_kk": rules.max_beneficiaries_per_kk,
        "contact_centre": rules.contact_centre,
        "redeem_hours": rules.redeem_window_hours,
        "arrival_days": rules.incentive_arrival_days,
        "support_hours": rules.incentive_support_after_hours,
        "years": era.years,
        "training": money(era.training_balance),
        "incentive": money(era.incentive_amount),
        "incentive_times": era.incentive_times,
        "survey": money(era.survey_amount),
        "survey_times": era.survey_times,
        "total": money(era.total),
        "purchase_days": era.purchase_days,
    }


def answer(intent: str, turn: FlowTurn, *, digression: bool = False) -> Answer:
    if digression and intent in DIGRESSION_TEXTS:
        return [Outbound(turn.say(DIGRESSION_TEXTS[intent], **_facts(turn)))]
    handler = HANDLERS.get(intent)
    if handler is not None:
        return (yield from handler(turn))
    if intent in KB_INTENTS:
        return [turn.reply(f"kb.{intent}", turn.menu_button(), **_facts(turn))]
    return None


def _simple(key: str, *, menu: bool = True) -> Callable[[FlowTurn], Answer]:
    def handler(turn: FlowTurn) -> Answer:
        if menu:
            return [Outbound(turn.say(key, **_facts(turn))), main_menu(turn.lang, first=False)]
        return [turn.reply(key, turn.menu_button(), **_facts(turn))]
        yield

    return handler


def _benefits(turn: FlowTurn) -> Answer:
    other = [
        e for name, e in turn.ctx.programme.eras.items() if name != turn.ctx.programme.current_era
    ]
    lines = [turn.say("kb.benefits", **_facts(turn))]
    for era in other:
        lines.append(
            turn.say(
                "kb.benefits_other_era",
                years=era.years,
                training=money(era.training_balance),
                incentive=money(era.incentive_amount),
                incentive_times=era.incentive_times,
                survey=money(era.survey_amount),
                survey_times=era.survey_times,
                total=money(era.total),
            )
        )
    return [Outbound("\n\n".join(lines), (turn.menu_button(),))]
    yield


def _waves(turn: FlowTurn) -> Answer:
    body = yield from waves_text(turn.lang)
    return [Outbound(body, (turn.menu_button(),))]


def participant(turn: FlowTurn) -> Ask[ParticipantView | None]:
    found: ParticipantView | None = yield ParticipantQuery(
        turn.message.channel, turn.message.user_id
    )
    turn.session.participant_id = found.id if found else None
    return found


def not_linked(turn: FlowTurn) -> list[Outbound]:
    """The chat is not linked: link an account registered elsewhere (then the same request is
    answered), register, or a person."""
    return [
        turn.reply(
            "kb.not_linked",
            turn.button("link_account.start", link_payload(_request(turn.message))),
            turn.button("registration.start", "flow:registration"),
            turn.button("common.talk_to_person", controls.HUMAN),
        )
    ]


def _request(message: Message) -> str | None:
    """What the user asked for, as a payload that asks it again (a purchase: its confirmation)."""
    payload = message.payload or ""
    if payload.startswith("enrol_yes:"):
        return "enrol:" + payload.partition(":")[2]
    if payload.startswith(("intent:", "enrol:")):
        return payload
    return f"intent:{message.intent}" if message.intent else None


def _status(turn: FlowTurn) -> Answer:
    person = yield from participant(turn)
    if person is None:  # "knp gak lolos2?": why anyone is not selected needs no account
        if category_for(turn.message.text or "") == "not_selected":
            return [Outbound(turn.say("complaints.fixes.not_selected")), *not_linked(turn)]
        return not_linked(turn)
    deadline = long_date(person.purchase_deadline, turn.lang) if person.purchase_deadline else "-"
    body = turn.say(f"status.{person.status}", wave=person.wave_number or "-", deadline=deadline)
    return [Outbound(body, (turn.menu_button(),))]


def _balance(turn: FlowTurn) -> Answer:
    person = yield from participant(turn)
    if person is None:
        return not_linked(turn)
    if person.status not in ("selected", "enrolled", "completed"):
        return [
            turn.reply(
                "kb.balance_none",
                turn.menu_button(),
                status=turn.say(f"status_name.{person.status}"),
            )
        ]
    deadline = long_date(person.purchase_deadline, turn.lang) if person.purchase_deadline else "-"
    key = "kb.balance_deadline" if person.status == "selected" else "kb.balance"
    buttons = (turn.button("menu.courses", "flow:course_choice"), turn.menu_button())
    return [turn.reply(key, *buttons, balance=money(person.balance), deadline=deadline)]


def _incentive_line(turn: FlowTurn, item: IncentiveView) -> str:
    line = turn.say(
        "kb.incentive_line",
        sequence=item.sequence,
        date=long_date(item.scheduled_date, turn.lang),
        amount=money(item.amount),
        status=item.status_label,
        channel=item.payout_channel or "-",
    )
    if item.failure_reason:
        line += "\n" + turn.say("kb.incentive_failed", reason=item.failure_reason)
    return line


def _incentives(turn: FlowTurn) -> Answer:
    person = yield from participant(turn)
    if person is None:  # when incentives usually arrive needs no account
        return [Outbound(turn.say("kb.incentive_timing", **_facts(turn))), *not_linked(turn)]
    items: list[IncentiveView] = yield IncentivesQuery(person.id)
    if not items:
        return [turn.reply("kb.incentive_none", turn.menu_button(), **_facts(turn))]
    lines = [turn.say("kb.incentive_header")] + [_incentive_line(turn, i) for i in items]
    if any(i.status == "gagal" for i in items):
        lines.append(turn.say("kb.incentive_fix"))
        buttons: tuple[Button, ...] = (
            _file_complaint(turn),
            turn.menu_button(),
        )
    else:
        lines.append(turn.say("kb.incentive_timing", **_facts(turn)))
        buttons = (turn.menu_button(),)
    return [Outbound("\n".join(lines), buttons)]


def _certificate(turn: FlowTurn) -> Answer:
    person = yield from participant(turn)
    lines = [turn.say("kb.certificate")]
    if person is not None:
        enrolments = yield EnrolmentsQuery(person.id)
        for item in enrolments[:3]:
            lines.append(
                turn.say(
                    "kb.enrolment_line",
                    title=item.title,
                    status=turn.say(f"enrolment_status.{item.status}"),
                )
            )
    return [Outbound("\n".join(lines), (_file_complaint(turn), turn.menu_button()))]


def _redeem(turn: FlowTurn) -> Answer:
    return [turn.reply("kb.redeem_code", _file_complaint(turn), turn.menu_button(), **_facts(turn))]
    yield


def _file_complaint(turn: FlowTurn) -> Button:
    """Still stuck after the answer: a complaint about what was just asked."""
    return turn.button("complaints.file", "flow:complaints")


def _tickets(turn: FlowTurn) -> Answer:
    reference = ticket_reference(turn.message.text or "") or _entity_ticket(turn)
    if reference:
        found = yield TicketQuery(reference)
        if found is None:
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
                    _file_complaint(turn),
                    turn.menu_button(),
                )
            ]
    lines = [
        turn.say(
            "complaints.status_line",
            reference=t.reference,
            category=turn.say(f"complaints.category.options.{t.category}"),
            status=turn.say(f"ticket_status.{t.status}"),
            date=long_date(t.created_at, turn.lang),
        )
        for t in tickets[:5]
    ]
    return [Outbound("\n".join(lines), (turn.menu_button(),))]


def _entity_ticket(turn: FlowTurn) -> str | None:
    value = turn.message.entity("ticket")
    return str(value).upper() if value else None


def subscription(subscribed: bool) -> Callable[[FlowTurn], Answer]:
    def handler(turn: FlowTurn) -> Answer:
        yield SetSubscription(turn.message.channel, turn.message.user_id, subscribed)
        key = "kb.subscribed" if subscribed else "kb.unsubscribed"
        return [turn.reply(key, turn.menu_button())]

    return handler


def save_language(turn: FlowTurn, language: str) -> Ask[None]:
    """Switch the chat's language; a linked participant's record keeps it for new sessions
    (a chat linked later saves the choice then)."""
    turn.session.language = language
    turn.session.profile[LANGUAGE_CHOSEN] = True
    if turn.session.participant_id is not None:
        yield SetLanguage(turn.message.channel, turn.message.user_id, language)


_ACCOUNT_PROBLEMS = ("otp_login", "account_recovery", "ktp_face", "nik")
"""Account problems with a known fix: "otp ga masuk", "lupa email" get that fix, not the list."""


def _account_access(turn: FlowTurn) -> Answer:
    link = turn.button("link_account.start", link_payload(None))
    problem = category_for(turn.message.text or "")
    if problem not in _ACCOUNT_PROBLEMS:
        return [turn.reply("kb.account_access", link, turn.menu_button(), **_facts(turn))]
    fix = turn.say(f"complaints.fixes.{problem}", contact_centre=turn.ctx.programme.contact_centre)
    lines = (fix, turn.say("kb.account_still_stuck"))
    return [Outbound("\n".join(lines), (_file_complaint(turn), link, turn.menu_button()))]
    yield


def _language(turn: FlowTurn) -> Answer:
    wanted = str(turn.message.entity("language") or "").lower()
    lowered = (turn.message.text or "").lower()
    if wanted in ("id", "en"):
        language = wanted
    elif "indonesia" in lowered or "indo" in lowered:
        language = "id"
    elif "english" in lowered or "inggris" in lowered:
        language = "en"
    else:
        language = "en" if turn.lang == "id" else "id"
    yield from save_language(turn, language)
    return [Outbound(turn.say("language.switched")), main_menu(language, first=False)]


def _greet(turn: FlowTurn) -> Answer:
    return [main_menu(turn.lang, first=True)]
    yield


HANDLERS: dict[str, Callable[[FlowTurn], Answer]] = {
    "benefits_info": _benefits,
    "wave_schedule": _waves,
    "registration_status": _status,
    "training_balance": _balance,
    "incentive_status": _incentives,
    "certificate": _certificate,
    "redeem_code": _redeem,
    "complaint_status": _tickets,
    "subscribe": subscription(True),
    "unsubscribe": subscription(False),
    "change_language": _language,
    "account_access": _account_access,
    "greet": lambda turn: _greet(turn),
    "help": _simple("kb.help"),
    "thanks": _simple("kb.thanks", menu=False),
    "goodbye": _simple("kb.goodbye", menu=False),
    "out_of_scope": _simple("kb.out_of_scope"),
}
