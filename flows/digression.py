"""A question of another intent asked inside a flow (or with a secret): answered without the
menu's buttons, so the runner can ask the flow's question again. Another flow asked for by
name ("I want to file a complaint" in a course search) parks the running one and starts; a
second side question in a row is answered and the flow set aside (``parking``), rather than
"Let's continue" pinning the user to it.

Inside a flow a message is read in the flow's context before the NLU's context-free reading,
which takes short questions such as "brp hari beresnya?" for off-topic ones (or "brp lama
diprosesnya" for the benefits): how long the flow's work takes (``aside.how_long.<flow>``),
a question about the pending question in its words ("emang WNA gabisa ya?" at the
citizenship question: ``aside.rule.<flow>.<step>``), and
("weary") a user tired of it ("udh lah cape") is offered to stop or a person. An unsure
off-topic reading inside a flow is a miss of the question, not the off-topic reply."""

from __future__ import annotations

import re

from flows import (
    course_corrections,
    go_on_again,
    handoff,
    own_status_aside,
    parking,
    questions,
    same_flow_asked,
    ticket_help,
    wish_to_complain,
)
from flows.account import wants_erasure
from flows.fallback import ANSWER_INTENTS
from flows.flow_table import FLOWS, START_INTENTS
from flows.helpers import from_records
from flows.how_long import HOW_LONG as _HOW_LONG
from flows.how_long import asks_bare, bare
from flows.language_choice import names_course
from flows.laugh_aside import laughs_only
from flows.menu import main_menu
from flows.messages import Outbound
from flows.responses import has, template
from flows.runtime import controls, hearsay
from flows.runtime.hooks import Hooks
from flows.runtime.machine import FlowTurn
from flows.runtime.runner import CONFIRM
from flows.runtime.set_aside import continues_here, resumes_set_aside
from flows.turn import Ask

RULES_ASKED = ("check_eligibility", "register")
"""A question about the flow's own rules asked at one of its questions ("umur berapa ya
batasnya?" when asked for one's age) gets the rules (requirements, steps), then the question.
Asked in another flow, such a question gets them too ("how do I register?" in a course
search); a wish ("I want to register") starts that flow."""
_QUESTION = re.compile(r"\?|\b(?:berapa|apa|apakah|gimana|bagaimana|kapan|siapa|what|how|which)\b")


def digress(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """Inside a flow (the runner re-asks), or after a warning: answer a confident question of
    another intent, or start the other flow it asks for."""
    from flows import live_class  # here to keep this edit to one place; may move to the top

    if resumes_set_aside(turn):  # "lanjut" in the course search started beside a registration
        return (yield from parking.resume(turn, True, _hooks()))
    from flows import results_return  # here for the same reason

    if (shown := (yield from results_return.answer(turn))) is not None:
        return shown  # "balik ke daftar pelatihan tadi" in a flow begun after the results
    if _in_flow(turn) and goes_on(turn):  # "lanjut" after a side question: nothing to answer,
        again = go_on_again.needed(turn)  # the second in a row: what the question needs
        return [again] if again is not None else []  # the question again, not a miss
    if _in_flow(turn) and laughs_only(turn.message.text or ""):  # "wkwkwk": no off-topic reply
        return [Outbound(turn.say("aside.laugh"))]
    live = live_class.aside(turn)  # "link zoom nya mana min" at the search's price question
    from flows import next_course_asks, redeem_window_more  # here for the same reason

    live = live or redeem_window_more.aside(turn)  # "oh jd hrs nunggu jam 6?" in the form
    live = live or next_course_asks.aside(turn)  # "can i buy two courses?" at a question
    if live is not None:
        return _aside(turn, live)
    from flows.course_asides import in_search  # here for the same reason

    buying = in_search(turn)  # "trs cara belinya gmn" at the course search's price question
    if buying is not None:
        return _aside(turn, buying)
    from flows import course_next  # here for the same reason

    after = course_next.answer(turn)  # "kalo ulasan udh kasih trs?" at the age question
    after = after or (yield from _step_asked(turn))  # "susah ga tesnya" at the age question
    if after is not None:
        return _aside(turn, after)
    complaints = START_INTENTS["complaint"]  # "eh mau lapor dulu, OTP ga masuk" in a form:
    if _in_flow(turn) and turn.session.flow != complaints and wish_to_complain.said(turn):
        return (yield from parking.switch(turn, FLOWS[complaints], _hooks()))  # the complaint
    from flows import deadline_referred  # here for the same reason

    own = yield from deadline_referred.answer(turn)  # "yang tadi batasnya jam berapa?"
    own = own or (yield from own_status_aside.answer(turn))  # "status aku gimana": theirs
    if own is not None:
        return _aside(turn, own)
    message = turn.message
    intent = "course_search" if _asks_course(turn) else message.intent
    if intent is not None:  # "kursus yg sudah saya beli" in the middle of a course search
        records = yield from from_records(turn, intent)
        if records is not None:
            return _aside(turn, records)
    confident = message.confidence >= turn.ctx.programme.dialogue.min_confidence
    if _in_flow(turn) and (_read_in_context(turn, confident) or _how_long_misread(turn)):
        aside = in_context(turn)  # "brp lama diprosesnya" at a complaint's step: not benefits
        if aside is not None:
            return aside
        if intent == "out_of_scope" and message.confidence < controls.CLEAR_REQUEST:
            return None  # "brp jam?": a miss of the question, not "I only help with Prakerja"
    if intent is None or not confident or intent in ANSWER_INTENTS or message.ambiguous:
        return None
    flow = turn.session.flow
    if flow is not None and (intent == flow or START_INTENTS.get(intent) == flow):
        if intent in RULES_ASKED and _QUESTION.search((message.text or "").lower()):
            return (yield from questions.answer(intent, turn, digression=True))
        again = same_flow_asked.answer(turn, intent)  # "cek syarat lagi" at the age question
        return [again] if again is not None else None
    if intent == "out_of_scope" and _in_flow(turn):  # "cuaca hari ini gimana": no topics to
        return _aside(turn, [Outbound(turn.say("aside.out_of_scope"))])  # pick, the question next
    if intent == "human_agent" and not hearsay.only_hearsay(message):  # not "kata org …"
        return (yield from handoff.request(turn, "asked"))
    if _in_flow(turn) and intent in START_INTENTS and _asks_for_flow(turn, intent):
        return (yield from parking.switch(turn, FLOWS[START_INTENTS[intent]], _hooks()))
    replies = yield from questions.answer(intent, turn, digression=True)
    if replies is None:
        return None
    return _aside(turn, replies)


CONTEXT_READINGS = frozenset({"out_of_scope", "goodbye", "help", *ANSWER_INTENTS})
"""Readings that name no programme topic: inside a flow the flow's context reads such a
message first."""
_WEARY = re.compile(
    r"\b(?:cape+k?|capai|lelah|males|malas|mager|bosen|bosan|nyerah|menyerah|pusing|puyeng|"
    r"ribet|ruwet|(?:ga|gak|nggak|tidak|ngga) (?:sanggup|kuat)|kelamaan|tired|give up|"
    r"giving up|exhausting|too (?:long|complicated))\b|^(?:udah|sudah|udh|dah)\s*lah\W*$"
)
"""Tired of the questions ("udh lah cape", "ribet bgt", "males ah"), not a cancel word."""
_QUESTION_TAG = re.compile(r"\?|\b(?:ga|gak|gk|nggak|ngga|tidak|enggak|kah)\W*$")
WEARY_MAX_WORDS = 6
FREE_TEXT_WEARY_MAX_WORDS = 3
"""At a question taking any text ("what happened?") only a very short sigh is no answer."""
_PLAIN_WORDS = frozenset(
    {"emang", "memang", "apa", "apakah", "kalo", "kalau", "klo", "bisa", "gabisa", "gbisa",
     "boleh", "gaboleh", "yang", "kok", "kak", "min", "gimana", "gmn", "dong", "sih", "nya",
     "juga", "ini", "itu", "the", "can", "cannot", "what", "how", "why", "with", "and", "not",
     "you", "are", "kamu", "aku", "saya", "ada", "tidak", "nggak", "gak", "atau", "untuk",
     "buat", "dan", "dari", "punya", "have", "your", "for", "kartu", "prakerja", "peserta",
     "ikut", "join", "participants", "only"}
)  # fmt: skip
"""Words a question shares with any text: no sign it is about the pending question."""


def in_context(turn: FlowTurn) -> list[Outbound] | None:
    """A message inside a flow read in the flow's context: how long its work takes, or a
    question about the pending question in its own words."""
    session, lowered = turn.session, (turn.message.text or "").lower()
    facts = turn.ctx.programme.facts()
    key = f"aside.how_long.{session.flow}"
    if has(key) and _HOW_LONG.search(lowered) and bare(lowered):
        return [Outbound(turn.say(key, **facts))]
    rule = f"aside.rule.{session.flow}.{session.step}"
    if has(rule) and _asks(lowered) and _about(lowered, turn, rule):
        return [Outbound(turn.say(rule, **facts))]
    return None


def weary(turn: FlowTurn) -> list[Outbound] | None:
    """ "udh lah cape" at one of a flow's questions: stopping, going on or a person offered,
    kindly; the answer goes to the flow's "sure you want to stop?" (stop, go on, or a
    person)."""
    session, text = turn.session, (turn.message.text or "").lower()
    flow = FLOWS.get(session.flow or "")
    slot = flow.state(session.step).slot if flow is not None and session.step else None
    if slot is None or turn.slots.get(CONFIRM) or not text:
        return None
    most = FREE_TEXT_WEARY_MAX_WORDS if slot.free_text else WEARY_MAX_WORDS
    if len(text.split()) > most or not _WEARY.search(text) or _QUESTION_TAG.search(text):
        return None  # "ribet ga?" asks whether it is hard
    turn.slots[CONFIRM] = "cancel"
    stop = turn.button("aside.stop", controls.YES, means="yes")
    go_on = turn.button("common.cancel_no", controls.NO, means="no")
    person = turn.button("common.talk_to_person", controls.HUMAN)
    return [turn.reply("aside.weary", stop, go_on, person)]


def _read_in_context(turn: FlowTurn, confident: bool) -> bool:
    """The NLU's reading names no topic of its own: the flow's context first."""
    message = turn.message
    unsure = message.intent is None or not confident or message.ambiguous
    return unsure or message.intent in CONTEXT_READINGS


def _how_long_misread(turn: FlowTurn) -> bool:
    """A bare "how long?" given a topic's reading ("brp lama diprosesnya", read as the
    benefits): the flow's context reads it first."""
    lowered = (turn.message.text or "").lower()
    return turn.message.intent in ticket_help.INTENTS and asks_bare(lowered)


def _asks(lowered: str) -> bool:
    return "?" in lowered or bool(_QUESTION.search(lowered))


def _about(lowered: str, turn: FlowTurn, rule: str) -> bool:
    """The question uses a word of the pending question's rule ("WNA")."""
    known = template(turn.lang, rule).lower()
    vocabulary = set(re.findall(r"[a-z]{3,}", known)) - _PLAIN_WORDS
    return any(word in vocabulary for word in re.findall(r"[a-z]{3,}", lowered))


def _aside(turn: FlowTurn, replies: list[Outbound]) -> list[Outbound]:
    """A side question's answer: the second in a row sets the flow aside (the answer keeps its
    buttons); else the menu is left out, the runner asks the flow's question again."""
    if _in_flow(turn) and parking.side_question(turn):
        return [*replies, parking.set_aside(turn)]
    menu = main_menu(turn.lang, first=False).buttons
    return [reply for reply in replies if reply.buttons != menu]


STEP_ASIDES = frozenset({"aptitude_test", "aptitude_hard", "aptitude_score", "face_check"})
"""Registration steps asked about at a flow's question that takes no free text: answered aside
(a story at a free-text question may name the test: "tesnya gagal terus" is the story)."""


def _step_asked(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """ "susah ga tesnya", "verifikasi wajah itu apa" at one of a flow's choice questions."""
    from flows import registration_step_questions  # here: it imports the flows' readers

    session = turn.session
    flow = FLOWS.get(session.flow or "")
    slot = flow.state(session.step).slot if flow is not None and session.step else None
    if slot is None or slot.free_text:
        return None
    if registration_step_questions.asked_step(turn) not in STEP_ASIDES:
        return None
    return (yield from registration_step_questions.answer(turn))


def _in_flow(turn: FlowTurn) -> bool:
    """Inside a flow waiting on one of its questions (not after a warning at its work)."""
    session = turn.session
    flow = FLOWS.get(session.flow or "")
    if flow is None or session.step is None:
        return False
    return flow.state(session.step).slot is not None


def _asks_for_flow(turn: FlowTurn, intent: str) -> bool:
    """A wish for another flow, not a question about it: "how do I register?" is answered
    aside, "data saya aman ga?" is about the data, not its erasure."""
    message = turn.message
    if intent == "delete_my_data":
        return wants_erasure(message)
    from flows.registration_help import asks_how  # here to keep this edit to one place

    if intent == "register" and asks_how(message):  # "trs daftarnya gmn": the steps, no form
        return False
    return intent not in RULES_ASKED or not _QUESTION.search((message.text or "").lower())


_GO_ON = re.compile(
    r"(?:(?:ok|oke|okay|okey|sip|yuk|ayo|ya|yaudah|udah|let's|lets)\W+)?"
    r"(?:lanjut|lanjutkan|lanjutin|terusin|teruskan|continue|go on)"
    r"(?:\W+(?:aja|ya|yuk|dong|deh|kak|min|lagi|please|pls))*\W*"
)
"""Go on ("lanjut", "ok lanjut aja", "continue"): no answer, no question."""


def goes_on(turn: FlowTurn) -> bool:
    """ "lanjut" at one of a flow's questions, typed (after a side question): the question is
    asked again, not missed ("Hmm, aku belum menangkap jawabannya")."""
    lowered = " ".join((turn.message.text or "").lower().split())
    plain = turn.message.payload is None and bool(_GO_ON.fullmatch(lowered))
    return plain or continues_here(turn)  # "oke lanjut cek syarat adikku" in the check


def _asks_course(turn: FlowTurn) -> bool:
    """A language named as what to learn, not the chat's language: a course named with it ("les
    inggris ada?" in any flow), or the language alone at the course search's topic question
    ("english" to "what would you like to learn?")."""
    message, session = turn.message, turn.session
    if message.intent != "change_language":
        return False
    at_topic = session.flow == START_INTENTS["course_search"] and session.step == "topic"
    return at_topic or names_course(message) or course_corrections.corrects_topic(turn)


def _hooks() -> Hooks:
    return Hooks(digress=digress, handoff=handoff.request, menu=_menu)


def _menu(language: str) -> Outbound:
    return main_menu(language, first=False)
