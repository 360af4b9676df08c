"""The programme's questions, answered from the database, config.yml and the knowledge base in
the response catalogue (``kb.*``, written for this project from DOMAIN.md and the FAQ facts).

``answer`` returns None for an intent it does not answer (flows start elsewhere)."""

from __future__ import annotations

import re
from collections.abc import Callable

from flows import (
    account_devices,
    account_help,
    account_link_code,
    account_resend,
    certificate_name_fix,
    certificate_other_course,
    language_topic,
    my_courses,
    my_data,
    my_incentives,
    programme_answers,
    programme_facts,
    purchase_deadline,
    question_context,
    subscription_requests,
    subscription_safety,
    voucher_code,
)
from flows.complaint_topics import category_for, file_complaint
from flows.durations import redeem_window
from flows.language_choice import OTHER_LANGUAGES, requested, unsupported
from flows.last_answer import remember
from flows.link_account import LANGUAGE_CHOSEN, link_payload
from flows.menu import main_menu
from flows.messages import Outbound
from flows.queries import SetLanguage
from flows.runtime import controls
from flows.runtime.machine import FlowTurn
from flows.training_help import REDEEM
from flows.turn import Ask

Answer = Ask[list[Outbound] | None]
# Intents answered by a knowledge-base text alone (``kb.<intent>``).
KB_INTENTS = ("payment_account", "bot_challenge")
# Short answers when a flow is pending (the flow itself starts from the menu or the router).
DIGRESSION_TEXTS = {
    "check_eligibility": "topic.eligibility",
    "register": "topic.register",
    "complaint": "kb.complaint_later",
    "course_search": "kb.course_search_later",
    "delete_my_data": "kb.delete_later",
}


def answer(intent: str, turn: FlowTurn, *, digression: bool = False) -> Answer:
    facts = (yield from programme_facts.answer(turn)) if digression else None
    if facts is not None:  # "prakerja itu utang ya?" in a flow: read as what it is
        return facts
    if digression and intent in DIGRESSION_TEXTS:
        return [Outbound(turn.say(DIGRESSION_TEXTS[intent], **turn.ctx.programme.facts()))]
    handler = HANDLERS.get(intent)
    if handler is not None:
        return (yield from handler(turn))
    if intent in KB_INTENTS:
        return [turn.reply(f"kb.{intent}", turn.menu_button(), **turn.ctx.programme.facts())]
    return None


_STILL_RUNNING = re.compile(r"masih (?:ada|jalan|buka|berjalan|berlanjut|dibuka)|\blanjut|"
                            r"dihentikan|berhenti|ditutup|still|tahun ini|\b20\d\d\b")  # fmt: skip
"""A question whether the programme still runs: the waves in the database answer it."""


def _programme(turn: FlowTurn) -> Answer:
    facts = turn.ctx.programme.facts()
    if not _STILL_RUNNING.search((turn.message.text or "").lower()):
        return [turn.reply("kb.program_info", turn.menu_button(), **facts)]
    runs = yield from programme_facts.running(turn)  # the wave open or next, if any
    body = turn.say("kb.program_info", **facts) + "\n\n" + runs
    return [Outbound(body, (turn.menu_button(),))]


def _simple(key: str, *, menu: bool = True) -> Callable[[FlowTurn], Answer]:
    def handler(turn: FlowTurn) -> Answer:
        if menu:
            return [
                Outbound(turn.say(key, **turn.ctx.programme.facts())),
                main_menu(turn.lang, first=False),
            ]
        return [turn.reply(key, turn.menu_button(), **turn.ctx.programme.facts())]
        yield

    return handler


_CERTIFICATE_FIX = re.compile(
    r"\b(?:nama|name|tanggal|tgl|tempat lahir|gelar|huruf|ejaan|data|spelling)\w*\b.{0,40}"
    r"\b(?:salah|keliru|typo|beda|wrong|misspel\w*|kurang)\b|\b(?:salah|keliru|typo|wrong)\b"
    r".{0,30}\b(?:nama|name|huruf|ejaan|tanggal|tgl|spelling)\b"
)
"""A wrong name or date on a certificate ("nama di sertifikat salah huruf, bisa diganti?")."""


def _certificate(turn: FlowTurn) -> Answer:
    said = turn.message.text or ""
    if _CERTIFICATE_FIX.search(said.lower()) and not my_data.asks_certificate_detail(said):
        report = file_complaint(turn, topic="certificate")  # the provider corrects it
        remember(turn, certificate_name_fix.TOPIC)  # "bisa dibenerin ga" next
        return [turn.reply("kb.certificate_name", report, turn.menu_button())]
    other = yield from certificate_other_course.answer(turn)  # "sertifikat pelatihan kedua"
    if other is not None:  # with one course on record: not "sudah terbit" beside the first
        return other
    return (yield from my_data.certificates(turn))


def _redeem(turn: FlowTurn) -> Answer:
    voucher = voucher_code.answer(turn)  # "kode voucher aku error": not the redeem window
    if voucher is not None:
        return voucher
    whereabouts = yield from my_courses.redeem_codes(turn)  # "kode redeemnya mana" after buying
    if whereabouts is not None:
        return whereabouts
    remember(turn, REDEEM)  # "kelas aku jam 19.00", "bisa minta kode baru?" next: the class
    return [
        turn.reply(
            "kb.redeem_code",
            file_complaint(turn, fix_shown="purchase_redeem"),
            turn.menu_button(),
            **turn.ctx.programme.facts(),
            **redeem_window(turn),
        )
    ]


def subscription(subscribed: bool) -> Callable[[FlowTurn], Answer]:
    """Subscribe or unsubscribe; a typed request the NLU is not sure of ("kirim" read as
    unsubscribe at 0.73) is asked first, with the change one tap away."""

    def handler(turn: FlowTurn) -> Answer:
        message = turn.message
        lowered = (message.text or "").lower()
        told = None if subscribed else subscription_safety.not_told_answer(turn)
        if told is not None:  # "lho kok gitu, aku ga dikabarin": a complaint, not a stop
            return told
        unnamed = not _BROADCASTS.search(lowered)
        if message.payload is None and not subscribed and unnamed and not _REFUSES.search(lowered):
            return None  # a lone "kirim" asks for nothing to stop
        asked = message.payload is None and bool(_ASKS.search(lowered))
        if subscribed and asked and unnamed:
            return None  # "kalo udah aku aktifin, otomatis dikirim ulang?": no broadcast asked
        if subscribed and asked and turn.session.flow is not None:
            return [turn.reply("kb.subscribe_how")]  # "nanti aku dikabarin lewat apa?"
        if message.payload is None and (
            message.confidence < controls.CLEAR_REQUEST or unnamed or (subscribed and asked)
            or (not subscribed and subscription_safety.needs_confirmation(turn))
        ):
            if turn.session.flow is not None:
                return None  # inside a flow: no side question to ask, the flow reads it
            return [_confirm_subscription(turn, subscribed)]
        already = (yield from subscription_safety.already_on(turn)) if subscribed else None
        if already is not None:  # "langganan dong" while subscribed: said so
            return already
        return (yield from subscription_requests.change(turn, subscribed))  # undo one tap away

    return handler


_BROADCASTS = re.compile(
    r"langgan\w*|subscri\w*|siaran|broadcast|notif\w*|\binfo\w*|promo\w*|kabar\w*|"
    r"\bunsub\w*|\bspam\b|\bopt.?out\b|kirim2|kirim-kirim|\b(?:ng|di|me)?kirim\w* (?:\w+ )?pesan\b"
    r"|\bpemberitahuan\b|\bdiberi ?tahu\b|\bnotify\b|\bnotified\b|\blet me know\b"
)
"""What a request to (un)subscribe names: one that does not ("ga mau coba lagi", "ga mau cari
lagi") is asked first, however sure the NLU is; one that does ("jangan spam dong", "stop kirim
pesan", "stop kirim2 info") is done at once, "ga jadi" right after undoing it."""


_REFUSES = re.compile(
    r"\b(?:stop\w*|setop|berhenti|jangan|ja?ngn|usah|ga ?mau|gak ?mau|nggak ?mau|ogah|cukup|"
    r"matikan|matiin|hentikan|keluar|unsub\w*|no more|don'?t)\b"
)
"""What asking to stop says: a message read as unsubscribe without it or a broadcast word
("kirim" after an answer) asks for nothing to stop."""
_ASKS = re.compile(r"\?|\b(?:apa(?:kah)?|bisa\w*|gimana|gmn|bagaimana|will|can)\b")
"""A question about being told ("kalo ada info gelombang baru dikabarin ga?"): asked before
subscribing, never a subscription by itself."""


def _confirm_subscription(turn: FlowTurn, subscribed: bool) -> Outbound:
    """The change asked about first, one tap away."""
    payload = "subscribe" if subscribed else "unsubscribe"
    change = turn.button("common.yes", payload, means="yes")
    keep = turn.button("common.no", "menu", means="no")
    key = "kb.subscribe_confirm" if subscribed else "kb.unsubscribe_confirm"
    return turn.reply(key, change, keep)


_STOP_WORD = re.compile(r"[\W_]*(?:stop+|setop|berhenti|stop dong|stop aja)[\W_]*")
"""WhatsApp's opt-out keyword ("STOP") or its Indonesian word, alone: the NLU reads it as
cancel, which outside a flow has nothing to cancel."""


def _stop(turn: FlowTurn) -> Answer:
    """A lone "stop" outside a flow is read as unsubscribe, asked first (as a lone "kirim" is)."""
    if turn.message.payload is not None or not _STOP_WORD.fullmatch(
        (turn.message.text or "").lower()
    ):
        return None
    return [_confirm_subscription(turn, False)]
    yield


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
    specific = account_link_code.answer(turn)  # "kodenya ga masuk2" at linking's birth date
    specific = specific or account_help.answer(turn)  # blocked (whatever else it names), a phone
    specific = specific or account_resend.answer(turn)  # "udah kirim ulang 5x, ga bisa lagi"
    specific = specific or account_devices.answer(turn)  # "bisa login di 2 hp ga?"
    if specific is not None:
        return specific
    problem = category_for(turn.message.text or "")
    if problem == "account_blocked":  # why it happens, and how to ask for it to be opened
        return account_help.blocked(turn)
    linked = turn.session.participant_id is not None  # a linked chat is not offered linking
    link = () if linked else (turn.button("link_account.start", link_payload(None)),)
    if problem not in _ACCOUNT_PROBLEMS:
        facts = turn.ctx.programme.facts()
        return [turn.reply("kb.account_access", *link, turn.menu_button(), **facts)]
    remember(turn, problem)  # "harus nunggu brp lama?" next asks about this fix
    fix = turn.say(f"complaints.fixes.{problem}", contact_centre=turn.ctx.programme.contact_centre)
    lines = (fix, turn.say("kb.account_still_stuck"))
    report = file_complaint(turn, fix_shown=problem)
    return [Outbound("\n".join(lines), (report, *link, turn.menu_button()))]
    yield


def _language(turn: FlowTurn) -> Answer:
    wanted = str(turn.message.entity("language") or "").lower()
    lowered = (turn.message.text or "").lower()
    if wanted not in ("id", "en") and OTHER_LANGUAGES.search(lowered):
        return [unsupported(turn)]
    language = requested(lowered, wanted, turn.lang)  # "kok pake bahasa inggris sih": Indonesian
    yield from save_language(turn, language)
    switched = Outbound(turn.say("language.switched"))
    named = HANDLERS.get(language_topic.topic(lowered) or "")  # "... saya tanya soal insentif"
    answered = (yield from named(turn)) if named is not None else None
    return [switched, *answered] if answered else [switched, main_menu(language, first=False)]


def _greet(turn: FlowTurn) -> Answer:
    return [main_menu(turn.lang, first=True)]
    yield


HANDLERS: dict[str, Callable[[FlowTurn], Answer]] = {
    "benefits_info": question_context.benefits,  # or "dari daftar sampe cair brp lama?"
    "program_info": question_context.programme(_programme),  # or "dari daftar sampe cair?"
    "wave_schedule": question_context.waves,  # remembered: "kuotanya berapa?" next
    "registration_status": programme_answers.selection_status,
    "training_balance": purchase_deadline.training_balance,  # a deadline passed: said so
    "incentive_status": my_incentives.incentive_schedule,
    "certificate": _certificate,
    "redeem_code": _redeem,
    "complaint_status": my_data.ticket_status,
    "subscribe": subscription(True),
    "unsubscribe": subscription(False),
    "cancel": _stop,
    "change_language": _language,
    "account_access": _account_access,
    "greet": lambda turn: _greet(turn),
    "help": question_context.help_asked,  # "caranya gmn?" in a flow, after an answer
    "thanks": _simple("kb.thanks", menu=False),
    "goodbye": _simple("kb.goodbye", menu=False),
    "out_of_scope": _simple("kb.out_of_scope"),
}
