"""Side questions typed at a question of the eligibility check about someone else or the family
card, answered and the question asked again (``flows.contact_centre_aside.then_resume``).
Before, each was a miss ("Hmm, I didn't catch that answer") and three a person offered:

- a relative's age ("my mom is 65", "ibuku 65" after "I'm 64, can I join?"): that age against
  the rule (DOMAIN.md "Eligibility": 18–64), not the user's own;
- a relative's job or chances ("and my husband is a farmer", "suamiku petani", "what about my
  parents too?", "kalo ortu juga?"): the rules are each person's own (an excluded job of theirs
  excludes them, not the user); when the family card was named (here or in the check's
  opening: "can my brother and I both join? we're in the same KK"), its quota too;
- a relative's earlier Prakerja ("my sister already got it") at a question other than the
  family card's: it does not rule the user out unless their card is full;
- the family card's quota ("satu KK maksimal berapa?"): at most ``max_beneficiaries_per_kk``;
- a what-if about the user's own situation ("kalo karyawan bumn?", "kalo bulan depan aku 18?",
  "what about 64?"): ``flows.eligibility_what_ifs``, not the question's answer;
- "only once?" and working abroad ("aku tkw di taiwan"): ``flows.eligibility_side_topics``.
- the family card told of or asked about ahead ("di KK aku gak ada yg dapet bansos", "kk aku
  udh ada yg ikut prakerja blm ya"): ``flows.eligibility_kk_ahead``;
- put off ("ntar aja ya kak", "nanti lanjut ya"): a hold, the answers kept (``flows.form_pause``);
- an earlier answer put right ("ga, udah lulus" at the job question, "eh salah, cuma 1,
  kakakku aja"): ``flows.eligibility_step_fixes``; a rule asked ("kuliah itu termasuk yg lg
  skripsi ga?", "honorer itu termasuk asn?", "PKH berpengaruh?"): ``flows.eligibility_step_asks``.

Only a message with nothing about the user themselves: "bapak saya PNS, saya swasta" answers
the job question (``flows.eligibility_jobs.about_self``)."""

from __future__ import annotations

import re

from flows import (
    eligibility_checking,
    eligibility_kk_ahead,
    eligibility_kk_room,
    eligibility_limits,
    eligibility_nik_asks,
    eligibility_opening_asks,
    eligibility_others,
    eligibility_side_topics,
    eligibility_step_asks,
    eligibility_step_fixes,
    eligibility_what_ifs,
    form_pause,
)
from flows.contact_centre_aside import pending, then_resume
from flows.eligibility_card import SAME_CARD, more_than_quota
from flows.eligibility_jobs import SAME_KK, about_self, relative_job, relatives_received
from flows.eligibility_questions import HOMEMAKER, asks_kk_rule
from flows.eligibility_relatives import KIN, age_lines, kin_age, relative_answer
from flows.messages import Outbound
from flows.runtime import controls
from flows.runtime.machine import Flow, FlowTurn
from flows.variation import VARIATION

FLOW = "eligibility"
MAX_WORDS = 14
_CARD = re.compile(r"\b(?:kk|kartu keluarga|family card)\b")
_ASKING = frozenset(
    {"and", "dan", "sama", "what", "about", "how", "if", "kalo", "kalau", "klo", "kl", "gimana",
     "gmn", "bagaimana", "gmana", "terus", "trus", "trs", "then", "too", "also", "juga", "jg",
     "kak", "min", "can", "could", "may", "bisa", "boleh", "bs", "blh", "he", "she", "they",
     "dia", "mereka", "join", "ikut", "apply", "daftar", "both", "berdua", "same", "kk", "satu",
     "se", "in", "the", "a", "we", "were", "re", "are", "is", "on", "card", "family", "oh",
     "btw", "but", "tapi", "tp", "sih", "dong", "deh", "nya", "itu", "apa", "apakah", "still",
     "masih", "prakerja", "as", "well", "s", "eligible"}
)  # fmt: skip
"""Words left of a side question about relatives once their clauses are taken out ("and",
"what about ... too?"); any other word says something of the user (an answer: "yes, my
husband too" to "are you a citizen?")."""
_AGE_WORDS = frozenset(
    {"he", "she", "they", "dia", "beliau", "is", "s", "re", "are", "umur", "usia", "nya",
     "tahun", "thn", "years", "old"}
)  # fmt: skip
"""Also left with a relative's age ("what about my dad, he's 70?")."""


def answer(flow: Flow, turn: FlowTurn) -> list[Outbound] | None:
    """The side question's answer and the check's question again; else None."""
    state = pending(flow, turn) if flow.name == FLOW else None
    lowered = " ".join((turn.message.text or "").lower().split())
    if state is None or state.slot is None:
        return None
    short = len(lowered.split()) <= MAX_WORDS
    if short and form_pause.puts_off(turn.message, later=True):  # "ntar aja ya kak" at "WNI?"
        return [form_pause.hold(turn)]
    step = eligibility_step_fixes.said(turn, state, lowered)  # "ga, udah lulus" at the job
    step = step or (eligibility_kk_ahead.aside(turn, state, lowered) if short else None)
    step = step or eligibility_kk_room.aside(turn, state, lowered)  # "tinggal 1 slot dong?"
    step = step or eligibility_step_asks.said(turn, state, lowered)  # "honorer termasuk asn?"
    step = step or eligibility_opening_asks.said(turn, state, lowered)  # "dokumen apa saja?"
    step = step or eligibility_nik_asks.said(turn, lowered)  # "aman ga kasih NIK ke sini?"
    if step is not None:  # "di KK aku gak ada yg dapet bansos" the card's (above)
        return then_resume(flow, state, turn, Outbound(step))
    if not short:
        return None
    kin_job = _relative_job(turn, lowered)  # "suamiku PNS, ngaruh ga?": only one's own job
    if kin_job is not None:
        turn.session.profile[_KIN_JOB_TOLD] = turn.session.turns  # "maksudnya?" next: this
        return then_resume(flow, state, turn, Outbound(kin_job))
    if controls.asks_meaning(turn.message) and _kin_job_just_told(turn):
        meant = turn.say("eligibility.note.relative_job_meant")
        return then_resume(flow, state, turn, Outbound(meant))
    checking = eligibility_checking.answer(flow, state, turn, lowered)  # "aku bisa ikut ga?"
    if checking is not None:  # what the check finds out: the questions left, then this one
        return checking
    limits = eligibility_limits.aside(flow, state, turn, lowered)  # "emg batasnya brp"
    if limits is not None:  # at the age question, "syrtny apa aja": the rule, then this one
        return limits
    said = eligibility_side_topics.said(turn, state, lowered)  # "cuma sekali?", "aku tkw di
    said = said or eligibility_others.said(turn, lowered)  # "kalo adik aku umur 17 bisa ga"
    said = said or _said(turn, state.slot.name, lowered)  # taiwan": as outside the check
    return None if said is None else then_resume(flow, state, turn, Outbound(said))


def _said(turn: FlowTurn, pending_slot: str, lowered: str) -> str | None:
    per_kk = turn.ctx.programme.max_beneficiaries_per_kk
    if KIN.search(HOMEMAKER.sub(" ", lowered)) is None:  # "kalo direktur bumn?": the user's
        what_if = eligibility_what_ifs.said(turn, lowered)
        if what_if is not None:
            return what_if
    more = more_than_quota(turn, lowered)  # "anak saya juga mau, jadi bertiga dalam satu KK"
    if more is not None:
        return more
    if asks_kk_rule(lowered):  # "satu KK maksimal berapa?", "how many per family card?"
        return turn.say("eligibility.note.kk_rule", max_per_kk=per_kk)
    own = about_self(lowered)
    left = re.findall(r"[^\W_]+", own)
    if own == lowered and not (VARIATION.search(lowered) and len(left) <= 6):
        return None  # no relative's clause, and no "kalo adik?": the question reads it
    aged = kin_age(lowered)
    allowed = _ASKING | _AGE_WORDS | {str(aged[1])} if aged else _ASKING
    if any(word not in allowed and not KIN.fullmatch(word) for word in left):
        return None  # something of the user's own too: the question reads it
    received = relatives_received(lowered)
    if received:  # "my sister already got it": the card's question reads it
        if pending_slot == "kk_count":
            return None
        eligibility_kk_ahead.received(turn, lowered)  # said again before the card's question
        return turn.say("eligibility.note.relative", max_per_kk=per_kk)
    if KIN.search(HOMEMAKER.sub(" ", lowered)) is None:  # "kalo ibu rumah tangga?": the user
        return None
    return _about_relative(turn, lowered, per_kk)


_AFFECTS = frozenset(
    {"ngaruh", "pengaruh", "berpengaruh", "mempengaruhi", "memengaruhi", "masalah", "gpp",
     "gapapa", "aman", "kan", "ga", "gak", "gk", "nggak", "ngga", "tidak", "affect", "affects",
     "matter", "matters", "problem", "ok", "okay", "that", "does", "do", "will", "kena", "ikut"}
)  # fmt: skip
"""Words of a question whether a relative's job matters ("ngaruh ga?", "does that matter?")."""
_MATTERS = frozenset(
    {"ngaruh", "pengaruh", "berpengaruh", "mempengaruhi", "memengaruhi", "masalah", "gpp",
     "gapapa", "aman", "affect", "affects", "matter", "matters", "problem", "kena"}
)  # fmt: skip
"""One of them must ask it: "my husband is a police officer" alone tells his own chances."""


_KIN_JOB_TOLD = "eligibility_kin_job_told"
"""``session.profile``: the turn at which a relative's job was said not to count."""


def _kin_job_just_told(turn: FlowTurn) -> bool:
    """A relative's job was said not to count just before ("maksudnya?" asks about it)."""
    told = turn.session.profile.get(_KIN_JOB_TOLD)
    return isinstance(told, int) and told == turn.session.turns - 1


def _relative_job(turn: FlowTurn, lowered: str) -> str | None:
    """A relative's excluded job, with nothing of the user's own ("suamiku PNS, ngaruh ga?"):
    the job rule counts only one's own job (DOMAIN.md "Eligibility")."""
    if not relative_job(lowered):
        return None
    left = re.findall(r"[^\W_]+", about_self(lowered))
    if any(word not in _ASKING and word not in _AFFECTS for word in left):
        return None  # "bapak saya PNS, saya swasta": the job question reads it
    if not _MATTERS.intersection(left):
        return None  # "my husband is a police officer": his chances (``_said``)
    return turn.say("eligibility.note.relative_job")


def _about_relative(turn: FlowTurn, lowered: str, per_kk: int) -> str:
    """A relative's age against the rule, or their chances; the card's quota when named."""
    aged = kin_age(lowered)
    if aged is not None:
        return age_lines(turn, aged[1], aged[0])
    said = relative_answer(turn, lowered)
    if turn.slots.get(SAME_CARD) or _CARD.search(lowered) or SAME_KK.search(lowered):
        said += "\n\n" + turn.say("eligibility.note.kk_rule", max_per_kk=per_kk)
    return said


__all__ = ["answer"]
