"""Eligibility: asks only what it needs, then explains every rule that failed and what to do.

The questions' typed answers are read in ``flows.eligibility_answers`` (the age in
``flows.eligibility_age``), facts given ahead of their question in ``flows.eligibility_facts``
(a year of birth in the opening message in ``flows.eligibility_birth_year``);
the rules, the ones that end the check at once and the verdict in ``flows.eligibility_verdict``.
"""

from __future__ import annotations

from dataclasses import replace

from flows import (
    eligibility_age,
    eligibility_at_home,
    eligibility_birth_date,
    eligibility_birth_year,
    eligibility_card,
    eligibility_courses,
    eligibility_disability,
    eligibility_for_relative,
    eligibility_kk,
    eligibility_kk_ahead,
    eligibility_nik,
    eligibility_opening_asks,
    eligibility_redo,
    eligibility_requirements,
)
from flows import eligibility_answers as answers
from flows import eligibility_verdict as verdict
from flows.eligibility_facts import facts, later_facts
from flows.eligibility_jobs import SAME_KK, relatives_received
from flows.eligibility_notes import notes
from flows.eligibility_verdict import failures, known_failures
from flows.messages import Outbound
from flows.runtime.machine import Flow, FlowTurn, Go, Option, Slot, Slots, State, yes_no_options
from flows.turn import Ask, FlowContext, Message

FLOW = "eligibility"
OCCUPATIONS = ("none", "asn", "tni", "polri", "official", "dprd", "village", "bumn")
_FACT = yes_no_options(typed=False)
_ROOM = "eligibility.note.kk_room"
_SPOUSE = "eligibility.note.spouse_own_nik"


def _precheck(turn: FlowTurn) -> Ask[list[Outbound]]:
    """The opening message's facts are in the slots (the transitions decide); a situation it
    names that is no rule ("udah nikah boleh ikut?") is answered first. After a correction of
    a "not eligible" verdict ("eh salah ketik, 27 maksudnya") the answers given before and the
    corrected one are taken back (``flows.eligibility_redo``)."""
    redo = eligibility_redo.restored(turn) or eligibility_for_relative.restored(turn)
    if redo:  # "63" right after "bapakku umur 63 bisa daftar ga": the check for him
        return [Outbound("\n".join(redo))]
    said = notes(turn.message.text or "") if turn.message.payload is None else []
    failed = verdict.failed_already(turn.slots, turn.ctx)
    age = eligibility_age.opening_note(turn, failed=failed)
    age += eligibility_birth_year.opening_note(turn, failed=failed)  # "lahir 2007 boleh?"
    age += eligibility_nik.opening_note(turn, failed=failed)  # "3273... kenapa ga bisa daftar?"
    age += eligibility_birth_date.opening(turn)  # "17-08-2008", then "itu tgl lahir aku"
    if turn.slots.get("occupation", "none") != "none":  # "udah kerja jadi PNS": the verdict says
        said = [key for key in said if key != "eligibility.note.employed"]
    if turn.slots.get("citizen") == "no":  # "can foreigners join? I'm married to an Indonesian"
        said = [_SPOUSE if key == "eligibility.note.married" else key for key in said]  # not "fine"
    if turn.slots.get("bansos") == "yes" and turn.ctx.programme.era.social_assistance_allowed:
        said.append("eligibility.note.bansos")  # "sy penerima PKH blh dftr?"
    per_kk = turn.ctx.programme.max_beneficiaries_per_kk
    count = _on_card(turn)
    if 0 < count < per_kk:  # "adikku udah dapet, satu KK": room for the user
        said = [_ROOM if key == "eligibility.note.relative" else key for key in said]
    if turn.slots.get("kk_count") == str(per_kk):  # the card full: no "tidak membuatmu gugur"
        said = [key for key in said if key != "eligibility.note.relative"]  # before the verdict
    lines = [*age, *(turn.say(key, max_per_kk=per_kk, count=count) for key in said)]
    lines += eligibility_opening_asks.lines(turn)  # "cuma lulusan SD, apa bisa ikut?"
    lines += eligibility_disability.opening(turn, _typed(turn))  # "penyandang tuna daksa"
    card = eligibility_card.opening(turn, _typed(turn))  # "my brother and I both? same KK"
    lines += card
    if card or {"eligibility.note.relative", _ROOM} & set(said):  # "kalo beda KK?" next
        eligibility_kk.said(turn)
    if lines or any(turn.slots.get(name) is not None for name in _RULE_SLOTS):
        return [Outbound("\n".join(lines))] if lines else []
    return eligibility_requirements.opening(turn)  # "syarat ikut prakerja apa aja?": the list
    yield


_RULE_SLOTS = ("age", "citizen", "school", "occupation", "previous", "kk_count", "bansos")
"""The check's answers: one given in the opening makes it a check of one's own, no list."""


def _typed(turn: FlowTurn) -> str:
    """The opening message, lower-cased; empty when a button started the check."""
    text = turn.message.text if turn.message.payload is None else None
    return " ".join((text or "").lower().split())


def _on_card(turn: FlowTurn) -> int:
    """Relatives the opening says received Prakerja on the user's own card (others on it are
    asked in their turn); 0 when none or no card is named."""
    lowered = _typed(turn)
    return (relatives_received(lowered) or 0) if SAME_KK.search(lowered) else 0


def _verdict(turn: FlowTurn) -> Ask[list[Outbound]]:
    """The verdict; the answers kept, so a correction next judges them again."""
    eligibility_redo.keep(turn)
    return (yield from verdict.verdict(turn))


def _studying(slots: Slots, _: FlowContext) -> bool:
    return slots.get("school") in ("yes", "graduate_listed")


def _student_noted(turn: FlowTurn) -> Ask[list[Outbound]]:
    """A "ya" to "are you studying?" said to be taken as still studying, a rule not met, before
    the next question (the check goes on to name every rule that fails): the next question
    alone read as if the "ya" were ignored."""
    key = f"eligibility.school.noted_{turn.slots.get('school')}"
    return [Outbound(turn.say(key))]
    yield


def _age_asked(slots: Slots, _: FlowContext) -> bool:
    return slots.get(eligibility_age.ASKED) is True


def _age_noted(turn: FlowTurn) -> Ask[list[Outbound]]:
    """An age given as a question at the age question ("kalo aku udah 50 th?"): said to meet
    the rule before the next question (one that fails it ended the check)."""
    turn.slots.pop(eligibility_age.ASKED, None)
    rules = turn.ctx.programme
    limits = {"min_age": rules.min_age, "max_age": rules.max_age}
    return [Outbound(turn.say("eligibility.note.age_ok", age=verdict.age_said(turn), **limits))]
    yield


def _course(slots: Slots, _: FlowContext) -> bool:
    return slots.get(eligibility_courses.MARKER) is True


def _course_noted(turn: FlowTurn) -> Ask[list[Outbound]]:
    """A course at an LPK named to "are you studying?": no formal education, said so."""
    return [Outbound(turn.say("eligibility.school.noted_course"))]
    yield


def _opening_facts(message: Message, ctx: FlowContext) -> Slots:
    said = eligibility_birth_year.opening_facts(message, ctx)
    said = eligibility_opening_asks.without_excluded(message, said)  # "satpol pp non asn"
    return eligibility_courses.without_course(message, said)  # "kursus di LPK, sekolah?"


def _later_facts(message: Message, ctx: FlowContext) -> Slots:
    said = eligibility_opening_asks.without_excluded(message, later_facts(message, ctx))
    said = eligibility_at_home.ahead(message, said)  # "saya irt aja": not at school
    return eligibility_courses.without_course(message, said)


def _semi_bansos(_: Slots, ctx: FlowContext) -> bool:
    return not ctx.programme.era.social_assistance_allowed


def _ask(name: str, slot: Slot, then: str, *extra: Go) -> State:
    """A question; a hard rule its answer fails ends the check (``HARD``). Any question also
    answers one about graduates still listed as students, and says a fact told again is noted
    (``answers.asked_or_noted``)."""
    stop = Go("verdict", verdict.hard_failed, "a hard rule failed")
    read = answers.asked_or_noted(slot.validate, name) if slot.validate else slot.validate
    return State(name, slot=replace(slot, validate=read), go=(stop, *extra, Go(then)))


SCHOOL_OPTIONS = (
    Option("no", "eligibility.school.options.no"),
    Option("yes", "eligibility.school.options.yes"),
    Option("graduate_listed", "eligibility.school.options.graduate_listed"),
)
_KK_TOLD = Go("kk_noted", eligibility_kk_ahead.told, "the card told of before")
KK_OPTIONS = tuple(Option(str(n), f"eligibility.kk_count.options.n{n}") for n in (0, 1, 2))


ELIGIBILITY = Flow(
    name=FLOW,
    start="precheck",
    description="Checks the programme's rules and explains every one that failed.",
    prefill=_opening_facts,
    fills_ahead=True,
    reads_ahead=_later_facts,
    states=(
        State(
            "precheck",
            action=_precheck,
            go=(Go("verdict", verdict.failed_already, "the opening fails a rule"), Go("age")),
        ),
        _ask(
            "age",
            Slot("age", answers.age, correctable=True),
            "citizen",
            Go("age_noted", _age_asked, "an age asked about"),
        ),
        State("age_noted", action=_age_noted, go=(Go("citizen"),)),
        _ask("citizen", Slot("citizen", answers.citizen, _FACT), "school"),
        _ask(
            "school",
            Slot("school", answers.school, SCHOOL_OPTIONS, correctable=True),
            "occupation",
            Go("school_noted", _studying, "still a student"),
            Go("course_noted", _course, "a course, no school"),
        ),
        State("school_noted", action=_student_noted, go=(Go("occupation"),)),
        State("course_noted", action=_course_noted, go=(Go("occupation"),)),
        _ask(
            "occupation",
            Slot(
                "occupation",
                answers.occupation,
                tuple(Option(o, f"eligibility.occupation.options.{o}") for o in OCCUPATIONS),
            ),
            "previous",
        ),
        _ask("previous", Slot("previous", answers.previous, _FACT), "kk_count", _KK_TOLD),
        State("kk_noted", action=eligibility_kk_ahead.noted, go=(Go("kk_count"),)),
        _ask(
            "kk_count",
            Slot("kk_count", answers.kk_count, KK_OPTIONS),
            "verdict",
            Go("bansos", _semi_bansos, "semi-bansos era"),
        ),
        _ask("bansos", Slot("bansos", answers.bansos, _FACT), "verdict"),
        State(
            "verdict",
            action=_verdict,
            go=(Go("eligible", verdict.passed, "every rule met"), Go("not_eligible")),
        ),
        State(
            "eligible",
            final=True,
            params=verdict.eligible_params,
            buttons=verdict.eligible_buttons,
        ),
        State(
            "not_eligible",
            final=True,
            params=verdict.failed_params,
            buttons=verdict.not_eligible_buttons,
        ),
    ),
)

__all__ = ["ELIGIBILITY", "facts", "failures", "known_failures"]
