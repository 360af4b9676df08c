"""Small talk outside a flow that the NLU cannot place (it has no small-talk intent, so such a
message was read as a low-confidence topic and got "Maksud kamu yang mana?" with unrelated
topics): a friendly short reply that steers back to what the assistant does. "udh makan blm",
"lagi apa kak", "wkwk" (chat); "sorry", "maaf" (no problem); "pemerintah bohong semua"
(disappointment: a complaint or a person is one tap away); and requests for other services,
kindly declined with what Prakerja offers instead: job vacancies ("info loker dong": training
to prepare for work) and loans ("kalo pinjol?": Prakerja is no loan). "Never mind" with nothing
open gets a polite okay (``never_mind``, once nothing else took the cancel)."""

from __future__ import annotations

import re
from dataclasses import replace

from flows.menu import main_menu
from flows.messages import Button, Outbound
from flows.runtime import controls
from flows.runtime.machine import FlowTurn
from flows.turn import within_context_of

MAX_WORDS = 8
"""Small talk is short; a longer message asks something of its own."""

_FILLER = (
    r"(?:\s+(?:ya|yah|yaa|kak|kk|min|mimin|admin|gan|sis|bro|dong|deh|nih|sih|banget|bgt|"
    r"bang|mas|mbak|pak|bu|ok|oke))*"
)
_SORRY = re.compile(
    r"(?:(?:eh|oh|aduh|duh|waduh|oops|ups)[\s,]+)?"
    r"(?:maaf|maap|mav|mf|sorry|sori|sory|soryy|mohon maaf|punten|afwan|my bad|i'?m sorry)"
    + _FILLER
    + r"(?:[\s,]+(?:salah (?:kirim|ketik|chat|pencet|tekan|kata)|typo|ganggu|mengganggu|"
    r"baru bales|lama bales|telat bales|wrong (?:chat|message)))?" + _FILLER + r"[\s.!🙏]*"
)
"""An apology alone ("sorry", "maaf ya kak", "eh maaf salah kirim")."""
_CHAT = re.compile(
    r"\b(?:udah|udh|sudah|sdh|dah|uda)\s+(?:makan|mam|maem|tidur|bobo|mandi|sholat|solat|"
    r"ngopi)\b|\b(?:lagi|lg|sedang|lgi)\s+(?:apa|ngapain|ngapa|sibuk|dimana|di mana)\b"
    r"|\bapa\s*kabar\w*|\b(?:gimana|gmn|bagaimana)\s+kabar\w*|\bkabar\w*\s+(?:gimana|gmn|baik)\b"
    r"|\bhow are (?:you|u)\b|\bwhat are you doing\b|\bhave you eaten\b|\bmakan apa\b"
    r"|\b(?:kamu|km|kakak|mimin)\s+(?:cantik|ganteng|lucu|jomblo|sendirian|capek|cape)\b"
    r"|\b(?:wk(?:wk)+\w*|kwk(?:wk)*\w*|ha(?:ha)+\w*|he(?:he)+\w*|xi(?:xi)+\w*|lol|lmao|awok\w*)\b"
)
"""Chat with no request ("udh makan blm", "lagi apa kak", "wkwk ketauan")."""
_VENT = re.compile(
    r"\b(?:pemerintah|pemerintahan|negara|pejabat|politikus|politisi|dpr|government)\b"
    r".{0,30}\b(?:bohong|boong|bo'ong|php|korup\w*|nipu|penipu|tipu\w*|omdo|zalim|"
    r"(?:ga|gak|nggak|tidak) becus|lying|liars?|corrupt)\b"
)
"""Disappointment with the government in general ("pemerintah bohong semua")."""
_JOBS = re.compile(
    r"\b(?:loker|lowker|lowongan|vacanc\w*|job openings?|job listings?|hiring|rekrutmen|"
    r"(?:cari|nyari|mencari|carikan|cariin)\s+(?:kerja|kerjaan|pekerjaan|job|kerja\w*))\b"
    r"|\b(?:info|informasi)\s+(?:kerja|kerjaan|pekerjaan)\b"
)
"""Job vacancies asked for ("info loker dong"): not Prakerja's service."""
_THANKS = re.compile(
    r"\b(?:makasih\w*|makasi|terima ?kasih|trima ?kasih|thanks|thank you|thx|tq|tengkyu|"
    r"trims|nuhun|suwun)\b"
)
"""Thanks said with the laugh ("wkwk oke makasih"): answered as thanks, not as chat."""
_PRAISE = re.compile(
    r"(?:(?:wah|wih|wow|hebat|mantap)\W+)?(?:(?:kamu|km|bot\w*|mimin|kakak)\s+)?"
    r"(?:pinter|pintar|pinteran|cerdas|keren|hebat|mantap\w*|jago|canggih|smart|clever|"
    r"helpful|membantu|good bot|nice bot)"
    r"(?:\s+(?:jg|juga|jga|ya|yah|kak|min|bgt|banget|sekali|amat|nih|deh|sih|euy|lho|loh|"
    r"kamu|km|bot|botnya|juga ya|too))*[\s.!😄😁👍🤣😂]*"
)
"""A compliment alone ("pinter jg", "wah keren botnya"): thanked, not "out of scope"."""
_LOANS = re.compile(r"\b(?:pinjol|pinjaman\w*|minjem|pinjem|utang|hutang|kredit|loans?)\b")
"""A loan asked about ("kalo pinjol?"): Prakerja is no loan."""
LOAN_ONLY_WORDS = 3
"""A loan named in so few words is the question whatever the NLU reads ("kalo pinjol?")."""


_NEVER_MIND = re.compile(
    r"(?:(?:oh|eh|ok|oke|okay|hmm|udah|udh|yaudah|ya udah|ya sudah)[\s,.!]+)*"
    r"(?:never ?mind|nvm|forget (?:about )?it|no worries|cancel|batal(?:in|kan)?|"
    r"(?:ga|gak|gk|nggak|ngga|enggak|tidak|tdk|g)\s?(?:jadi|usah)|gausah|skip)"
    r"(?:\s+(?:aja|saja|deh|dah|lah|dulu|kak|min|ya|then|it|that|sih))*[\s.!]*"
)
"""Nothing wanted after all ("never mind", "ga jadi deh"), with nothing open to cancel."""


def never_mind(turn: FlowTurn) -> list[Outbound] | None:
    """ "never mind" with no flow, person or question open: a polite okay (before, "I don't
    understand"), else None."""
    text = " ".join((turn.message.text or "").lower().split())
    if turn.message.intent != "cancel" or turn.session.flow is not None:
        return None
    if not text or not _NEVER_MIND.fullmatch(text):
        return None
    turn.session.misses = 0
    return [turn.reply("fallback.acknowledged", turn.menu_button())]


def answer(turn: FlowTurn, vague: bool) -> list[Outbound] | None:
    """The reply to small talk or a request for another service, else None. ``vague``: the NLU
    read the message as no topic of its own (or was unsure)."""
    message = turn.message
    text = " ".join((message.text or "").lower().split())
    if not text or message.payload is not None or len(text.split()) > MAX_WORDS:
        return None
    if not vague:  # "kalo pinjol?" read as a question about joining: still a loan
        short_loan = len(text.split()) <= LOAN_ONLY_WORDS and _LOANS.search(text)
        return [turn.reply("small_talk.loans", turn.menu_button())] if short_loan else None
    if _PRAISE.fullmatch(text):
        return [turn.reply("small_talk.praise", turn.menu_button())]
    if _SORRY.fullmatch(text):
        return [turn.reply("small_talk.sorry", turn.menu_button())]
    if _JOBS.search(text):
        courses = turn.button("menu.courses", "flow:course_choice")
        check = turn.button("eligibility.start", "flow:eligibility")
        return [turn.reply("small_talk.jobs", courses, check, turn.menu_button())]
    if _LOANS.search(text):
        return [turn.reply("small_talk.loans", turn.menu_button())]
    if _VENT.search(text):
        report = turn.button("complaints.file", "flow:complaints")
        person = turn.button("common.talk_to_person", controls.HUMAN)
        return [turn.reply("small_talk.vent", report, person, turn.menu_button())]
    if _CHAT.search(text) and not _THANKS.search(text):  # "wkwk oke makasih": a thank-you
        again = _again(turn, CHATTED) % 2  # each other time: never the same text twice running
        key = "small_talk.chat_again" if again else "small_talk.chat"
        return [replace(main_menu(turn.lang, first=False), text=turn.say(key))]
    return None


CHATTED = "small_talk_chatted"
GREETED = "small_talk_greeted"
"""``session.profile`` keys: [times in a row, ``Session.turns``] of chat and of greetings."""


def _again(turn: FlowTurn, key: str) -> int:
    """How many times ``key`` was said in a row right before this message (0: not just now);
    this message counted as one more."""
    before = turn.session.profile.get(key)
    times = 0
    if isinstance(before, list) and len(before) == 2 and before[1] == turn.session.turns - 1:
        times = int(before[0])
    turn.session.profile[key] = [times + 1, turn.session.turns]
    return times


def greeting(turn: FlowTurn) -> Outbound:
    """The menu for a greeting; "halo" again right after one gets another opening (before:
    the identical menu each time), from the third a person offered too."""
    pinged = _ping(turn)
    if pinged is not None:
        return pinged
    menu = main_menu(turn.lang, first=True)
    times = _again(turn, GREETED)
    if times == 0:
        return menu
    if times == 1:
        return replace(menu, text=turn.say("small_talk.hello_again"))
    person = turn.button("common.talk_to_person", controls.HUMAN)
    return Outbound(turn.say("small_talk.hello_stuck"), (person, turn.menu_button()))


_PING = re.compile(
    r"(?:kak|ka|kk|min|mimin|admin|bang|mas|mbak|mba|sis|gan|halo|hallo|hai|hi|hello|permisi|"
    r"p|woi|oi|pak|bu)\W*\?+[\W?]*"
)
"""A bare call with a question mark ("kak?", "min??") right after an answer: still there?"""


def _ping(turn: FlowTurn) -> Outbound | None:
    """ "kak?" right after an answer: here still, with that answer's buttons (before, the
    opening menu, as if the chat had started again; probe p25c)."""
    session, text = turn.session, " ".join((turn.message.text or "").lower().split())
    if not _PING.fullmatch(text) or session.turns == 0 or not session.offered:
        return None
    if not within_context_of(session.last_activity, turn.message.at):
        return None
    kept = [Button(title, payload) for title, payload, *_ in session.offered if payload != "menu"]
    if len(kept) > MAX_KEPT:
        return None  # the menu was the last answer: a greeting
    return Outbound(turn.say("small_talk.ping"), (*kept, turn.menu_button()))


MAX_KEPT = 3


__all__ = ["CHATTED", "GREETED", "answer", "greeting", "never_mind"]
