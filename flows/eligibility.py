"""Eligibility: asks only what it needs, then explains every rule that failed and what to do.

Rules and era come from config (``programme``): ages, family-card quota, and whether other
social-assistance recipients may join (not in the semi-bansos era).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from flows import eligibility_age
from flows.eligibility_facts import (
    CITIZEN_SAID,
    GRADUATE_WORDS,
    GRADUATED,
    LISTED,
    NO_EXCLUDED_JOB,
    NOT_CITIZEN,
    about_self,
    facts,
    family_size_only,
    graduated,
    job,
    later_facts,
    studying,
)
from flows.eligibility_notes import notes
from flows.eligibility_situations import situations
from flows.messages import Button, Outbound
from flows.result import Invalid, Result, Valid
from flows.runtime import controls
from flows.runtime.machine import Flow, FlowTurn, Go, Option, Slot, Slots, State, yes_no_options
from flows.turn import Ask, FlowContext, Message
from flows.yes_no import asks_back, off_topic

FLOW = "eligibility"
OCCUPATIONS = ("none", "asn", "tni", "polri", "official", "dprd", "village", "bumn")


def _yes_no(*topic: str) -> Callable[[Message, Slots, FlowContext], Result]:
    """A yes or no about one fact; "lanjut" or a denial of something else ("ga kuliah" to "are
    you a citizen?") is asked again, not read as the answer (it gave wrong verdicts)."""
    words = frozenset(topic)

    def read(message: Message, _: Slots, __: FlowContext) -> Result:
        if message.payload is None and message.text and off_topic(message.text, words):
            return None
        answer = controls.answer_yes_no(message)
        return None if answer is None else Valid("yes" if answer else "no")

    return read


_CITIZEN = ("wni", "wna", "warga", "negara", "indonesia", "asing", "citizen", "ktp", "orang")


def _citizen(message: Message, slots: Slots, ctx: FlowContext) -> Result:
    """ "wni", "saya orang indonesia", "punya ktp" (yes); "wna", "ga punya ktp" (no): the
    answer named, not only "ya"/"tidak"."""
    lowered = (message.text or "").lower()
    if message.payload is None and not asks_back(lowered):
        if NOT_CITIZEN.search(lowered):
            return Valid("no")
        if CITIZEN_SAID.search(lowered) and not re.search(r"\b(?:ga|gak|tidak|bukan)\b", lowered):
            return Valid("yes")
    return _yes_no(*_CITIZEN)(message, slots, ctx)


_RECEIVED = ("dapat", "dapet", "dpt", "terima", "nerima", "menerima", "diterima", "penerima",
             "prakerja", "kartu", "ikut", "lolos", "received", "got", "joined")  # fmt: skip
_BANSOS = (*_RECEIVED, "bansos", "bantuan", "sosial", "pkh", "bpnt", "blt", "bst", "sembako")
_FACT = yes_no_options(typed=False)
_STUDY = frozenset(
    ("sekolah", "kuliah", "kampus", "sma", "smk", "smp", "lulus", "pelajar", "mahasiswa",
     "siswa", "masih", "student", "studying", "school")
)  # fmt: skip


def _occupation(message: Message, _: Slots, __: FlowContext) -> Result:
    lowered = about_self((message.text or "").lower())
    work = job(lowered)
    if work is not None:
        return Valid(work)
    return Valid("none") if NO_EXCLUDED_JOB.search(lowered) else None


def _school(message: Message, slots: Slots, __: FlowContext) -> Result:
    lowered = about_self((message.text or "").lower())
    if message.payload is None and off_topic(lowered, _STUDY):
        return None  # "ok", "lanjut aja": no "still studying"
    if GRADUATE_WORDS.search(lowered) and LISTED.search(lowered):
        return Valid("graduate_listed")
    if graduated(lowered):
        slots[GRADUATED] = True  # the verdict reminds of PDDikti/Dapodik
        return Valid("no")  # "udah lulus": the "udah" is no "yes, still studying"
    if re.fullmatch(r"(?:sudah|udah|udh|sdh|dah)(?: kak| min)?", lowered.strip(" .!")):
        return None  # "sudah" to "are you studying?": finished, or yes? asked again
    if re.search(r"\b(?:belum|blm|not yet) (?:lulus|graduated)\b", lowered):
        return Valid("yes")  # "blm lulus": still studying, whatever the "blm" says
    answer = controls.answer_yes_no(message)
    if answer is not None:
        return Valid("yes" if answer else "no")
    return Valid("yes") if studying(lowered) else None


def _kk_count(message: Message, _: Slots, ctx: FlowContext) -> Result:
    if family_size_only(message.text or ""):  # "ada 5 org di kk aku": not 5 recipients
        return Invalid("kk_members", miss=False)
    match = re.search(r"(?<!\d)(\d{1,2})(?!\d)", message.text or "")
    if match:
        count = int(match.group(1))
        return Valid(str(min(count, ctx.programme.max_beneficiaries_per_kk)))
    if re.search(
        r"\b(?:belum ada|tidak ada|gak ada|ga ada|nggak ada|none|no one|nobody|not anyone)\b",
        (message.text or "").lower(),
    ):
        return Valid("0")
    if controls.answer_yes_no(message) is False:
        return Valid("0")  # "ga", "belum", "blm pernah": nobody has
    return None


def failures(slots: Slots, ctx: FlowContext) -> list[str]:
    rules = ctx.programme
    found: list[str] = []
    years = int(slots.get("age", 0))
    if years < rules.min_age:
        found.append("too_young")
    elif years > rules.max_age:
        found.append("too_old")
    if slots.get("citizen") == "no":
        found.append("not_citizen")
    if slots.get("school") == "yes":
        found.append("student")
    elif slots.get("school") == "graduate_listed":
        found.append("graduate_listed")
    if slots.get("occupation", "none") != "none":
        found.append(f"occupation_{slots['occupation']}")
    if slots.get("previous") == "yes":
        found.append("previous")
    if int(slots.get("kk_count", "0")) >= rules.max_beneficiaries_per_kk:
        found.append("kk_full")
    if slots.get("bansos") == "yes" and not rules.era.social_assistance_allowed:
        found.append("bansos")
    return found


def known_failures(slots: Slots, ctx: FlowContext) -> list[str]:
    """The rules the facts given so far fail (a question not answered yet fails none)."""
    return failures({"age": ctx.programme.min_age, **slots}, ctx)


def _failed_already(slots: Slots, ctx: FlowContext) -> bool:
    """The opening message states a fact that fails a rule ("pns boleh ikut?", "umur 17 bisa
    daftar?"): that rule is the answer, now; "Cek ulang" runs the whole check. (Once the
    questions are under way, every rule is asked and every failed one explained, unless a
    ``HARD`` one fails.)"""
    return bool(known_failures(slots, ctx))


HARD = frozenset({"too_old", "not_citizen", "previous"})
"""Rules that neither time nor a change of situation will meet (a citizen with a NIK, the upper
age, once in a lifetime): one failed ends the check at once, the other questions moot. The
others (too young, school, job, the family card, social assistance) may change: the check goes
on, and the verdict names all that must change."""


def _hard_failed(slots: Slots, ctx: FlowContext) -> bool:
    return any(reason in HARD for reason in known_failures(slots, ctx))


FAILED_REASONS = "eligibility_failed"
"""The reasons of the last verdict (profile): what "kenapa?" right after it is told again."""


def _verdict(turn: FlowTurn) -> Ask[list[Outbound]]:
    """The failed rules; a graduate who was not asked whether still listed as a student is
    reminded of PDDikti/Dapodik (unless a rule that ends the check failed)."""
    failed = known_failures(turn.slots, turn.ctx)
    turn.slots["failed"] = failed
    turn.session.profile[FAILED_REASONS] = str(_failed_params(turn)["reasons"])
    graduate = turn.slots.get(GRADUATED) and turn.slots.get("school") == "no"
    if graduate and not HARD.intersection(failed):
        return [Outbound(turn.say("eligibility.note.graduated"))]
    return []
    yield


def _precheck(turn: FlowTurn) -> Ask[list[Outbound]]:
    """The opening message's facts are in the slots (the transitions decide); a situation it
    names that is no rule ("udah nikah boleh ikut?") is answered first."""
    said = notes(turn.message.text or "") if turn.message.payload is None else []
    age = eligibility_age.opening_note(turn, failed=_failed_already(turn.slots, turn.ctx))
    if turn.slots.get("occupation", "none") != "none":  # "udah kerja jadi PNS": the verdict says
        said = [key for key in said if key != "eligibility.note.employed"]
    if turn.slots.get("bansos") == "yes" and turn.ctx.programme.era.social_assistance_allowed:
        said.append("eligibility.note.bansos")  # "sy penerima PKH blh dftr?"
    per_kk = turn.ctx.programme.max_beneficiaries_per_kk
    lines = [*age, *(turn.say(key, max_per_kk=per_kk) for key in said)]
    return [Outbound("\n".join(lines))] if lines else []
    yield


def _failed_params(turn: FlowTurn) -> dict[str, object]:
    rules = turn.ctx.programme
    lines = [
        turn.say(
            f"eligibility.fail.{reason}",
            min_age=rules.min_age,
            max_age=rules.max_age,
            age=turn.slots.get("age", ""),
            max_per_kk=rules.max_beneficiaries_per_kk,
        )
        for reason in turn.slots.get("failed", [])
    ]
    if turn.message.payload is None:  # "TNI, tapi mau pensiun bulan depan": when it changes
        lines += [turn.say(key) for key in situations(turn.message.text or "")]
    return {"reasons": "\n".join(lines)}


def _eligible_params(turn: FlowTurn) -> dict[str, object]:
    era = turn.ctx.programme.era
    return {"years": era.years}


def _not_eligible_buttons(turn: FlowTurn) -> tuple[Button, ...]:
    return (turn.button("eligibility.check_again", "flow:eligibility"),)


def _eligible_buttons(turn: FlowTurn) -> tuple[Button, ...]:
    return (turn.button("eligibility.register_now", "flow:registration", means="yes"),)


def _semi_bansos(_: Slots, ctx: FlowContext) -> bool:
    return not ctx.programme.era.social_assistance_allowed


def _passed(slots: Slots, _: FlowContext) -> bool:
    return not slots.get("failed")


def _ask(name: str, slot: Slot, then: str, *extra: Go) -> State:
    """A question; a hard rule its answer fails ends the check (``HARD``)."""
    stop = Go("verdict", _hard_failed, "a hard rule failed")
    return State(name, slot=slot, go=(stop, *extra, Go(then)))


SCHOOL_OPTIONS = (
    Option("no", "eligibility.school.options.no"),
    Option("yes", "eligibility.school.options.yes"),
    Option("graduate_listed", "eligibility.school.options.graduate_listed"),
)
KK_OPTIONS = tuple(Option(str(n), f"eligibility.kk_count.options.n{n}") for n in (0, 1, 2))


ELIGIBILITY = Flow(
    name=FLOW,
    start="precheck",
    description="Checks the programme's rules and explains every one that failed.",
    prefill=facts,
    fills_ahead=True,
    reads_ahead=later_facts,
    states=(
        State(
            "precheck",
            action=_precheck,
            go=(Go("verdict", _failed_already, "the opening fails a rule"), Go("age")),
        ),
        _ask("age", Slot("age", eligibility_age.read, correctable=True), "citizen"),
        _ask("citizen", Slot("citizen", _citizen, _FACT), "school"),
        _ask("school", Slot("school", _school, SCHOOL_OPTIONS, correctable=True), "occupation"),
        _ask(
            "occupation",
            Slot(
                "occupation",
                _occupation,
                tuple(Option(o, f"eligibility.occupation.options.{o}") for o in OCCUPATIONS),
            ),
            "previous",
        ),
        _ask("previous", Slot("previous", _yes_no(*_RECEIVED), _FACT), "kk_count"),
        _ask(
            "kk_count",
            Slot("kk_count", _kk_count, KK_OPTIONS),
            "verdict",
            Go("bansos", _semi_bansos, "semi-bansos era"),
        ),
        _ask("bansos", Slot("bansos", _yes_no(*_BANSOS), _FACT), "verdict"),
        State(
            "verdict",
            action=_verdict,
            go=(Go("eligible", _passed, "every rule met"), Go("not_eligible")),
        ),
        State("eligible", final=True, params=_eligible_params, buttons=_eligible_buttons),
        State("not_eligible", final=True, params=_failed_params, buttons=_not_eligible_buttons),
    ),
)

__all__ = ["ELIGIBILITY", "facts", "failures", "known_failures"]
