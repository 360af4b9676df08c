"""What a tapped button's payload answers: a flow's control or option, a person, the menu
(a running flow parked), a flow or topic or question named, a course page, a language; a
button nothing answers any more is said to be stale."""

from __future__ import annotations

from dataclasses import replace

from flows import (
    complaint_queue,
    course_declined,
    courses,
    eligibility_for_relative,
    handoff,
    menu_account,
    menu_topic_follow_ups,
    parking,
    questions,
    queue_form_cancel,
)
from flows.course_choice import choose, enrol, results_page
from flows.eligibility_relatives import PAYLOAD as RELATIVE_CHECK
from flows.flow_table import FLOWS
from flows.link_account import LINK, LINK_ACCOUNT
from flows.menu import TOPICS, main_menu, topic_answer
from flows.messages import Outbound
from flows.responses import LANGUAGES, text
from flows.route_hooks import hooks, menu
from flows.route_intent import on_intent
from flows.runtime import controls, runner
from flows.runtime.machine import FlowTurn
from flows.ticket_reopen import TICKET_REOPEN
from flows.ticket_reply import TICKET_REPLY
from flows.ticket_reply_guess import DECLINE, declined
from flows.turn import Ask, Step


def on_payload(turn: FlowTurn, payload: str) -> Step:
    replies = yield from payload_answer(turn, payload)
    return replies if replies is not None else unknown(turn)


def tap(turn: FlowTurn, payload: str) -> Step:
    """Words that mean a button ("ok buka lg aja" after the reopen offer): as if it was tapped."""
    tapped = FlowTurn(turn.session, replace(turn.message, payload=payload), turn.ctx)
    return (yield from on_payload(tapped, payload))


def _start_check(turn: FlowTurn) -> Step:
    return runner.start(FLOWS["eligibility"], turn, hooks())


def unknown(turn: FlowTurn) -> list[Outbound]:
    """A button nothing answers (any more): a stale question's, an unknown one."""
    return [Outbound(text(turn.lang, "unknown.payload")), menu(turn.lang)]


def payload_answer(turn: FlowTurn, payload: str) -> Ask[list[Outbound] | None]:
    """What a button's payload answers; None for one nothing answers (``unknown``)."""
    session, lang = turn.session, turn.lang
    name, _, rest = payload.partition(":")
    flow = FLOWS.get(session.flow or "")
    if flow is not None and payload == controls.HUMAN:  # [Hubungi petugas] in the complaint
        queued = yield from complaint_queue.answer(flow, turn)  # form: filed or closed first
        if queued is not None:
            return queued
    if flow is not None and (payload.startswith(("ctl:", controls.OPTION))):
        return (yield from runner.reply(flow, turn, hooks()))
    if payload == controls.HUMAN:
        return (yield from handoff.request(turn, "asked"))
    if payload == handoff.STOP:
        return (yield from handoff.stop(turn))
    if name == handoff.CSAT:
        return (yield from handoff.rate(turn, rest))
    if name == queue_form_cancel.PAYLOAD:  # the queue, the form, or both cancelled
        return (yield from queue_form_cancel.chosen(turn, rest))
    if name in ("ctl", "opt"):
        return None  # a stale question's button
    parked = parking.park(turn) if name != "lang" else None
    if name in ("menu", "start"):  # a flow left for the menu is kept, and the user told so
        kept = [Outbound(text(lang, "resume.parked", flow=parked))] if parked else []
        return [*kept, main_menu(lang, first=name == "start")]
    if name == "flow" and rest in FLOWS:
        return (yield from runner.start(FLOWS[rest], turn, hooks()))
    if payload == RELATIVE_CHECK:  # "Cek syarat bapakmu" after his age was answered
        return (yield from eligibility_for_relative.tapped(turn, _start_check))
    if name == TICKET_REPLY.name and rest:  # ticket_reply:<reference>: data staff asked for
        return (yield from runner.start(TICKET_REPLY, turn, hooks()))
    if name == TICKET_REOPEN.name and rest:  # ticket_reopen:<reference>: "Ya, buka lagi"
        return (yield from runner.start(TICKET_REOPEN, turn, hooks()))
    if payload == DECLINE:  # "Bukan" under "Ini jawaban untuk tiket ...?": answered as usual
        return (yield from declined(turn))
    if name == LINK:  # link:<request>: link this chat, then answer <request>
        return (yield from runner.start(LINK_ACCOUNT, turn, hooks()))
    if name == "intent" and rest:
        return (yield from on_intent(turn, rest))
    if name == "resume" and rest in ("continue", "restart"):
        return (yield from parking.resume(turn, rest == "continue", hooks()))
    if name == "topic" and rest == "human":
        return (yield from handoff.request(turn, "menu"))
    if name == "topic" and rest in TOPICS and rest != "courses":
        menu_topic_follow_ups.note(turn, rest)  # "kuotanya berapa?" next: about that answer
        linked = session.participant_id is not None  # no "Hubungkan akun" for a linked chat
        return (yield from topic_answer(rest, lang, turn.ctx, linked=linked))
    if name == menu_account.PAYLOAD and rest:  # "Data saya", "Ganti nomor HP" (linked chats)
        return (yield from menu_account.tapped(turn, payload))
    if name == "courses" and not rest:
        return (yield from courses.categories(session))
    if name == "courses":
        page, _, category = rest.partition(":")
        if page.isdigit() and category:
            return (yield from courses.course_page(session, category, int(page), turn.ctx))
    if name == "course" and rest.isdigit():
        return (yield from courses.course_detail(session, int(rest)))
    if name == "search" and rest.isdigit():
        return (yield from results_page(turn, int(rest)))
    if name == "enrol" and rest.isdigit():
        return (yield from choose(turn, int(rest)))
    if name == "enrol_yes" and rest.isdigit():
        return (yield from enrol(turn, int(rest)))
    if name == "enrol_no" and rest.isdigit():  # "Nanti dulu", "gajadi deh": said, list again
        return (yield from course_declined.declined(turn, int(rest)))
    if name in ("subscribe", "unsubscribe"):
        return (yield from answer_or_menu(turn, name))
    if name == "lang" and rest in LANGUAGES:
        yield from questions.save_language(turn, rest)
        return [Outbound(text(rest, "language.switched")), main_menu(rest, first=False)]
    return None


def answer_or_menu(turn: FlowTurn, intent: str) -> Step:
    replies = yield from questions.answer(intent, turn)
    return replies if replies is not None else [menu(turn.lang)]
