"""Routes one message: silence while an agent holds the chat, what the user said remembered,
secrets warned about, button payloads (``route_payload``; while queued for a person with the
place in the queue), the running flow, then what a typed message means (``route_text``, then
the NLU intent: ``route_intent``)."""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from flows import (
    code_forgotten,
    complaint_asides,
    complaint_form_turns,
    complaint_idle_story,
    complaint_queue,
    complaint_ticket_asides,
    complaint_to_staff,
    contact_centre_aside,
    course_answers,
    course_browsing,
    course_confirm,
    data_rights_flow,
    distress,
    eligibility_asides,
    eligibility_closers,
    fix_acknowledged,
    fraud,
    fraud_form_aside,
    handoff,
    handoff_rating,
    language_choice,
    link_help,
    newcomer_aid,
    newcomer_face,
    nik_taken_aside,
    otp_wait_aside,
    parking,
    queue_wait,
    regional_phrases,
    regional_words,
    registration_asides,
    registration_fixes,
    registration_refusals,
    repeated_answers,
    secret_next,
    stale_taps,
    subscription_offer,
    subscription_requests,
    ticket_reply_done,
    ticket_reply_typed,
    ticket_reply_waits,
    working_days,
)
from flows.complaint_evidence import note_reported
from flows.complaints import tells_story
from flows.course_choice import COURSE_CHOICE
from flows.digression import digress, weary
from flows.flow_table import FLOWS, START_INTENTS
from flows.link_account import CONTINUE
from flows.messages import Outbound
from flows.route_hooks import hooks, menu
from flows.route_intent import on_intent
from flows.route_payload import on_payload, payload_answer, unknown
from flows.route_text import on_text
from flows.runtime import controls, runner
from flows.runtime.machine import FlowTurn
from flows.runtime.prompts import prompt
from flows.runtime.transitions import finish
from flows.safety import (
    pasted_code,
    redact,
    secret_kind,
    strip_codes_typed,
    strip_pasted,
    told_only,
)
from flows.turn import Ask, FlowContext, Message, Step
from storage.sessions import Session

TRAIL = 6
RECENT = 3


def respond(session: Session, message: Message, ctx: FlowContext) -> Step:
    parking.note_return(session)  # a flow the idle timeout parked: this is the return
    message = language_choice.reread(message)  # "tp ktp indo": a KTP, no language asked for
    message = regional_words.reread(message)  # "njuk piye": "terus gimana", as it gets
    message = regional_phrases.reread(message, session.flow)  # "tos dicobian": "udah dicoba"
    said = yield from language_choice.follow(FlowTurn(session, message, ctx))
    replies = yield from _route(session, message, ctx)
    replies = replies if said is None or not replies else [said, *replies]
    pending = session.profile.pop(CONTINUE, None)
    if pending and session.flow is None and session.participant_id is not None:
        # The chat was just linked: answer what the user had asked for before linking.
        course_confirm.reopen(session, str(pending), message.at)  # "Beli ...?" at its details
        replies += yield from on_payload(FlowTurn(session, message, ctx), str(pending))
    replies += subscription_offer.after_linking(FlowTurn(session, message, ctx), replies)
    working_days.note(FlowTurn(session, message, ctx), replies)  # "sabtu diitung ga?" next
    return repeated_answers.varied(FlowTurn(session, message, ctx), replies)  # asked again


def _route(session: Session, message: Message, ctx: FlowContext) -> Step:
    if session.handoff == "agent":
        if message.payload == handoff.STOP:  # the user may always leave the person
            return (yield from handoff.stop(FlowTurn(session, message, ctx)))
        return []  # a person holds the conversation; the engine still records the message
    message, mark = stale_taps.unmarked(message)  # "opt:yes@eligibility.citizen"
    turn = FlowTurn(session, message, ctx)
    stale = stale_taps.declined(turn, mark)  # an earlier question's "Ya" tapped again
    if stale is not None:
        return stale
    _remember(turn)
    crisis = distress.answer(turn)  # "rasanya pengen mati aja": before any flow or menu
    if crisis is not None:
        return crisis
    closed = eligibility_closers.answer(turn)  # "yaudah deh" at "eligible, daftar sekarang?"
    if isinstance(closed, str):  # "ok lah" again at "sure?", "mau": the button it means
        message = replace(message, payload=closed)
    elif closed is not None:  # asked once more, not the form started on it
        return closed
    message = complaint_form_turns.unchosen(session, message)  # "udah" at "did this help?"
    turn = FlowTurn(session, message, ctx)  # the message as these read it
    if message.payload is not None:
        return (yield from _tapped(turn, message.payload))
    if controls.is_menu(message):
        return (yield from _tapped(turn, "menu"))
    warning = yield from _secret_warning(turn)
    if warning is not None:
        return warning
    rated = yield from handoff_rating.typed(turn)  # "5", "4 bintang" right after a hand-back
    if rated is not None:
        return rated
    if session.handoff == "queued":  # "halo??", "lama bgt" while waiting for a person
        return (yield from queue_wait.respond(turn, lambda: _typed(turn)))
    return (yield from _typed(turn))


def _typed(turn: FlowTurn) -> Step:
    flow = FLOWS.get(turn.session.flow or "")
    wanted = controls.named_after_cancel(turn.message) if flow is not None else None
    wanted = wanted or complaint_form_turns.left_for(flow, turn)  # "eh gajadi, hapus data aku"
    if flow is not None and wanted is not None and START_INTENTS.get(wanted) != flow.name:
        # "ga jadi, mau daftar aja" during the check: no "sure?", the request is what is meant
        left = runner.cancelled(turn)
        finish(turn)
        return [left, *(yield from on_intent(turn, wanted))]
    topic = course_answers.new_topic(turn.message, turn.ctx) if flow is COURSE_CHOICE else None
    if topic is not None:  # "ga jadi, yg jahit aja" at the search's questions: not a cancel
        said = Outbound(turn.say("course_choice.changed", topic=topic))
        again = course_browsing.instead(turn)
        return [said, *(yield from runner.start(COURSE_CHOICE, again, hooks()))]
    if flow is not None:
        tired = weary(turn)  # "udh lah cape": stop, go on, or a person, kindly
        aside = tired or nik_taken_aside.answer(flow, turn)  # "nik aku udh terdaftar katanya"
        if aside is None:  # "maksudnya stop kirim broadcast, bukan daftarnya": stopped, go on
            aside = yield from subscription_requests.in_flow(flow, turn)
        aside = aside or code_forgotten.answer(flow, turn)  # "lupa kodenya" at a code question
        aside = aside or complaint_asides.answer(flow, turn)  # "nomor call center brp?"
        aside = aside or ticket_reply_waits.answer(flow, turn)  # "lama bgt" at "Kirim sekarang?"
        aside = aside or otp_wait_aside.answer(flow, turn)  # "2 jam?? lama bgt" (the email code)
        aside = aside or fix_acknowledged.answer(flow, turn)  # "oh gitu ya" at "did this help?"
        aside = aside or contact_centre_aside.answer(flow, turn)  # in any form: the number
        aside = aside or fraud_form_aside.in_flow(flow, turn)  # "ada joki 100rb, aman ga?"
        aside = aside or eligibility_asides.answer(flow, turn)  # "my mom is 65" in the check
        aside = aside or newcomer_aid.in_flow(flow, turn)  # "BSU jg dapet" in the check
        aside = aside or newcomer_face.in_flow(flow, turn)  # "pake jilbab ngaruh?" (face check)
        aside = aside or registration_refusals.answer(flow, turn)  # "knp nik aku ditolak?"
        aside = aside or data_rights_flow.aside(flow, turn)  # "minta salinan data" at erasing
        if aside is None:  # "ganti bahasa indonesia", "lanjut" at a registration question
            aside = yield from registration_asides.answer(flow, turn)
        if aside is None:  # "kk nya 3174..." at a later registration question
            aside = yield from registration_fixes.correct(flow, turn, hooks())
        if aside is None:  # "link my prakerja account to this chat" in a form: not staff
            aside = yield from link_help.in_flow(flow, turn, hooks())
        if aside is None:  # "oke aku balas: ..." in another flow: the reply to staff's request
            aside = yield from ticket_reply_typed.answer(turn, _reply_aside, in_flow=True)
        if aside is None:  # "mau tambah info", "udh ada tiket ya?" in the complaint form
            aside = yield from complaint_ticket_asides.answer(flow, turn, _reply_instead)
        if aside is None:  # "mau tanya petugas dulu" in the complaint form: filed or closed
            aside = yield from complaint_queue.answer(flow, turn)
        if aside is None:  # "kirim ke cs aja langsung" at the complaint's summary: filed
            turn = complaint_form_turns.reread(flow, turn)  # "yg lupa email", "udah semua"
            turn = complaint_to_staff.as_send(flow, turn)
            turn = ticket_reply_done.as_send(flow, turn)  # "udh itu aja" at "Kirim sekarang?"
        return aside if aside is not None else (yield from runner.reply(flow, turn, hooks()))
    if (told := (yield from complaint_idle_story.resumed(turn))) is not None:
        return told  # the story typed after an idle pause at the complaint's story question
    confirming = course_confirm.pending(turn)  # "bisa refund ga?" at "Beli ...? [Ya, beli]"
    replies = yield from on_text(turn)
    return (yield from course_confirm.kept(turn, confirming, replies))


def _remember(turn: FlowTurn) -> None:
    profile, message = turn.session.profile, turn.message
    if message.intent:
        profile["trail"] = [*profile.get("trail", []), message.intent][-TRAIL:]
    if message.text:
        said = redact(message.text)
        if parking.waits_for_code(turn.session):  # running, or parked by an idle pause
            said = strip_codes_typed(said)  # our own code: not in the handoff summary either
        if turn.session.flow is None:
            said = strip_pasted(said)  # "RDM8K2J4L9" alone: a voucher code, hidden there too
        profile["recent"] = [*profile.get("recent", []), said[:100]][-RECENT:]
        note_reported(turn, RECENT)  # a fraud story's numbers, whole, for its evidence line


def _secret_warning(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """A password or code sent: warned, and the question asked with it still answered ("kode
    redeem aku 8H3KX92LQ kok ga bisa"); no flow starts with a secret in its first message."""
    session = turn.session
    if parking.waits_for_code(session):
        return None  # the code we sent ourselves (also typed after an idle pause)
    kind = secret_kind(turn.message.text)
    if kind is None and session.flow is None and pasted_code(turn.message.text):
        kind = "code_pasted"  # "RDM8K2J4L9" alone: where to use it, not the menu alone
    if kind is None:
        return None
    replies = [Outbound(turn.say(f"safety.{kind}"))]
    flow = FLOWS.get(session.flow or "")
    story = tells_story(turn)  # a complaint's story with a secret: kept, the secret masked
    if flow is not None and story is not None:
        return [*replies, *(yield from runner.reply(flow, story, hooks()))]
    if flow is not None and session.step and flow.state(session.step).slot is not None:
        replies.append(prompt(flow, flow.state(session.step), turn))
    else:
        starts_flow = turn.message.intent in START_INTENTS  # not with a secret in its first message
        answered = fraud.answer(turn)  # "ada yg minta kode otp aku 738201, udh aku kasih"
        if answered is None and not starts_flow:  # "pass aku ... tolong login in": changing it
            answered = secret_next.answer(turn, kind)
        if answered is None and not starts_flow and not told_only(turn.message.text):
            answered = yield from digress(turn)  # not for "nomor kartu aku 5213 ...": nothing asked
        replies += answered or [menu(turn.lang)]
    return _warned_once(turn, replies)


def _warned_once(turn: FlowTurn, replies: list[Outbound]) -> list[Outbound]:
    """The answer after the warning without its own "never share a code" line (the OTP fix
    says it too: the same warning twice in one reply)."""
    repeated = turn.say("safety.never_share")
    kept = [replies[0]]
    for reply in replies[1:]:
        if repeated in reply.text:
            reply = replace(reply, text=reply.text.replace(repeated, "").rstrip())
        kept.append(reply)
    return kept


def _tapped(turn: FlowTurn, payload: str) -> Step:
    """A button tapped (or "menu" typed); while queued for a person, with the place in the
    queue, as a typed message gets it."""
    if turn.session.handoff != "queued":
        return (yield from on_payload(turn, payload))
    answer, stale = partial(payload_answer, turn, payload), partial(unknown, turn)
    return (yield from queue_wait.tapped(turn, answer, stale))


def _reply_aside(turn: FlowTurn) -> Step:
    """The reply to staff started, the running flow parked (``flows.ticket_reply_typed``)."""
    return (yield from parking.switch(turn, FLOWS[ticket_reply_typed.FLOW], hooks()))


def _reply_instead(turn: FlowTurn) -> Step:
    """Information for an open ticket instead of the running flow (``complaint_ticket_asides``)."""
    return (yield from runner.start(FLOWS[ticket_reply_typed.FLOW], turn, hooks()))
