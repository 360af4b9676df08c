"""What the NLU's intent does once the router has it (typed, carried over, or a button's
``intent:<name>``): a specific answer first, a flow started (or a parked one resumed), a person,
a cancel that asks for something else, a question answered, or a miss."""

from __future__ import annotations

from flows import (
    balance_validity,
    complaint_kinds_asked,
    conditional_fragments,
    course_linked_guard,
    handoff,
    language_choice,
    menu_topic_follow_ups,
    money_help,
    parking,
    person_asked,
    programme_first,
    questions,
    rating_help,
    registration_help,
    registration_start,
    route_vague,
    small_talk,
    survey_record,
    ticketless_status,
)
from flows.account import privacy, wants_erasure
from flows.course_choice import COURSE_CHOICE
from flows.fallback import bare_why, clarify, miss, unclear
from flows.flow_table import FLOWS, START_INTENTS
from flows.helpers import answered_first
from flows.menu import topic_answer
from flows.route_hooks import hooks
from flows.runtime import controls, runner
from flows.runtime.machine import FlowTurn
from flows.turn import Step


def on_intent(turn: FlowTurn, intent: str) -> Step:
    session = turn.session
    if intent == "change_language" and language_choice.names_course(turn.message):
        intent = "course_search"  # "ada les bhs inggris gk kak": lessons, not the chat's language
    valid = (yield from balance_validity.answer(turn)) if intent in money_help.INTENTS else None
    if valid is not None:  # "saldo prakerja hangus kapan?" asks no revocation's why (their own)
        return valid
    answered = yield from answered_first(turn, intent)  # "nik saya sudah terdaftar"
    if answered is not None:  # (before the general answer on data: "data saya apa aja?")
        answered = yield from rating_help.in_era(turn, answered)  # the survey's: their era's
        return (yield from survey_record.paid(turn, answered))  # "survei udh dibayar blm?"
    first = yield from programme_first.answer(turn, intent)  # "looking for training, what is
    if first is not None:  # prakerja?": what it is first, the course search one tap away
        return first
    if intent == "complaint" and complaint_kinds_asked.asks(turn):  # "keluhan paling sering
        return complaint_kinds_asked.answer(turn)  # apa aja?": no complaint of one's own
    if intent == "complaint_status":  # "udh tutup blm" read as a ticket's status, none filed
        instead = yield from ticketless_status.answer(turn, on_intent)
        if instead is not None:
            return instead
    if intent == "delete_my_data" and turn.message.text and not wants_erasure(turn.message):
        return [privacy(turn)]  # "data saya aman ga?" asks about the data, not to erase it
    other = registration_start.instead(turn) if intent == "register" else None
    if other is not None:  # "apakah saya bisa mendaftar?", "verifikasi wajah gagal": no form
        return (yield from on_intent(turn, other))
    if intent == "register" and registration_help.asks_how(turn.message):
        menu_topic_follow_ups.note(turn, "register")  # "abis itu?" next: after joining a wave
        return (yield from topic_answer("register", turn.lang, turn.ctx))  # the steps first
    fragment = conditional_fragments.answer(turn, intent)  # "kalo ga bisa?" alone: no form
    if fragment is not None:
        return fragment
    linked = yield from course_linked_guard.answer(turn, intent)  # selected: no quiz again
    if linked is not None:
        return linked
    if intent == "register" and registration_start.asks(turn.message):  # "abis itu?": the
        menu_topic_follow_ups.note(turn, "register")  # steps, the form one tap away
        return (yield from topic_answer("register", turn.lang, turn.ctx))
    parked = (session.suspended or {}).get("flow")
    if intent in START_INTENTS and parked == START_INTENTS[intent] != COURSE_CHOICE.name:
        return (yield from parking.resume(turn, True, hooks()))  # "daftar" again: go on
    beside = parking.kept_beside(session, START_INTENTS.get(intent))  # kept while it runs
    session.suspended = None if intent in START_INTENTS else session.suspended
    if intent in START_INTENTS:
        session.misses = 0  # "mau daftar, gelombang udah buka belom?": the wave first
        first = (yield from registration_start.wave_first(turn)) if intent == "register" else []
        started = yield from runner.start(FLOWS[START_INTENTS[intent]], turn, hooks())
        parking.keep_beside(session, beside)  # a registration with answers: still set aside
        return [*first, *started]
    if intent == "human_agent" and controls.refuses_person(turn.message):
        return [turn.reply("fallback.no_person", turn.menu_button())]  # "ga mau hubungi petugas"
    if intent == "human_agent" and not person_asked.asks_person(turn.message):
        return clarify(turn)  # "nomornya juga sama" at 0.71: no person asked for, no queue
    if intent == "human_agent":
        session.misses = 0
        return (yield from handoff.request(turn, "asked"))
    wanted = controls.after_cancel(turn.message) if intent == "cancel" else None
    if wanted is not None and session.handoff != "queued":  # nothing to cancel: what it asks
        return (yield from on_intent(turn, wanted))  # "eh ga jadi, mau bikin pengaduan aja"
    if intent == "cancel" and session.handoff == "queued" and controls.says_cancel(turn.message):
        return (yield from handoff.stop(turn))  # not "insentif sy berhenti, stop gitu aja"
    if intent == "cancel" and (withdrawn := handoff.withdrawn(turn)) is not None:
        return withdrawn  # "ga jadi deh" right after "staff are away": nothing was queued
    if intent == "out_of_scope" and bare_why(turn):  # "knp gt" right after an answer: about
        return unclear(turn)  # that answer, not "aku hanya bisa membantu soal Kartu Prakerja"
    if intent == "out_of_scope":
        return miss(turn, "kb.out_of_scope")
    if intent == "bot_challenge" and not controls.refuses_person(turn.message):
        session.misses = 0  # "kamu bot?": a bot, yes, and a person one tap away (before: "type
        return [route_vague.person_offered(turn)]  # 'mau bicara dengan petugas'", menu only)
    if intent == "greet":  # "halo" again right after a greeting: not the identical menu
        return [small_talk.greeting(turn)]
    replies = yield from questions.answer(intent, turn)
    if replies is None:  # "never mind" with nothing open: an okay, not "belum paham"
        return small_talk.never_mind(turn) or miss(turn, "unknown.free_text")
    session.misses = 0
    return replies
