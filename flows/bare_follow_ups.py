"""Bare follow-ups right after a specific answer that no entry of ``flows.follow_ons.FOLLOW_UPS``
answers: "brp lama?", "brp?", "udh", "bisa?", "kok ditutup", "kalo ga bisa gmn", "and if it still
fails?", "trus". They name no topic of their own, so the answer just given is their topic (its
``flows.last_answer`` topic, else the intent the message before was read as, when that was a
problem's); the NLU's reading of so few words is no topic ("brp lama?" as what Prakerja is,
"brp?" as the waves, "bisa?" as the eligibility check).

Where the topic has a part that answers the follow-up, that part: the redeem code's window and
causes, the OTP's resend limit, that a failed payment never arrives by waiting (and, fixed, that
a complaint has it scheduled again), when an incentive arrives and how much it is, when an
applicant's results come, that no ticket has a promised date, and for a selected participant
with the first purchase ahead, "trus aku harus ngapain" after the incentive answer: buy the
first course by the date; "klo udh lewat?" (``IF_DONE``) after an incentive's answer: past 7×24
hours, a complaint; "trs klo udh?" after "the next course waits": the days to spend the rest.
Else a safe continuation of that topic: its complaint offered ("if my
answer did not solve it"), or what was unclear asked, with a person one tap away; never another
topic. A second bare "trus" right after such a continuation asks what was unclear rather than
offering the same again (before, it started the complaint form and walked into its story)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from flows import (
    balance_rest_deadline,
    balance_rest_follow_up,
    my_selection,
    programme_answers,
    purchase_deadline,
)
from flows.complaint_topics import file_complaint
from flows.course_second_purchase import NEXT_OPEN
from flows.deadline_words import deadline_at
from flows.fallback import PROBLEM_TOPICS, follow_up, in_sentence, previous_intent
from flows.follow_up_answers import (
    INCENTIVE_CHECKING,
    INCENTIVE_OVERDUE,
    INCENTIVE_TIMING,
    incentive_how_long,
    now,
    overdue,
)
from flows.how_long import SUBJECT, asks_bare
from flows.last_answer import SAID, just_said, remember
from flows.messages import Outbound
from flows.my_data import participant
from flows.payout_help import VARIED as PAYOUT_VARIED
from flows.purchase_deadline_mine import DEADLINE_TOPIC, left_line
from flows.runtime import controls
from flows.runtime.machine import FlowTurn
from flows.runtime.transitions import FINISHED
from flows.topic_follow_ups import INCENTIVE_FAILED, failed_waited, otp_tried, redeem_why
from flows.training_help import REDEEM
from flows.turn import Ask, within_context_of

Answer = Ask[list[Outbound] | None]
Reply = Callable[[FlowTurn], Answer]

MAX_WORDS = 6
CONTINUED = "bare_continued"
"""``session.profile`` key: the turn in which a bare follow-up was answered here."""

NEXT, HOW_LONG, IF_FAILS, DONE, AMOUNT, CAN, KOK, IF_DONE = (
    "next", "how_long", "if_fails", "done", "amount", "can", "kok", "if_done"
)  # fmt: skip

_NEXT_CORE = frozenset(
    {"terus", "trus", "trs", "truss", "lalu", "terusnya", "trsnya", "selanjutnya", "berikutnya",
     "ngapain", "next", "then"}
)  # fmt: skip
_NEXT_MORE = frozenset(
    {"gimana", "gmn", "gmna", "bagaimana", "what", "now", "apa", "abis", "habis", "itu", "do",
     "i", "should", "kak", "min", "dong", "nih", "sih", "ya", "deh", "dulu", "dlu", "aku", "saya",
     "sy", "harus", "hrs", "jadi", "jd", "skrg", "sekarang", "oh", "ok", "oke", "so", "and", "nya"}
)  # fmt: skip
_NOT = (
    r"(?:masih|msh|tetap|tetep|still|ga|gak|gk|g|nggak|ngga|enggak|tidak|tdk|belum|blm|not|"
    r"doesn'?t|does not|won'?t|can'?t)"
)
_END = r"(?:\W+(?:gmn|gimana|gmna|bagaimana|how|then|lagi|lg|juga|jg|kak|min|ya|dong|sih|nya))*\W*$"
KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (IF_FAILS, re.compile(  # "kalo ga bisa gmn", "and if it still fails?"
        r"^\W*(?:(?:and|terus|trus|trs|lalu|tapi|tp|but|so|oh|ok|oke)\W+)*"
        r"(?:kalo|kalau|klo|kl|kalu|if|what if)\b(?:\W+\w+){0,2}?"
        rf"\W+(?:(?:{_NOT}\W+)+(?:bisa|bs|berhasil|work\w*|jalan|masuk|nyambung|muncul)"
        r"|(?:still\W+)?(?:fails?|failed|gagal|error|eror|gabisa|gbs|ditolak))" + _END
    )),
    (IF_DONE, re.compile(  # "trs klo udh?", "klo udh lewat?"
        r"^\W*(?:(?:terus|trus|trs|lalu|tapi|tp|oh|ok|oke|and|so)\W+)*(?:kalo|kalau|klo|kl|kalu|"
        r"if)\W+(?:udah|udh|uda|sudah|sdh|dah|done|already)(?:\W+(?:lewat|lwt|kelewat|selesai|"
        r"beres|kelar|semua|itu|ya|kak|min|dong|sih|gmn|gimana|nya|juga|jg))*\W*$"
    )),
    (DONE, re.compile(  # "udh" after being told to upgrade the e-wallet
        r"^\W*(?:(?:oh|ok|oke|tapi|tp|but|eh)\W+)*(?:udah|udh|uda|sudah|sdh|dah|done|already|"
        r"i did|did that|did it)(?:\W+(?:kok|kak|min|dong|sih|ya|tuh|semua|aku|saya|lakuin|"
        r"dilakuin|coba|dicoba|tadi|itu|juga|jg|deh|loh|lho|lah|that|it|already))*\W*$"
    )),
    (AMOUNT, re.compile(  # "brp?", "berapa sih duitnya"
        r"^\W*(?:(?:terus|trus|trs|jadi|jd|so|oh|ok|oke)\W+)*(?:berapa|brp|brapa|brpa|how much)"
        r"(?:\W+(?:sih|ya|kak|min|dong|aja|duit\w*|uang\w*|nominal\w*|jumlah\w*|is it|nya))*\W*$"
    )),
    (CAN, re.compile(  # "bisa?", "beneran?"
        r"^\W*(?:(?:terus|trus|trs|jadi|jd|tapi|tp|oh|ok|oke|hah|emang|emg)\W+)*(?:bisa|bs|"
        r"bisakah|boleh|blh|beneran|bener|serius|seriusan|yakin|really|seriously|can i|"
        r"are you sure)(?:\W+(?:ga|gak|gk|nggak|ngga|tidak|kah|ya|gitu|kak|min|dong|sih|"
        r"beneran|itu|emang))*\W*$"
    )),
    (KOK, re.compile(  # "kok ditutup" (not impatience nor a failure: "kok lama", "kok ga cair")
        r"^\W*(?:(?:lho|loh|lah|lha|eh|hah|tapi|tp)\W+)*(?:kok|koq|how come)\W+"
        r"(?!(?:\w+\W+)?(?:lama\w*|lma|lambat|lelet|belum|blm|ga|gak|gk|g|nggak|ngga|tidak|tdk|"
        r"gagal|nunggu\w*|slow|long|so long)\b)\w+(?:\W+\w+)?\W*$"
    )),
)  # fmt: skip
"""What a bare follow-up asks besides what comes next and how long."""


def kind_of(lowered: str) -> str | None:
    """What this bare follow-up asks, or None (it says more, or names a topic)."""
    words = re.findall(r"[a-z']+", lowered)
    if not words or len(lowered.split()) > MAX_WORDS:
        return None
    if any(w in _NEXT_CORE for w in words) and all(
        w in _NEXT_CORE or w in _NEXT_MORE for w in words
    ):
        return NEXT
    if asks_bare(lowered):
        return HOW_LONG
    if SUBJECT.search(lowered):
        return None
    return next((kind for kind, words_of in KINDS if words_of.search(lowered)), None)


@dataclass(frozen=True)
class Topic:
    """An answer's topic: the complaint category it is about, and its own parts."""

    category: str | None = None
    parts: dict[str, Reply] = field(default_factory=dict)


def _payout_fixed(turn: FlowTurn) -> list[Outbound]:
    """ "udh" after the payout account's fix: a failed payment needs a complaint to go again."""
    report = file_complaint(turn, fix_shown="incentive")
    return [turn.reply("kb.payout_fixed", report, turn.menu_button())]


def _ticket_time(turn: FlowTurn) -> list[Outbound]:
    """ "brp lama lagi?" after a ticket's status: no date is promised."""
    status = turn.button("intents.complaint_status", "intent:complaint_status")
    return [turn.reply("kb.ticket_time", status, turn.menu_button())]


def _first_purchase(turn: FlowTurn) -> Answer:
    """ "trus aku harus ngapain" after the incentive answer, for a selected participant whose
    first purchase is ahead: buy the first course by the date (the incentive needs it)."""
    person = yield from participant(turn)
    if person is None or person.status != "selected" or person.purchase_deadline is None:
        return None
    if purchase_deadline.lapsed(turn, person):
        return None
    deadline = person.purchase_deadline
    yours = turn.say("kb.purchase_deadline_yours", deadline=deadline_at(deadline, turn.lang))
    body = f"{turn.say('kb.purchase_deadline_next_step')}\n\n{yours} {left_line(turn, deadline)}"
    remember(turn, DEADLINE_TOPIC)  # "kalo telat?" next: what missing it means
    search = turn.button("menu.courses", "flow:course_choice")
    return [Outbound(body, (search, turn.menu_button()))]


def _programme_next(turn: FlowTurn) -> list[Outbound]:
    """ "trs?" after the benefits or what Prakerja is: the way in, checking the requirements
    then registering (before: "which one did you mean?" with Help / complaint / person)."""
    check = turn.button("eligibility.start", "flow:eligibility", means="yes")
    register = turn.button("registration.start", "flow:registration")
    return [turn.reply("kb.programme_next_step", check, register, turn.menu_button())]


_PROGRAMME = Topic(None, {NEXT: now(_programme_next)})
NEXT_ONLY = frozenset({"benefits_info", "program_info"})
"""Topics only "trs?" is read against ("brp jam?" after them is a question of its own)."""
_REDEEM = Topic(
    "purchase_redeem", {HOW_LONG: now(redeem_why), IF_FAILS: now(redeem_why), DONE: now(redeem_why)}
)


def _incentive_past(turn: FlowTurn) -> list[Outbound]:
    """ "klo udh lewat?" after an incentive's schedule: past 7×24 hours, a complaint."""
    return [overdue(turn, file_complaint(turn, fix_shown="incentive"), turn.menu_button())]


def _next_purchase_done(turn: FlowTurn) -> list[Outbound]:
    """ "trs klo udh?" after "the next course waits for the one still open": once it is done
    and rated, the rest of the balance buys the next one within the days left."""
    remember(turn, NEXT_OPEN)  # "kalo lewat?" next: still the next course's days
    search = turn.button("menu.courses", "flow:course_choice")
    facts = turn.ctx.programme.facts()
    return [turn.reply("bare_follow_ups.next_purchase_done", search, turn.menu_button(), **facts)]


_INCENTIVE = Topic(
    "incentive",
    {HOW_LONG: now(incentive_how_long), AMOUNT: programme_answers.benefits, NEXT: _first_purchase,
     IF_DONE: now(_incentive_past)},
)  # fmt: skip
_PAYOUT = Topic("payout_link", {DONE: now(_payout_fixed)})
TOPICS: dict[str, Topic] = {
    REDEEM: _REDEEM,
    "redeem_code": _REDEEM,
    "otp_login": Topic("otp_login", {IF_FAILS: now(otp_tried), DONE: now(otp_tried)}),
    INCENTIVE_FAILED: Topic("incentive", {HOW_LONG: now(failed_waited), DONE: now(_payout_fixed)}),
    "incentive_status": _INCENTIVE,
    INCENTIVE_TIMING: _INCENTIVE,
    INCENTIVE_CHECKING: _INCENTIVE,
    INCENTIVE_OVERDUE: _INCENTIVE,
    my_selection.APPLIED: Topic(None, {HOW_LONG: my_selection.follow_up}),
    "complaint_status": Topic(None, {HOW_LONG: now(_ticket_time)}),
    "payment_account": _PAYOUT,
    PAYOUT_VARIED: _PAYOUT,
    "certificate": Topic("certificate"),  # "udh" after the certificate's wait: its complaint
    "benefits_info": _PROGRAMME,  # "trs?" after the benefits: check, then register
    "program_info": _PROGRAMME,
}
"""Topics with parts of their own; other problems' answers (``fallback.PROBLEM_TOPICS``) get
the safe continuation only."""


def answer(turn: FlowTurn) -> Answer:
    """The answer to a bare follow-up, read against the answer just given; else None."""
    if turn.message.payload is not None:
        return None
    rest = balance_rest_follow_up.answer(turn)  # "kalo sisa?" after the balance
    rest = rest or (yield from balance_rest_deadline.answer(turn))  # "batasnya kapan?" after it
    if rest is not None:
        return rest
    kind = kind_of(" ".join((turn.message.text or "").lower().split()))
    if kind == IF_DONE and just_said(turn) == NEXT_OPEN:  # "trs klo udh?": its days then
        return _next_purchase_done(turn)
    topic = _topic(turn) if kind is not None else None
    if kind is None or topic is None or (topic in NEXT_ONLY and kind != NEXT):
        return None
    about = TOPICS.get(topic, Topic())
    continued = turn.session.profile.get(CONTINUED) == turn.session.turns - 1
    part = about.parts.get(kind)
    replies = None
    if part is not None and not (continued and kind == NEXT):
        replies = yield from part(turn)
    if replies is None:
        replies = _continued(turn, kind, about, continued)
    if replies is not None:
        _keep(turn, topic)
    return replies


def _topic(turn: FlowTurn) -> str | None:
    """The answer just given: its recorded topic, else the problem the message before asked
    (unless a flow ended just before: its end was the answer)."""
    if not within_context_of(turn.session.last_activity, turn.message.at):
        return None
    said = just_said(turn)
    if said is not None and (said in TOPICS or said in PROBLEM_TOPICS):
        return said
    finished = turn.session.profile.get(FINISHED) or []
    if len(finished) == 4 and finished[2] == turn.session.turns - 1:
        return None  # "kira2 brp lama diprosesnya" right after filing: the ticket's own answer
    before = previous_intent(turn)
    return before if before in TOPICS or before in PROBLEM_TOPICS else None


def _continued(turn: FlowTurn, kind: str, about: Topic, continued: bool) -> list[Outbound] | None:
    """The safe continuation of the topic: its complaint offered, or what was unclear."""
    if kind == NEXT and not continued:
        offered = follow_up(turn)  # "trs gmn" after a problem: its complaint, a person
        if offered is not None:
            return offered
    person = turn.button("common.talk_to_person", controls.HUMAN)
    report = file_complaint(turn, topic=about.category) if about.category else None
    if kind in (IF_FAILS, DONE, NEXT, IF_DONE) and report is not None and not continued:
        label = in_sentence(turn.say(f"complaints.category.options.{about.category}"))
        return [turn.reply("fallback.follow_up", report, person, turn.menu_button(), topic=label)]
    buttons = (report, person) if report is not None else (person,)
    return [turn.reply("unknown.unclear", *buttons, turn.menu_button())]


def _keep(turn: FlowTurn, topic: str) -> None:
    """The topic kept for the next follow-up, unless the answer recorded one of these."""
    turn.session.profile[CONTINUED] = turn.session.turns
    said = turn.session.profile.get(SAID)
    recorded = isinstance(said, list) and len(said) == 3 and said[2] == turn.session.turns
    if recorded and isinstance(said, list) and (said[0] in TOPICS or said[0] == DEADLINE_TOPIC):
        return
    remember(turn, topic)


__all__ = ["CONTINUED", "TOPICS", "answer", "kind_of"]
