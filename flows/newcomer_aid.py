"""Other social assistance (PKH, BPNT, BLT, BSU, sembako ...) told or asked about by a newcomer
outside the check's own aid question: whether it matters. Since 2023 (the normal scheme) aid
recipients may join; in 2020–2022 they were excluded (DOMAIN.md "Eras"). Before (p23 probe):

- "apa krn saya dapet pkh?" after "not selected" was out of scope, and "saya ga lolos apa
  gara2 saya penerima bansos pkh?" got the quota answer alone: not the reason, then why;
- "cuma dapat sembako dari kelurahan" right after the check's verdict was out of scope;
- at a question of the check after the aid note, "BSU jg dapet tahun kemarin" was out of scope
  and "dulu katanya ga boleh" a miss: it did not matter, and the old rule told as old.

The check's own "are you on aid?" question (asked only in the era that excludes it) and its
family-card question (``flows.eligibility_kk_ahead``) read such answers themselves."""

from __future__ import annotations

import re

from flows.contact_centre_aside import pending, then_resume
from flows.eligibility_follow_ups import AID
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.runtime.machine import Flow, FlowTurn
from flows.variation import VARIATION
from flows.why_follow_ups import WHY

TOPIC = "newcomer_aid"
"""The answer's topic (``flows.last_answer``): "dulu katanya ga boleh" next is about it."""
MAX_WORDS = 25
_OWN_STEPS = ("bansos", "kk_count")
"""The check's questions that take aid as their answer."""

_RECEIVED = re.compile(
    r"\b(?:dapat|dapet|dpt|dapt|terima|nerima|menerima|penerima|diterima|receiv\w*|get|got|"
    r"ikut|cuma|hanya|juga|jg|pernah|lagi|masih|sedang|on)\b"
)
_ASKS = re.compile(
    r"\?|\b(?:apa|apakah|ngaruh|pengaruh|berpengaruh|masalah|boleh|bisa|bs|gimana|gmn|"
    r"does|do|can|matter)\b"
)
_CAUSE = re.compile(
    r"\b(?:krn|karena|karna|gara\W?\s?gara|gr2|gara2|sebab|makanya|because|due to)\b"
    r"|\b(?:ga|gak|gk|tidak|tdk|nggak|belum|blm|not)\s+(?:lolos|keterima|diterima|terpilih|"
    r"selected)\b"
)
"""The aid asked as the reason for not being selected."""
_OLD_RULE = re.compile(
    r"\b(?:dulu|dlu|dahulu|katanya|bukannya|kan|tahun lalu|used to|before)\b.*\b(?:ga|gak|gk|g|"
    r"nggak|ngga|tidak|tdk|ndak|gaboleh|gabisa|not|couldn'?t|can'?t)\s*(?:boleh|bisa|bs|blh|"
    r"allowed)?\b"
)
"""The old rule recalled ("dulu katanya ga boleh", "bukannya dulu gak bisa?")."""
_THEN = re.compile(r"\b(?:dulu|dlu|dahulu|dulunya|used to|back then|waktu pandemi|masa pandemi)\b")
"""Back then said outright: with aid named ("dulu penerima bansos ga boleh ikut kan?") the old
rule is recalled, not one's own aid told."""


def _lowered(turn: FlowTurn) -> str | None:
    text = " ".join((turn.message.text or "").lower().split())
    if turn.message.payload is not None or not text or len(text.split()) > MAX_WORDS:
        return None
    return text


def _line(turn: FlowTurn, text: str) -> str:
    allowed = turn.ctx.programme.era.social_assistance_allowed
    if not allowed:
        return turn.say("eligibility_step_asks.aid_excluded")
    if _CAUSE.search(text):
        return turn.say("newcomers.aid_not_reason")
    if _OLD_RULE.search(text) and (not AID.search(text) or _THEN.search(text)):
        return turn.say("newcomers.aid_old_rule")
    return turn.say("eligibility_step_asks.aid_allowed")


def _about_aid(turn: FlowTurn, text: str, aid_told: bool) -> bool:
    if AID.search(text):
        return bool(_RECEIVED.search(text) or _ASKS.search(text))
    return aid_told and bool(_OLD_RULE.search(text))


_READINGS = frozenset({"inform", "out_of_scope", "help", "registration_status", "greet",
                       "program_info", "benefits_info", "check_eligibility", "deny",
                       "affirm"})  # fmt: skip
"""What such a message is read as; another topic read surely ("insentif ke rekening pkh bisa?")
is left to its own answer."""


def _starts_check(turn: FlowTurn) -> bool:
    """ "aku penerima PKH, boleh ikut prakerja?" read surely as the check (it starts with the aid
    note, ``flows.eligibility``), or read surely as another topic."""
    message = turn.message
    lowered = (message.text or "").lower()
    if _THEN.search(lowered) and _OLD_RULE.search(lowered):  # "dulu ... ga boleh kan? sekarang
        return False  # gimana": the rule then and now, no check of one's own
    unsure = message.ambiguous or message.confidence < turn.ctx.programme.dialogue.min_confidence
    if message.intent is None or unsure:
        return False
    return message.intent == "check_eligibility" or message.intent not in _READINGS


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """Outside a flow: aid told or asked about ("apa krn saya dapet pkh?", "cuma dapat sembako
    dari kelurahan"), or the old rule recalled right after such an answer; else None."""
    text = _lowered(turn)
    if text is None or turn.session.flow is not None or _starts_check(turn):
        return None
    if len(turn.message.parts) > 1:  # "joki itu beneran? trus kalo dapet PKH bisa?": each
        return None
    if not _about_aid(turn, text, just_said(turn) == TOPIC):
        return None
    remember(turn, TOPIC)
    check = turn.button("eligibility.start", "flow:eligibility", means="yes")
    return [Outbound(_line(turn, text), (check, turn.menu_button()))]


def in_flow(flow: Flow, turn: FlowTurn) -> list[Outbound] | None:
    """At a question of the check (not its own aid or family-card question): aid told or asked
    about ("BSU jg dapet tahun kemarin"), or the old rule recalled once aid was told ("dulu
    katanya ga boleh"): answered, then the question again; else None."""
    state = pending(flow, turn) if flow.name == "eligibility" else None
    text = _lowered(turn)
    if state is None or text is None or state.name in _OWN_STEPS:
        return None
    if VARIATION.search(text):  # "kalo BLT?": "Sama saja" (``eligibility_follow_ups.asked``)
        return None
    if just_said(turn) == TOPIC and WHY.match(text):  # "kenapa?" right after: the rule's reason
        remember(turn, TOPIC)
        return then_resume(flow, state, turn, Outbound(turn.say(why_key(turn))))
    told = turn.slots.get("bansos") == "yes" or just_said(turn) == TOPIC
    if not _about_aid(turn, text, told):
        return None
    remember(turn, TOPIC)
    return then_resume(flow, state, turn, Outbound(_line(turn, text)))


def why_key(turn: FlowTurn) -> str:
    """Why aid recipients may (or may not) join: the era's scheme (DOMAIN.md "Eras")."""
    allowed = turn.ctx.programme.era.social_assistance_allowed
    return f"why_follow_ups.aid_{'allowed' if allowed else 'excluded'}"


__all__ = ["TOPIC", "answer", "in_flow", "why_key"]
