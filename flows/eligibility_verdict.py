"""The eligibility check's verdict: which of the programme's rules the facts fail, the ones that
end the check at once (``HARD``), and how a verdict is told (every failed rule explained, with
what to do, or the way to register).

Rules and era come from config (``programme``): ages, family-card quota, and whether other
social-assistance recipients may join (not in the semi-bansos era)."""

from __future__ import annotations

import re

from flows import eligibility_adult_wave, eligibility_kk, eligibility_letdown, eligibility_minor
from flows.eligibility_age import AGE_EITHER
from flows.eligibility_facts import GRADUATED
from flows.eligibility_graduation import asked_key
from flows.eligibility_situations import FAILED_REASONS, LISTED, situations
from flows.last_answer import remember
from flows.messages import Button, Outbound
from flows.runtime.machine import FlowTurn, Slots
from flows.turn import Ask, FlowContext


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


def failed_already(slots: Slots, ctx: FlowContext) -> bool:
    """The opening message states a fact that fails a rule ("pns boleh ikut?", "umur 17 bisa
    daftar?"): that rule is the answer, now; "Cek ulang" runs the whole check. (Once the
    questions are under way, every rule is asked and every failed one explained, unless a
    ``HARD`` one fails.)"""
    return bool(known_failures(slots, ctx))


HARD = frozenset({"too_young", "too_old", "not_citizen", "previous"})
"""Rules whose failure ends the check at once, the other questions moot: those that neither time
nor a change of situation will meet (a citizen with a NIK, the upper age, once in a lifetime),
and the lower age, which only time meets (the verdict says when: at 18). The others (school,
job, the family card, social assistance) may change: the check goes on, and the verdict names
all that must change."""


def hard_failed(slots: Slots, ctx: FlowContext) -> bool:
    return any(reason in HARD for reason in known_failures(slots, ctx))


LISTED_RULES = frozenset({"student", "graduate_listed"})


LONG_OUT_OF_SCHOOL = 30
"""From this age a graduation is long past: no reminder of a stale PDDikti/Dapodik status (a
52-year-old who finished SD was told to check it)."""


def verdict(turn: FlowTurn) -> Ask[list[Outbound]]:
    """The failed rules; a graduate who was not asked whether still listed as a student is
    reminded of PDDikti/Dapodik (unless a rule that ends the check failed)."""
    failed = known_failures(turn.slots, turn.ctx)
    turn.slots["failed"] = failed
    yield from eligibility_adult_wave.look(turn, failed)  # 18 on the open wave's last day
    if failed:  # "yah gak bisa dong" next: kindly, with what can be done
        eligibility_letdown.record(turn, failed)
    turn.session.profile[FAILED_REASONS] = str(failed_params(turn)["reasons"])
    if "kk_full" in failed:  # "kalo beda KK?" next: the quota counts per card
        eligibility_kk.said(turn)
    elif LISTED_RULES.intersection(failed):  # "trs cara benerinnya gmn?" next: the fix
        remember(turn, LISTED)
    graduate = turn.slots.get(GRADUATED) and turn.slots.get("school") == "no"
    recent = int(turn.slots.get("age") or 0) < LONG_OUT_OF_SCHOOL  # no PDDikti at 52
    if graduate and recent and not HARD.intersection(failed):
        return [Outbound(turn.say("eligibility.note.graduated"))]
    return []


def failed_params(turn: FlowTurn) -> dict[str, object]:
    rules = turn.ctx.programme
    lines = [
        turn.say(
            f"eligibility.fail.{reason}",
            min_age=rules.min_age,
            max_age=rules.max_age,
            age=age_said(turn),
            max_per_kk=rules.max_beneficiaries_per_kk,
        )
        for reason in turn.slots.get("failed", [])
    ]
    if "too_young" in turn.slots.get("failed", []):  # "lahir 5 januari 2009": from when
        adult = eligibility_minor.adult_line(turn, int(turn.slots.get("age", 0)))
        adult = eligibility_adult_wave.line(turn) or adult  # the open wave joinable that day
        lines += [adult] if adult else []
    if turn.message.payload is None:  # "TNI, tapi mau pensiun bulan depan": when it changes
        lines += [turn.say(key) for key in situations(turn.message.text or "")]
    return {"reasons": "\n".join(lines)}


def age_said(turn: FlowTurn) -> object:
    """The age, or the two a year of birth gives ("10 atau 11")."""
    years, either = turn.slots.get("age", ""), turn.slots.get(AGE_EITHER)
    if isinstance(either, list) and len(either) == 2 and either[1] == years:
        return turn.say("eligibility.age_either", younger=either[0], older=either[1])
    return years


def eligible_params(turn: FlowTurn) -> dict[str, object]:
    era = turn.ctx.programme.era
    return {"years": era.years}


def not_eligible_buttons(turn: FlowTurn) -> tuple[Button, ...]:
    return (turn.button("eligibility.check_again", "flow:eligibility"),)


def eligible_buttons(turn: FlowTurn) -> tuple[Button, ...]:
    """ "Mau daftar sekarang?": a typed "ya" registers, a typed "ga" is taken too (the menu)."""
    register = turn.button("eligibility.register_now", "flow:registration", means="yes")
    return (register, turn.button("eligibility.later", "menu", means="no"))


def listed_fix(turn: FlowTurn) -> list[Outbound]:
    """How to stop counting as a student, asked right after such a verdict (DOMAIN.md
    "Eligibility"): the campus or school updates the status in PDDikti/Dapodik, another
    institution its own record; one still studying joins after graduating."""
    return [
        turn.reply("eligibility.note.listed_fix", *not_eligible_buttons(turn), turn.menu_button())
    ]


def listed_graduated(turn: FlowTurn) -> list[Outbound]:
    """ "kalo udah lulus?" right after such a verdict: yes, once PDDikti/Dapodik says so (a
    question about the rule's edge, "kalo udh sidang tapi blm wisuda?", gets its own answer)."""
    remember(turn, LISTED)  # "trus kapan bisa daftar?" next: still about it
    lowered = " ".join((turn.message.text or "").lower().split())
    if LISTED_STILL.search(lowered) and asked_key(lowered) is None:
        return listed_fix(turn)  # "udh lulus tp masih kedaftar di pddikti": not "Bisa" yet
    rule = asked_key(lowered)
    check = turn.button("eligibility.start", "flow:eligibility", means="yes")
    if rule is not None:
        return [turn.reply(f"invalid.{rule}", check, turn.menu_button())]
    key, min_age = "eligibility.note.after_graduating", turn.ctx.programme.min_age
    return [turn.reply(key, check, turn.menu_button(), min_age=min_age)]


LISTED_STILL = re.compile(
    r"\b(?:masih|msh|still)\b.{0,30}(?:pddikti|dapodik|terdaftar|tercatat|kedaftar|kecatat|"
    r"listed|aktif)"
)
"""Graduated but still listed ("udh lulus tp masih kedaftar di pddikti"): the fix first."""


def listed_when(turn: FlowTurn) -> list[Outbound]:
    """ "trus kapan bisa daftar?" right after such a verdict: once its failed rules are met."""
    reasons = str(turn.session.profile.get(FAILED_REASONS) or "")
    if not reasons:
        return listed_graduated(turn)
    remember(turn, LISTED)  # "kalo udah lulus?" next: still about it
    key, waves = "eligibility.note.when_after_verdict", turn.button("menu.waves", "topic:waves")
    return [turn.reply(key, waves, turn.menu_button(), reasons=reasons)]


def passed(slots: Slots, _: FlowContext) -> bool:
    return not slots.get("failed")


__all__ = [
    "FAILED_REASONS",
    "HARD",
    "LISTED",
    "age_said",
    "eligible_buttons",
    "eligible_params",
    "failed_already",
    "failed_params",
    "failures",
    "hard_failed",
    "known_failures",
    "listed_fix",
    "listed_graduated",
    "listed_when",
    "not_eligible_buttons",
    "passed",
    "verdict",
]
