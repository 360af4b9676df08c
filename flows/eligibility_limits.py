"""The eligibility rules asked about in short words, in the check or right after an answer
(DOMAIN.md "Eligibility"). Before, each was a miss, the help menu or the check started again:

- the requirements asked with a misspelt or unsure reading ("syrtny apa aja", "apa aja
  syaratny"): the list (``flows.eligibility_requirements``), then the pending question again;
  outside the check the check starts with the list, as "syaratnya apa aja" does;
- the age limits ("emg batasnya brp" at the age question, "maksimal umur brp", "umur minimal
  brp"): 18–64, then the pending question again; right after a verdict on one's age too
  (elsewhere outside the check "batas umur prakerja berapa" is the NLU's, ``kb.age_limit``);
- "apa aku ga layak ya" right after a "not eligible" verdict: the rules that failed again, not
  the check started again; right after the answer that one was not selected: not being
  selected is no ineligibility (a wave oversubscribed selects at random among eligible
  applicants), the reason is in Riwayat Gelombang, and the check is offered (a button).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from flows.contact_centre_aside import then_resume
from flows.eligibility_letdown import carry, just_failed
from flows.eligibility_requirements import asks_list, requirements
from flows.eligibility_situations import FAILED_REASONS
from flows.follow_up_answers import NOT_SELECTED
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.runtime.machine import Flow, FlowTurn, State
from flows.turn import Ask, Step

FLOW = "eligibility"
MAX_WORDS = 10
_LIMIT = re.compile(
    r"\b(?:batas\w*|bts\w*|maks(?!ud)\w*|max\w*|minimal\w*|minimum|minim|limit\w*|"
    r"paling (?:tua|muda))\b"
)
"""A limit named ("batasnya", "maksimal", "umur minimal"); not "maksudnya?" (what is meant)."""
_AGE = re.compile(r"\b(?:umur\w*|usia\w*|age|ages|old)\b")
_ASK = re.compile(r"\?|\b(?:berapa|brp|brapa|brpa|berapakah|brapakah|what|how|apa)\b")
_OTHER_LIMIT = re.compile(
    r"\b(?:kk|kartu keluarga|family card|orang|penerima|waktu|hari|jam|tanggal|tgl|kapan|"
    r"saldo|insentif|pelatihan|kursus|harga|rupiah|rp|ribu|rb|juta|jt|beli|kuota|gelombang|"
    r"daftar|deadline|otp|kode|resend|kirim)\b"
)
"""Another limit ("batas waktu", "KK maksimal berapa", "maksimal beli berapa"): not the age."""
_INELIGIBLE = re.compile(
    r"\b(?:(?:ga|gak|gk|g|nggak|ngga|enggak|engga|tidak|tdk|tak|ndak|gk)\s*"
    r"(?:layak|memenuhi syarat|penuhi syarat|memenuhi|eligible|qualified|masuk syarat)"
    r"|not eligible|ineligible|gugur)\b"
)
"""Asked whether one is not eligible ("apa aku ga layak ya", "berarti aku gak memenuhi")."""
_CANNOT = re.compile(
    r"\b(?:ga|gak|gk|g|nggak|ngga|enggak|engga|tidak|tdk|tak|ndak)\s*(?:bisa|bs|boleh|blh)\s*"
    r"(?:lolos|ikut|daftar|dapet|dapat|dpt|keterima|diterima|gabung|join)\b"
)
"""The consequence asked right after a "not eligible" verdict ("berarti aku ga bisa lolos ya")."""
_QUESTION = re.compile(r"\?|\b(?:berapa|apa|apakah|gimana|bagaimana|kapan|siapa|what|how|which)\b")
"""The words with which ``flows.digression`` answers the check's own question as a question."""
_AGE_RULES = frozenset({"too_young", "too_old"})
_UNSURE_TOPICS = frozenset({"help", "out_of_scope", "benefits_info", "inform", "greet"})
"""Readings of the requirements asked that name no topic of their own ("syrtny apa aja": help)."""

Start = Callable[[FlowTurn, str], Step]


def asks_age_limit(lowered: str, implied: bool = False) -> bool:
    """The age limits asked ("umur minimal brp"); with ``implied`` (the age question pending,
    a verdict on one's age just given) a bare limit too ("emg batasnya brp")."""
    if not lowered or len(lowered.split()) > MAX_WORDS or re.search(r"\d", lowered):
        return False  # "umur 17, batasnya brp?": the age question reads the age
    if not _LIMIT.search(lowered) or not _ASK.search(lowered) or _OTHER_LIMIT.search(lowered):
        return False
    return implied or bool(_AGE.search(lowered))


def age_rule(turn: FlowTurn) -> str:
    rules = turn.ctx.programme
    return turn.say("eligibility.limits.age", min_age=rules.min_age, max_age=rules.max_age)


def aside(flow: Flow, state: State, turn: FlowTurn, lowered: str) -> list[Outbound] | None:
    """In the check: the requirements or the age limits asked, then the question again."""
    if flow.name != FLOW:
        return None
    if _digression_lists(turn, lowered):  # "umur berapa ya batasnya?": the whole list
        return None
    if asks_age_limit(lowered, implied=_after_age(state, turn)):
        return then_resume(flow, state, turn, Outbound(age_rule(turn)))
    if asks_list(lowered):
        return then_resume(flow, state, turn, Outbound(requirements(turn)))
    return None


def _after_age(state: State, turn: FlowTurn) -> bool:
    """The age asked, or the question after it with the age given: a bare "batasnya brp" is
    about the age."""
    return state.name == "age" or (state.name == "citizen" and turn.slots.get("age") is not None)


def _digression_lists(turn: FlowTurn, lowered: str) -> bool:
    """The check's own reading with a question word: ``flows.digression`` lists the rules (and
    says so when they were listed just before), the age limits among them."""
    message = turn.message
    sure = message.confidence >= turn.ctx.programme.dialogue.min_confidence
    own = message.intent in ("check_eligibility", "register") and sure and not message.ambiguous
    return own and bool(_QUESTION.search(lowered))


def answer(turn: FlowTurn, start: Start) -> Ask[list[Outbound] | None]:
    """Outside the check: the rules asked in short words, else None (a reader of
    ``flows.route_readers``); ``start`` starts the check with the list."""
    message = turn.message
    if message.payload is not None or not message.text or turn.session.flow is not None:
        return None
    lowered = " ".join(message.text.lower().split())
    failed = just_failed(turn)
    ineligible = _INELIGIBLE.search(lowered) or _CANNOT.search(lowered)
    if failed is not None and ineligible and len(lowered.split()) <= MAX_WORDS:
        return _still_failed(turn)
    if just_said(turn) == NOT_SELECTED and _INELIGIBLE.search(lowered):
        return _not_selected(turn)
    if failed and _AGE_RULES.intersection(failed) and asks_age_limit(lowered, implied=True):
        carry(turn)  # "yah" next: still about the verdict
        check = turn.button("eligibility.start", "flow:eligibility", means="yes")
        return [Outbound(age_rule(turn), (check, turn.menu_button()))]
    unsure = message.confidence < turn.ctx.programme.dialogue.min_confidence
    if asks_list(lowered) and (unsure or message.ambiguous or message.intent in _UNSURE_TOPICS):
        return (yield from start(turn, "check_eligibility"))  # the list, then the first question
    return None


def _still_failed(turn: FlowTurn) -> list[Outbound] | None:
    """The verdict's failed rules said again, not the check started again."""
    reasons = str(turn.session.profile.get(FAILED_REASONS) or "")
    if not reasons:
        return None
    carry(turn)
    again = turn.button("eligibility.check_again", "flow:eligibility")
    said = turn.reply("eligibility.limits.still_failed", again, turn.menu_button(), reasons=reasons)
    return [said]


def _not_selected(turn: FlowTurn) -> list[Outbound]:
    """Not selected is not ineligible: the reason in Riwayat Gelombang, the check offered."""
    remember(turn, NOT_SELECTED)  # "alasannya apa" next: still the selection
    check = turn.button("eligibility.start", "flow:eligibility", means="yes")
    return [turn.reply("eligibility.limits.not_selected", check, turn.menu_button())]


__all__ = ["age_rule", "answer", "aside", "asks_age_limit"]
