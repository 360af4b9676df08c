"""When a message is not understood: a short follow-up that names no topic ("gimana cara
benerinnya?", "trs gmn") right after an answer about a problem, or one that offered a complaint,
is about that problem (a complaint about it or a person is offered, naming the topic answered
or none; "how do I rate the course?" names its own topic and is no such follow-up); a bare
"why?" with no problem before asks what was unclear, never the topic the NLU guesses; else "did
you mean ...?" with the likeliest intents, or a miss; after repeated misses, a person is
offered."""

from __future__ import annotations

import re

from flows.complaint_topics import file_complaint, topic_answered
from flows.eligibility_verdict import FAILED_REASONS
from flows.last_answer import just_said
from flows.menu import main_menu
from flows.messages import Button, Outbound
from flows.my_data import asks_certificate_detail
from flows.responses import text
from flows.runtime import controls
from flows.runtime.machine import FlowTurn
from flows.runtime.transitions import FINISHED
from flows.turn import within_context_of
from flows.variation import VARIATION

ANSWER_INTENTS = {"affirm", "deny", "inform", "cancel"}
"""Intents the parser knows but that only mean something as an answer inside a flow."""
SOCIAL = ("greet", "thanks", "goodbye")
"""Intents never offered as "did you mean ...?" (a "Menyapa" button helps nobody)."""
PROBLEM_TOPICS = frozenset(
    {"certificate", "incentive_status", "redeem_code", "account_access", "training_balance",
     "registration_status", "payment_account", "complaint_status"}
)  # fmt: skip
"""Answers after which "what now?" means "it is not solved"."""
_MARKERS = re.compile(
    r"\b(?:gimana|gmn|gmna|bagaimana|caranya|solusi\w*|terus|trus|trs|lalu|ngapain|harus apa|"
    r"apa yang harus \w+ lakukan|what next|what happens next|what'?s next|next step|selanjutnya|"
    r"\w{3,}(?:inya|innya)|kenapa|knp|kok bisa|how|why|what now|now what|what should i do|"
    r"then what)\b"
)
MAX_WORDS = 6
_BARE = re.compile(
    r"\b(?:saya|aku|sy|aq|gw|gue|gua|ya|kak|min|dong|nih|sih|ini|itu|tuh|deh|habis|abis|"
    r"selanjutnya|berikutnya|happens|what'?s|"
    r"next|so|and|now|what|then|kalau|kalo|gitu|begitu|oh|ok|oke|jadi|harus|apa|yang|yg|lakukan|"
    r"i|do|should|gabisa|gbs|gagal|(?:ga|gak|gk|nggak|ngga|tidak|tdk|belum|blm)\s?bisa|can'?t|"
    r"cannot|not)\b|[^\w\s]"
)
"""Words a bare "and now?" holds besides its markers ("terus gimana dong?", "oh gitu, terus?",
"knp gabisa?")."""
_ABOUT_IT = re.compile(
    r"\b(?:cara|caranya|fix|fixed|solve|sort|out|deal|with|handle|it|that|this|the|a|to|my|me|"
    r"about|biar|agar|supaya|bisa|bs|dulu|dlu|hmm+|hm+|skrg|sekarang|lagi|lg|masalah\w*|"
    r"problem|benerin|perbaiki|atasi|beresin|beres)\b"
)
"""Words a "how do I fix it?" holds besides its markers and bare words: after them nothing is
left, whereas "how do I rate the course?" names a topic of its own."""
_WHY_ONLY = re.compile(
    r"^\W*(?:(?:oh|eh|lho|loh|hah|tapi|tp|but|and|terus|trus|trs)\W+)*"
    r"(?:kenapa|knp|napa|why|kok bisa|how come)"
    r"(?:\W+(?:ya|sih|kak|min|dong|gitu|begitu|tuh|is that|so|not))*\W*$"
)
"""A bare "why?", "kenapa ya?": it asks about the answer just given, whatever the NLU reads."""


NEXT_STEPS = {
    ("eligibility", "eligible"): ("fallback.next.eligible", "registration.start",
                                  "flow:registration"),
    ("eligibility", "not_eligible"): ("fallback.next.not_eligible", "eligibility.check_again",
                                      "flow:eligibility"),
    ("complaints", "filed"): ("kb.ticket_time", "intents.complaint_status",
                              "intent:complaint_status"),
    ("registration", "done"): ("fallback.next.registered", "menu.courses", "flow:course_choice"),
}  # fmt: skip
"""What "terus gimana?" right after a flow's end asks for: the next step, one tap away."""


def follow_up(turn: FlowTurn) -> list[Outbound] | None:
    """The next steps for the topic answered just before, if this message only asks "and
    now?"."""
    text = (turn.message.text or "").lower()
    if len(text.split()) > MAX_WORDS or not _MARKERS.search(text) or names_own_topic(text):
        return None
    topic = previous_intent(turn)
    if not within_context_of(turn.session.last_activity, turn.message.at):
        return None
    answered = just_said(turn)  # the answer's own topic: the NLU's reading may be another one
    if turn.session.profile.get(NO_TOPIC) == turn.session.turns - 1:
        return None  # "what should I do?" after "which one do you mean?": not about a problem
    category = _offered_just_before(turn)
    if topic in PROBLEM_TOPICS and (answered is None or category is None):
        # "knp gagal?" read as the registration status, answered as a failed payment: no name
        what = turn.say(f"intents.{topic}").lower() if answered is None else None
    elif category is not None:  # "trs gmn" after "NIK taken"
        label = turn.say(f"complaints.category.options.{category}")
        what = in_sentence(label)
    else:
        return None
    report = file_complaint(turn)
    person = turn.button("common.talk_to_person", controls.HUMAN)
    if what is None:  # no topic to name ("knp?" after how to rate): what is unclear, asked
        return [turn.reply("unknown.unclear", report, person, turn.menu_button())]
    return [turn.reply("fallback.follow_up", report, person, turn.menu_button(), topic=what)]


def names_own_topic(text: str) -> bool:
    """ "how do I rate the course?" asks about something of its own, not about the answer just
    given (before, "if my answer about the missing certificate didn't solve it ...")."""
    rest = _ABOUT_IT.sub(" ", _BARE.sub(" ", _MARKERS.sub(" ", text)))
    return bool(rest.strip())


def in_sentence(label: str) -> str:
    """A category's label inside a sentence: "Masalah NIK" as "masalah NIK", "OTP / email"
    kept."""
    return label if label[1:2].isupper() else label[:1].lower() + label[1:]


def _offered_just_before(turn: FlowTurn) -> str | None:
    """The complaint category the answer just before offered a complaint about (whatever the
    NLU read the question as: "NIK udh terdaftar" as an eligibility check)."""
    shown = topic_answered(turn)
    if shown is None or shown.get("turn") != turn.session.turns - 1:
        return None
    return str(shown["category"])


def bare_follow_up(turn: FlowTurn) -> list[Outbound] | None:
    """ "knp?", "trs gmn?" alone right after a problem's answer, whatever the parser makes of
    it (a bare "knp?" was read as the selection announcement): the next steps for that topic."""
    text = (turn.message.text or "").lower()
    if not _MARKERS.search(text) or _BARE.sub(" ", _MARKERS.sub(" ", text)).strip():
        return None
    offered = follow_up(turn)
    if offered is not None or not _WHY_ONLY.match(" ".join(text.split())):
        return offered
    # a bare "why?" with no problem answered just before: never a topic the NLU guesses for it
    # (it was read as the selection announcement)
    session = turn.session
    if session.turns == 0 or not within_context_of(session.last_activity, turn.message.at):
        return [main_menu(turn.lang, first=session.turns == 0)]
    return unclear(turn)


NO_TOPIC = "answered_nothing"
"""``session.profile`` key: the turn whose reply answered nothing ("did you mean ...?", "what
is unclear?", "belum paham"): a follow-up to it names no topic the message before was read as
(the topic remembered before it, ``flows.last_answer``, is kept for later follow-ups)."""


def _answered_nothing(turn: FlowTurn) -> None:
    turn.session.profile[NO_TOPIC] = turn.session.turns


CARRIED = 0.1
"""How likely the parser must still find the earlier topic for a variation to keep it."""


def carried_over(turn: FlowTurn) -> str | None:
    """The topic answered just before, when this short message only varies it ("kalo rekening
    adik boleh?" after the payout-account answer, read as an eligibility check) and the parser
    ranks that topic too."""
    message = turn.message
    text = " ".join((message.text or "").lower().split())
    if len(text.split()) > MAX_WORDS or not VARIATION.match(text):
        return None
    topic = previous_intent(turn)
    if topic is None or topic == message.intent or topic in ANSWER_INTENTS:
        return None
    if not within_context_of(turn.session.last_activity, message.at):
        return None
    return topic if dict(message.ranking).get(topic, 0.0) >= CARRIED else None


def next_step(turn: FlowTurn) -> list[Outbound] | None:
    """The next step after the flow that ended just before ("terus gimana?" after "you are
    eligible": registering), whatever the NLU makes of the question."""
    text = (turn.message.text or "").lower()
    if not _MARKERS.search(text) or _BARE.sub(" ", _MARKERS.sub(" ", text)).strip():
        return None  # "tiket saya gimana statusnya?" names its own topic
    finished = turn.session.profile.get(FINISHED) or []
    if len(finished) != 4 or not within_context_of(float(finished[3]), turn.message.at):
        return None
    if finished[2] != turn.session.turns - 1:
        return None  # something else was said since
    step = NEXT_STEPS.get((str(finished[0]), str(finished[1])))
    if step is None:
        return None
    key, label, payload = step
    reasons = turn.session.profile.get(FAILED_REASONS, "")
    button = turn.button(label, payload, means="yes")
    return [turn.reply(key, button, turn.menu_button(), reasons=reasons)]


_SENT_AGAIN = re.compile(
    r"^(?:kirim|kirim lagi|submit|send|simpan|selesai|konfirmasi)"
    r"(?: (?:aja|ya|kak|min|dong))*[.!]*$"
)
"""The confirming word of a flow's last question, sent once more ("kirim" twice at a summary):
nothing new to do (it had asked whether to unsubscribe from broadcasts)."""


def sent_again(turn: FlowTurn) -> list[Outbound] | None:
    """ "kirim" right after a flow ended: it is done already."""
    text = " ".join((turn.message.text or "").lower().split())
    finished = turn.session.profile.get(FINISHED) or []
    if not _SENT_AGAIN.match(text) or len(finished) != 4:
        return None
    if finished[2] != turn.session.turns - 1:
        return None
    return [turn.reply("fallback.already_sent", turn.menu_button())]


DETAIL_ASKED = {"certificate": asks_certificate_detail}
"""Topics whose answer has parts a short follow-up may ask for ("gimana cara downloadnya?")."""


def detail_of_previous(turn: FlowTurn) -> str | None:
    """The topic answered just before, when this message asks for a part of its answer."""
    topic = previous_intent(turn)
    asks = DETAIL_ASKED.get(topic or "")
    recent = within_context_of(turn.session.last_activity, turn.message.at)
    if asks is None or not recent or len((turn.message.text or "").split()) > MAX_WORDS:
        return None
    return topic if asks(turn.message.text or "") else None


def previous_intent(turn: FlowTurn) -> str | None:
    """The intent of the message before this one (the trail ends with this one's, if any)."""
    trail: list[str] = turn.session.profile.get("trail") or []
    before = trail[:-1] if turn.message.intent else trail
    return before[-1] if before else None


NOT_GUESSED = frozenset({"delete_my_data", "unsubscribe", "bot_challenge"})
"""Offered as a guess only as the best reading (p25c: an erasure one tap from a miss)."""


def clarify(turn: FlowTurn) -> list[Outbound]:
    """ "Maksud kamu ...?" with the top intents as buttons (a miss all the same)."""
    rules = turn.ctx.programme.dialogue
    skip = ("out_of_scope", *ANSWER_INTENTS, *SOCIAL)
    top = {name for name, _ in turn.message.ranking[:1]}
    shown = [name for name, _ in turn.message.ranking if name in top or name not in NOT_GUESSED]
    names = [name for name in shown if name not in skip][: rules.suggestions]
    _answered_nothing(turn)
    if not names:
        return miss(turn, "unknown.free_text")
    session = turn.session
    session.misses += 1
    if session.misses >= rules.offer_human_after_misses:
        return miss(turn, "unknown.free_text")
    buttons = [Button(text(turn.lang, f"intents.{name}"), f"intent:{name}") for name in names]
    buttons.append(Button(text(turn.lang, "menu.button"), "menu"))
    return [Outbound(text(turn.lang, "fallback.did_you_mean"), tuple(buttons))]


NOT_UNDERSTOOD = "fallback/not_understood"
"""Recorded in the message's steps when the answer is "belum paham": analytics counts the
message as not understood whatever the NLU's confidence (``storage.repositories.analytics``)."""


def miss(turn: FlowTurn, key: str) -> list[Outbound]:
    session = turn.session
    session.misses += 1
    _answered_nothing(turn)
    if key == "unknown.free_text":
        session.entered.append(NOT_UNDERSTOOD)
    if session.misses >= turn.ctx.programme.dialogue.offer_human_after_misses:
        session.misses = 0
        buttons = (  # "Mau dihubungkan dengan petugas?": a typed "ya" is the person
            turn.button("common.talk_to_person", controls.HUMAN, means="yes"),
            turn.menu_button(means="no"),
        )
        return [Outbound(turn.say("fallback.offer_person"), buttons)]
    return [Outbound(turn.say(key)), main_menu(turn.lang, first=False)]


_BARE_WHY = re.compile(
    r"\W*(?:(?:lho|loh|lah|lha|eh|hah|trs|terus|tapi|tp)\s+)?(?:kenapa|knp|napa|mengapa|kok|why)"
    r"(?:\s+(?:gitu|gt|gtu|begitu|bgitu|gini|gn|bisa|bs|ya|sih|kak|min|dong|emang|emg|so|is that|"
    r"not))*\W*"
)
"""Why, and nothing else: "knp gt", "kok gitu sih", "lho kenapa?", "why is that"."""


def bare_why(turn: FlowTurn) -> bool:
    """A bare why right after an answer (this chat answered something just now)."""
    text = " ".join((turn.message.text or "").lower().split())
    if not text or turn.message.payload is not None or turn.session.turns == 0:
        return False
    recent = within_context_of(turn.session.last_activity, turn.message.at)
    return recent and bool(_BARE_WHY.fullmatch(text))


def unclear(turn: FlowTurn) -> list[Outbound]:
    """ "maksudnya?", "🤔" after an answer: what is unclear, with a person one tap away."""
    person = turn.button("common.talk_to_person", controls.HUMAN)
    _answered_nothing(turn)
    return [turn.reply("unknown.unclear", person, turn.menu_button())]
