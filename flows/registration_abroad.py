"""Registering while living or working abroad ("aku tkw di taiwan, bisa daftar prakerja?", "aku
kerja di malaysia", "I work in Hong Kong, can I register?"): the rules say nothing about where
one lives, so the answer gives the requirements everyone meets and what matters in practice (an
Indonesian phone number for the SMS code, the e-wallet on that number, an email, the e-KTP for
the face check, training mostly online); it neither bars nor admits migrant workers by a rule
of its own. Before, the question started the eligibility check, and the statement was not
understood.

Right after it, a short follow-up about the KTP ("tp ktp indo", "but my ktp is indonesian": no
language asked for, ``flows.language_choice.reread``) is told that citizenship is the rule that
counts, and one about a phone number ("kalo pake nomor hongkong bisa?") that the code goes to an
Indonesian number."""

from __future__ import annotations

import re

from flows.last_answer import remember, short_after
from flows.messages import Button, Outbound
from flows.runtime.machine import FlowTurn

TOPIC = "abroad"
"""The topic ``flows.last_answer`` records after the answer on registering from abroad."""
INTENTS = ("register", "check_eligibility", "help")
"""Readings of a question about registering from abroad."""
STATED_INTENTS = ("inform",)
"""Readings of a statement of it ("aku kerja di malaysia")."""
LAST_INTENTS = ("benefits_info", "program_info", "inform", "out_of_scope", "course_search")
"""Other readings of a long story whose last question is registering from abroad."""
MAX_WORDS = 8
"""A follow-up is short (as in ``flows.follow_ons``)."""
MAX_STATED_WORDS = 12
"""A statement longer than this says more than where one works (its own topic, if any)."""

_COUNTRY = (
    r"(?:taiwan|malaysia|hong ?kong|hk|singapura|singapore|saudi|arab saudi|arab|jepang|japan|"
    r"korea|korsel|brunei|qatar|uae|dubai|abu dhabi|kuwait|oman|turki|turkey|australia|amerika|"
    r"usa|eropa|europe|jerman|germany|belanda|netherlands|inggris|uk|polandia|poland|macau|"
    r"makau|timor leste|filipina|thailand|vietnam|china|cina|tiongkok)"
)
_ABROAD = re.compile(
    r"\b(?:tkw|tki|pmi|pekerja migran|buruh migran|migrant workers?|overseas workers?|"
    r"domestic (?:helper|worker)|luar negeri|luar negri|abroad|overseas|di ln)\b"
    rf"|\b(?:di|in|ke|at|from|dari)\s+(?:negara\s+|negeri\s+)?{_COUNTRY}\b"
    r"|\b(?:luar|outside)\s+(?:indonesia|indo)\b"
)
"""Living or working abroad: a migrant worker ("tkw", "pmi"), abroad, a country named where one
is ("di taiwan", "in hong kong"); not "pelatihan bahasa jepang" (a course)."""
_ABOUT_JOINING = re.compile(
    r"\b(?:bisa|boleh|bs|can|could|may|eligible|syarat\w*|daftar\w*|register\w*|apply|ikut\w*|"
    r"join|prakerja|gabung)\b"
)
"""The question is about taking part ("bisa daftar?", "can I register?")."""
_PHONE = re.compile(
    r"\b(?:nomor|nomer|nmr|no hp|hp|number|phone|sim|simcard|kartu sim|otp|sms|provider)\b"
)
"""A phone number asked about after the answer ("kalo pake nomor hongkong bisa?")."""
_CITIZEN = re.compile(
    r"\b(?:ktp|e-?ktp|ektp|nik|wni|warga negara|citizen\w*|kewarganegaraan|paspor|passport|"
    r"indonesian|orang indo\w*)\b"
)
"""The KTP or citizenship said after the answer ("tp ktp indo", "but my ktp is indonesian")."""


_ONLINE = re.compile(
    r"\b(?:online|daring|dari sini|dari sana|dari (?:luar|ln)|jarak jauh|remote(?:ly)?|from here)\b"
)
"""Taking the courses from abroad ("pelatihannya bisa online dari sini?")."""
_COURSE = re.compile(r"\b(?:pelatihan|kursus|kelas|webinar|course|training|class)\w*\b")
_FOREIGN_ACCOUNT = re.compile(
    r"\b(?:rekening|rek|bank|akun bank|e-?wallet|dompet digital|account)\b.{0,30}"
    rf"\b(?:luar negeri|luar negri|ln|asing|foreign|overseas|abroad|{_COUNTRY})\b"
)
"""The incentive to a bank account abroad ("insentifnya bisa ke rekening luar negeri?")."""


def abroad(text: str | None) -> bool:
    """The message says one lives or works abroad."""
    return bool(_ABROAD.search((text or "").lower()))


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """Asked whether one may register from abroad: the rules and what matters in practice."""
    lowered = (turn.message.text or "").lower()
    return _answered(turn) if abroad(lowered) and _ABOUT_JOINING.search(lowered) else None


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def asked_last(turn: FlowTurn) -> list[Outbound] | None:
    """A long story ("I work in Malaysia ... Can I register now from Malaysia?") whose last
    sentence asks about registering from abroad, read as another intent; else None."""
    sentences = _SENTENCE_END.split((turn.message.text or "").strip())
    last = sentences[-1].lower() if sentences else ""
    return _answered(turn) if abroad(last) and _ABOUT_JOINING.search(last) else None


def stated(turn: FlowTurn) -> list[Outbound] | None:
    """Said that one works or lives abroad ("aku kerja di malaysia"), read as a statement."""
    text = turn.message.text or ""
    return _answered(turn) if abroad(text) and len(text.split()) <= MAX_STATED_WORDS else None


def follow_up(turn: FlowTurn) -> list[Outbound] | None:
    """Right after the answer: a phone number asked about, or the KTP said; else None."""
    text = short_after(turn, TOPIC, MAX_WORDS)
    if text is None:
        return None
    key = None
    if _FOREIGN_ACCOUNT.search(text):
        key = "registration_abroad.foreign_account"
    elif _COURSE.search(text) and _ONLINE.search(text):
        key = "registration_abroad.online"
    if key is not None:
        remember(turn, TOPIC)  # "nomor hp saya nomor malaysia" next: still abroad
        return [turn.reply(key, *_buttons(turn), **turn.ctx.programme.facts())]
    if _PHONE.search(text):
        remember(turn, TOPIC)
        return [turn.reply("registration_abroad.phone", *_buttons(turn))]
    if _CITIZEN.search(text):
        remember(turn, TOPIC)
        facts = turn.ctx.programme.facts()
        return [turn.reply("registration_abroad.citizen", *_buttons(turn), **facts)]
    return None


def _answered(turn: FlowTurn) -> list[Outbound]:
    remember(turn, TOPIC)  # "tp ktp indo" next: the KTP, not a language
    facts = turn.ctx.programme.facts()
    return [turn.reply("registration_abroad.answer", *_buttons(turn), **facts)]


def _buttons(turn: FlowTurn) -> tuple[Button, Button, Button]:
    check = turn.button("menu.eligibility", "flow:eligibility")
    register = turn.button("registration_help.continue", "flow:registration")
    return check, register, turn.menu_button()


__all__ = [
    "INTENTS",
    "LAST_INTENTS",
    "STATED_INTENTS",
    "TOPIC",
    "abroad",
    "answer",
    "asked_last",
    "follow_up",
    "stated",
]
