"""Routes one message: silence while an agent holds the chat, secrets warned about, button
payloads, the running flow, a parked flow to resume, then the NLU intent (start a flow, answer
a question, clarify when unsure, redirect out-of-scope, and after repeated misses a person)."""

from __future__ import annotations

from flows import (
    apply_again,
    courses,
    emoji,
    follow_ons,
    handoff,
    parking,
    programme_first,
    questions,
    queue_wait,
    registration_help,
)
from flows.account import privacy, wants_erasure
from flows.complaint_fix import not_helped_after_fix
from flows.complaint_topics import known_problem
from flows.complaints import COMPLAINTS, tells_story
from flows.course_choice import (
    COURSE_CHOICE,
    back_to_questions,
    choose,
    enrol,
    results_page,
    turned_page,
)
from flows.course_query import FOLLOW_UP_INTENTS, refines
from flows.digression import digress
from flows.fallback import (
    bare_follow_up,
    carried_over,
    clarify,
    detail_of_previous,
    follow_up,
    miss,
    next_step,
    sent_again,
    unclear,
)
from flows.flow_table import FLOWS, OTP_STEPS, START_INTENTS
from flows.helpers import answered_first
from flows.language import language_of
from flows.link_account import CONTINUE, LANGUAGE_CHOSEN, LINK, LINK_ACCOUNT
from flows.menu import TOPICS, main_menu, topic_answer
from flows.messages import Outbound
from flows.my_data import others_nik
from flows.responses import LANGUAGES, text
from flows.runtime import controls, runner
from flows.runtime.hooks import Hooks
from flows.runtime.machine import FlowTurn
from flows.runtime.prompts import prompt
from flows.safety import redact, secret_kind, strip_codes_typed
from flows.several_questions import answer_each
from flows.ticket_reply import TICKET_REPLY
from flows.turn import Ask, FlowContext, Message, Step
from storage.sessions import Session

TRAIL = 6
RECENT = 3


def _hooks() -> Hooks:
    return Hooks(digress=digress, handoff=handoff.request, menu=_menu)


def _menu(language: str) -> Outbound:
    return main_menu(language, first=False)


def respond(session: Session, message: Message, ctx: FlowContext) -> Step:
    replies = yield from _route(session, message, ctx)
    pending = session.profile.pop(CONTINUE, None)
    if pending and session.flow is None and session.participant_id is not None:
        # The chat was just linked: answer what the user had asked for before linking.
        replies += yield from _on_payload(FlowTurn(session, message, ctx), str(pending))
    return replies


def _route(session: Session, message: Message, ctx: FlowContext) -> Step:
    if session.handoff == "agent":
        if message.payload == handoff.STOP:  # the user may always leave the person
            return (yield from handoff.stop(FlowTurn(session, message, ctx)))
        return []  # a person holds the conversation; the engine still records the message
    turn = FlowTurn(session, message, ctx)
    _remember(turn)
    _follow_language(turn)
    if message.payload is not None:
        return (yield from _on_payload(turn, message.payload))
    if controls.is_menu(message):
        return (yield from _on_payload(turn, "menu"))
    warning = yield from _secret_warning(turn)
    if warning is not None:
        return warning
    if session.handoff == "queued":  # "halo??", "lama bgt" while waiting for a person
        return (yield from queue_wait.respond(turn, lambda: _typed(turn)))
    return (yield from _typed(turn))


def _typed(turn: FlowTurn) -> Step:
    flow = FLOWS.get(turn.session.flow or "")
    if flow is not None:
        return (yield from runner.reply(flow, turn, _hooks()))
    return (yield from _on_text(turn))


def _remember(turn: FlowTurn) -> None:
    profile, message = turn.session.profile, turn.message
    if message.intent:
        profile["trail"] = [*profile.get("trail", []), message.intent][-TRAIL:]
    if message.text:
        said = redact(message.text)
        if (turn.session.flow, turn.session.step) in OTP_STEPS:
            said = strip_codes_typed(said)  # our own code: not in the handoff summary either
        profile["recent"] = [*profile.get("recent", []), said[:100]][-RECENT:]


def _follow_language(turn: FlowTurn) -> None:
    """Answer in the language the user writes, until they choose one ("English" button,
    "bahasa indonesia aja")."""
    session, message = turn.session, turn.message
    if message.text and not session.profile.get(LANGUAGE_CHOSEN):
        session.language = language_of(message.text) or session.language


def _secret_warning(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """A password or code sent: warned, and the question asked with it still answered ("kode
    redeem aku 8H3KX92LQ kok ga bisa"); no flow starts with a secret in its first message."""
    session = turn.session
    if (session.flow, session.step) in OTP_STEPS:
        return None  # the code we sent ourselves
    kind = secret_kind(turn.message.text)
    if kind is None:
        return None
    replies = [Outbound(turn.say(f"safety.{kind}"))]
    flow = FLOWS.get(session.flow or "")
    story = tells_story(turn)  # a complaint's story with a secret: kept, the secret masked
    if flow is not None and story is not None:
        return [*replies, *(yield from runner.reply(flow, story, _hooks()))]
    if flow is not None and session.step and flow.state(session.step).slot is not None:
        replies.append(prompt(flow, flow.state(session.step), turn))
    else:
        starts_flow = turn.message.intent in START_INTENTS  # not with a secret in its first message
        answered = None if starts_flow else (yield from digress(turn))
        replies += answered or [_menu(turn.lang)]
    return replies


def _on_payload(turn: FlowTurn, payload: str) -> Step:
    session, lang = turn.session, turn.lang
    name, _, rest = payload.partition(":")
    flow = FLOWS.get(session.flow or "")
    if flow is not None and (payload.startswith(("ctl:", controls.OPTION))):
        return (yield from runner.reply(flow, turn, _hooks()))
    if payload == controls.HUMAN:
        return (yield from handoff.request(turn, "asked"))
    if payload == handoff.STOP:
        return (yield from handoff.stop(turn))
    if name == handoff.CSAT:
        return (yield from handoff.rate(turn, rest))
    if name in ("ctl", "opt"):
        return [Outbound(text(lang, "unknown.payload")), _menu(lang)]
    parked = parking.park(turn) if name != "lang" else None
    if name in ("menu", "start"):  # a flow left for the menu is kept, and the user told so
        kept = [Outbound(text(lang, "resume.parked", flow=parked))] if parked else []
        return [*kept, main_menu(lang, first=name == "start")]
    if name == "flow" and rest in FLOWS:
        return (yield from runner.start(FLOWS[rest], turn, _hooks()))
    if name == TICKET_REPLY.name and rest:  # ticket_reply:<reference>: data staff asked for
        return (yield from runner.start(TICKET_REPLY, turn, _hooks()))
    if name == LINK:  # link:<request>: link this chat, then answer <request>
        return (yield from runner.start(LINK_ACCOUNT, turn, _hooks()))
    if name == "intent" and rest:
        return (yield from _on_intent(turn, rest))
    if name == "resume" and rest in ("continue", "restart"):
        return (yield from parking.resume(turn, rest == "continue", _hooks()))
    if name == "topic" and rest == "human":
        return (yield from handoff.request(turn, "menu"))
    if name == "topic" and rest in TOPICS and rest != "courses":
        return (yield from topic_answer(rest, lang, turn.ctx))
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
    if name in ("subscribe", "unsubscribe"):
        return (yield from _answer_or_menu(turn, name))
    if name == "lang" and rest in LANGUAGES:
        yield from questions.save_language(turn, rest)
        return [Outbound(text(rest, "language.switched")), main_menu(rest, first=False)]
    return [Outbound(text(lang, "unknown.payload")), _menu(lang)]


def _answer_or_menu(turn: FlowTurn, intent: str) -> Step:
    replies = yield from questions.answer(intent, turn)
    return replies if replies is not None else [_menu(turn.lang)]


def _on_text(turn: FlowTurn) -> Step:
    session, message = turn.session, turn.message
    rules = turn.ctx.programme.dialogue
    intent = message.intent
    unsure = intent is not None and (message.ambiguous or message.confidence < rules.min_confidence)
    if session.flow == courses.FLOW:  # typed at the course browser: "kuliner", "yang online aja"
        browsed = yield from courses.typed(turn, _hooks())
        if browsed is not None:
            return browsed
    if (page := turned_page(turn)) is not None:  # "lanjut", "kembali" at the results
        return (yield from results_page(turn, page))
    if controls.is_back(message) and (stepped := back_to_questions(turn)) is not None:
        return stepped  # "kembali" at the search results: its last question again
    if session.suspended and parking.CONTINUE_WORDS.match((message.text or "").lower()):
        return (yield from parking.resume(turn, True, _hooks()))  # "lanjut"
    if session.suspended and (intent in (None, "greet", "help", "affirm") or unsure):
        return [parking.resume_offer(turn)]
    if controls.asks_meaning(message) and session.turns > 0:  # "maksudnya?" after an answer
        return unclear(turn)
    if session.participant_id is not None:  # "cek status NIK adik sy 3275...": never theirs
        refused = yield from others_nik(turn)
        if refused is not None:
            return refused
    forgotten = registration_help.forgotten_number(message)
    if forgotten is not None:  # "aku lupa nik ku", whatever the NLU made of it
        return [turn.reply(f"invalid.where_{forgotten}", turn.menu_button())]
    if not_helped_after_fix(turn):  # "ga membantu" right after an answer with a known fix
        return (yield from runner.start(COMPLAINTS, turn, _hooks()))
    after_flow = next_step(turn) or sent_again(turn)  # "terus gimana?", "kirim" after its end
    if after_flow is not None:
        return after_flow
    if intent not in ("thanks", "greet", "goodbye") and (felt := emoji.reaction(turn)):
        return felt  # "👍", "😭😭😭" (🙏 reads as thanks)
    followed = yield from follow_ons.answer(turn)  # "brp lama cairnya" after the survey answer
    if followed is not None:
        session.misses = 0
        return followed
    steps = bare_follow_up(turn)  # "knp?" right after an answer about a problem
    if steps is not None:
        return steps
    carried = carried_over(turn)  # "kalo rekening adik boleh?" right after the payout answer
    if carried is not None:
        return (yield from _on_intent(turn, carried))
    again = yield from apply_again.answer(turn)  # "can I apply again in wave 72?"
    if again is not None:
        return again
    several = yield from answer_each(turn)  # "saldo ku brp, trs sertifikat ku udh kluar blm?"
    if several is not None:
        session.misses = 0
        return several
    if (intent in FOLLOW_UP_INTENTS or unsure) and refines(turn):
        own = (yield from answered_first(turn, intent)) if intent else None
        if own is not None:  # "jadwal webinar ku kapan" after a search is no refinement
            return own
        session.misses = 0
        return (yield from runner.start(COURSE_CHOICE, turn, _hooks()))
    if intent in (None, "out_of_scope", "help") or unsure:
        detail = detail_of_previous(turn)  # "gimana cara downloadnya lagi?" after certificates
        if detail is not None:
            return (yield from _on_intent(turn, detail))
        steps = follow_up(turn)  # "gimana cara benerinnya?" right after an answer
        if steps is not None:
            session.misses = 0
            return steps
    if intent is None:
        if session.turns == 0:
            return [main_menu(turn.lang, first=True)]
        return miss(turn, "unknown.free_text")
    if unsure:  # a specific question is answered all the same ("boleh pakai email punya kakak?")
        answered = yield from answered_first(turn, intent)
        if answered is None and known_problem(message):  # its fix first, then a ticket
            return (yield from runner.start(COMPLAINTS, turn, _hooks()))
        return answered if answered is not None else clarify(turn)
    return (yield from _on_intent(turn, intent))


def _on_intent(turn: FlowTurn, intent: str) -> Step:
    session = turn.session
    answered = yield from answered_first(turn, intent)  # "nik saya sudah terdaftar"
    if answered is not None:  # (before the general answer on data: "data saya apa aja?")
        return answered
    first = yield from programme_first.answer(turn, intent)  # "looking for training, what is
    if first is not None:  # prakerja?": what it is first, the course search one tap away
        return first
    if intent == "delete_my_data" and turn.message.text and not wants_erasure(turn.message):
        return [privacy(turn)]  # "data saya aman ga?" asks about the data, not to erase it
    if intent == "register" and registration_help.asks_how(turn.message):
        return (yield from topic_answer("register", turn.lang, turn.ctx))  # the steps first
    parked = (session.suspended or {}).get("flow")
    if intent in START_INTENTS and parked == START_INTENTS[intent] != COURSE_CHOICE.name:
        return (yield from parking.resume(turn, True, _hooks()))  # "daftar" again: go on
    session.suspended = None if intent in START_INTENTS else session.suspended
    if intent in START_INTENTS:
        session.misses = 0
        return (yield from runner.start(FLOWS[START_INTENTS[intent]], turn, _hooks()))
    if intent == "human_agent" and controls.refuses_person(turn.message):
        return [turn.reply("fallback.no_person", turn.menu_button())]  # "ga mau hubungi petugas"
    if intent == "human_agent":
        session.misses = 0
        return (yield from handoff.request(turn, "asked"))
    wanted = controls.after_cancel(turn.message) if intent == "cancel" else None
    if wanted is not None and session.handoff != "queued":  # nothing to cancel: what it asks
        return (yield from _on_intent(turn, wanted))  # "eh ga jadi, mau bikin pengaduan aja"
    if intent == "cancel" and session.handoff == "queued" and controls.says_cancel(turn.message):
        return (yield from handoff.stop(turn))  # not "insentif sy berhenti, stop gitu aja"
    if intent == "out_of_scope":
        return miss(turn, "kb.out_of_scope")
    replies = yield from questions.answer(intent, turn)
    if replies is None:
        return miss(turn, "unknown.free_text")
    session.misses = 0
    return replies
