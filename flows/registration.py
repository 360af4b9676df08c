"""Registration: consent first (UU PDP), then name, NIK, KK, date of birth, phone with OTP,
email, region from the NIK, a summary to confirm or edit; then the participant is created
(the data layer encrypts NIK/KK/phone/email) and linked to this chat, and the open wave offered.
The phone and the email, and what is (not) said about another account having them, are
``registration_contact``.

No consent, no personal data: the slots stay empty and nothing is written. Cancel clears them.
What the opening message gave ("mau daftar, nik 3273... nama Siti") is held aside, unused,
until consent; then those questions are not asked (``registration_given``).
"""

from __future__ import annotations

from datetime import date

from flows import registration_checks as checks
from flows import registration_region
from flows import validators as check
from flows.date_answers import age_from
from flows.formatting import long_date, mask_nik, mask_phone
from flows.last_answer import remember
from flows.messages import Button, Outbound
from flows.nik_taken_follow_ups import TOPIC as NIK_TAKEN
from flows.queries import CreateParticipant, NikRegistered, WaveQuery
from flows.registration_checks import OTP
from flows.registration_contact import (
    after_send,
    check_contact,
    missing,
    recheck,
    refusals,
    send_otp,
)
from flows.registration_given import use_given
from flows.registration_linked import has_account
from flows.runtime import controls
from flows.runtime.machine import Flow, FlowTurn, Go, Option, Slot, Slots, State, yes_no_options
from flows.turn import Ask, FlowContext

FLOW = "registration"

FIELDS = ("name", "nik", "kk", "dob", "phone", "email")
# What else to forget when a field is edited (it depends on the field).
DEPENDENTS = {"nik": ("dob", "region", "region_code", "nik_checked"), "phone": ("otp",)}


# -- actions ---------------------------------------------------------------------------------


def _check_nik(turn: FlowTurn) -> Ask[list[Outbound]]:
    if turn.slots.get("nik_checked") == "free":
        return []
    taken = yield NikRegistered(str(turn.slots["nik"]))
    turn.slots["nik_checked"] = "taken" if taken else "free"
    if taken:
        remember(turn, NIK_TAKEN)  # "trs gmn" next: the next steps
    return []


def _apply_edit(turn: FlowTurn) -> Ask[list[Outbound]]:
    forget(turn.slots, str(turn.slots.pop("edit_field", "")))
    return []
    yield


def forget(slots: Slots, field: str) -> None:
    """An answer to be given again: it, and what depends on it, forgotten."""
    for name in (field, *DEPENDENTS.get(field, ())):
        slots.pop(name, None)
    if field == "phone":
        slots.pop(OTP, None)


def _create(turn: FlowTurn) -> Ask[list[Outbound]]:
    slots, message = turn.slots, turn.message
    refused = yield from recheck(turn)
    if refused:
        return refused
    nik = str(slots["nik"])
    encoded = check.nik_birth_date(nik)
    participant_id = yield CreateParticipant(
        channel=message.channel,
        user_id=message.user_id,
        name=str(slots["name"]),
        nik=nik,
        kk=str(slots["kk"]),
        date_of_birth=date.fromisoformat(str(slots["dob"])),
        gender=encoded[1] if encoded else "M",
        phone=str(slots["phone"]),
        email=str(slots["email"]),
        region_code=str(slots.get("region_code") or nik[:4]),
        language=turn.lang,
        consent_version=turn.ctx.programme.consent_version,
    )
    if participant_id is None:
        slots["nik_checked"] = "taken"
        remember(turn, NIK_TAKEN)
        return []
    turn.session.participant_id = int(participant_id)
    turn.session.profile.pop("otp_sends", None)
    open_wave, next_wave = yield WaveQuery()
    if open_wave is not None:
        slots["wave"] = turn.say(
            "registration.wave_open",
            number=open_wave.number,
            closes=long_date(open_wave.closes_at, turn.lang),
        )
    elif next_wave is not None:
        slots["wave"] = turn.say(
            "registration.wave_next",
            number=next_wave.number,
            opens=long_date(next_wave.opens_at, turn.lang),
        )
    else:
        slots["wave"] = turn.say("registration.wave_none")
        slots["offer_notify"] = True
    return []


# -- prompt parameters and buttons ------------------------------------------------------------


def _region_params(turn: FlowTurn) -> dict[str, object]:
    code = str(turn.slots.get("region_code") or str(turn.slots.get("nik", ""))[:4])
    return {"region": check.region_name(code) or code}


def _summary_params(turn: FlowTurn) -> dict[str, object]:
    s = turn.slots
    encoded = check.nik_birth_date(str(s.get("nik", "")))
    gender = turn.say(f"registration.gender.{encoded[1] if encoded else 'M'}")
    return {
        "name": s.get("name", ""),
        "nik": mask_nik(str(s.get("nik", ""))),
        "kk": mask_nik(str(s.get("kk", ""))),
        "dob": long_date(date.fromisoformat(str(s["dob"])), turn.lang) if s.get("dob") else "",
        "gender": gender,
        "phone": mask_phone(str(s.get("phone", ""))),
        "email": s.get("email", ""),
        **_region_params(turn),
    }


def _done_params(turn: FlowTurn) -> dict[str, object]:
    return {
        "name": str(turn.slots.get("name", "")).split(" ")[0],
        "wave": turn.slots.get("wave", ""),
    }


def _done_buttons(turn: FlowTurn) -> tuple[Button, ...]:
    if turn.slots.get("offer_notify"):
        return (turn.button("registration.notify_me", "subscribe"),)
    return (turn.button("registration.how_to_join", "topic:waves"),)


def _taken_buttons(turn: FlowTurn) -> tuple[Button, ...]:
    return (
        turn.button("registration.account_help", "topic:account"),
        turn.button("common.talk_to_person", controls.HUMAN),
    )


def _consent_params(turn: FlowTurn) -> dict[str, object]:
    return {"version": turn.ctx.programme.consent_version}


def _too_young_params(turn: FlowTurn) -> dict[str, object]:
    return {"min_age": turn.ctx.programme.min_age}


def _too_young(slots: Slots, ctx: FlowContext) -> bool:
    born = date.fromisoformat(str(slots["dob"]))
    return age_from(born, date.today()) < ctx.programme.min_age


def _too_old_params(turn: FlowTurn) -> dict[str, object]:
    return {"max_age": turn.ctx.programme.max_age}


def _too_old(slots: Slots, ctx: FlowContext) -> bool:
    born = date.fromisoformat(str(slots["dob"]))
    return age_from(born, date.today()) > ctx.programme.max_age


SUMMARY_OPTIONS = (
    Option("confirm", "registration.summary.options.confirm", "yes"),
    Option("edit", "registration.summary.options.edit", "no"),
)
EDIT_OPTIONS = tuple(Option(f, f"slots.{f}") for f in FIELDS)


def _go(target: str, slot: str, value: object, label: str = "") -> Go:
    def guard(slots: Slots, _: FlowContext) -> bool:
        return slots.get(slot) == value

    return Go(target, guard, label or f"{slot} = {value}")


REGISTRATION = Flow(
    name=FLOW,
    start="consent",
    prefill=checks.given,
    description="Consent, identity, phone OTP, summary; creates the participant.",
    states=(
        State(
            "consent",
            Slot("consent", checks.consent, yes_no_options()),
            action=has_account,  # a chat linked to an account: no second one
            params=_consent_params,
            go=(_go("declined", "consent", "no", "no consent"), Go("use_given")),
        ),
        State("declined", final=True),
        State("use_given", action=use_given, go=(Go("name"),)),
        State(
            "name",
            Slot("name", checks.name, free_text=True, correctable=True, sensitive=True),
            go=(Go("nik"),),
        ),
        State("nik", Slot("nik", checks.nik, sensitive=True), go=(Go("check_nik"),)),
        State(
            "check_nik",
            action=_check_nik,
            go=(_go("nik_taken", "nik_checked", "taken", "NIK registered"), Go("kk")),
        ),
        State("nik_taken", final=True, buttons=_taken_buttons),
        State("kk", Slot("kk", checks.kk, sensitive=True), go=(Go("dob"),)),
        State(
            "dob",
            Slot("dob", checks.dob, correctable=True, sensitive=True),
            go=(
                Go("too_young", _too_young, "under min_age"),
                Go("too_old", _too_old, "over max_age"),
                Go("phone"),
            ),
        ),
        State("too_young", final=True, params=_too_young_params),
        State("too_old", final=True, params=_too_old_params),
        State(
            "phone",
            Slot("phone", checks.phone, request_contact=True, sensitive=True),
            go=(_go("email", "otp", "verified", "already verified"), Go("send_otp")),
        ),
        State(
            "send_otp",
            action=send_otp,
            go=after_send(),
        ),
        *refusals(),
        State(
            "otp",
            Slot("otp", checks.otp, (Option("resend", "registration.otp.options.resend"),)),
            go=(_go("send_otp", "otp", "resend", "resend"), Go("check_phone")),
        ),
        State(  # only now: whoever learns that the number has an account holds the phone
            "check_phone",
            action=check_contact("phone"),
            go=(missing("phone"), Go("email")),
        ),
        State(
            "email",
            Slot("email", checks.email, correctable=True, sensitive=True),
            go=(Go("check_email"),),
        ),
        State("check_email", action=check_contact("email"), go=(missing("email"), Go("region"))),
        State(
            "region",
            Slot("region", registration_region.region, yes_no_options()),
            params=_region_params,
            go=(_go("region_fix", "region", "no", "not my region"), Go("summary")),
        ),
        State(
            "region_fix",
            Slot("region_code", registration_region.region_fix, free_text=True),
            go=(Go("summary"),),
        ),
        State(
            "summary",
            Slot("summary", None, SUMMARY_OPTIONS),
            params=_summary_params,
            ask_again=True,
            go=(_go("edit", "summary", "edit", "edit"), Go("create")),
        ),
        State("edit", Slot("edit_field", checks.edit_field, EDIT_OPTIONS), go=(Go("apply_edit"),)),
        State("apply_edit", action=_apply_edit, go=(Go("name"),)),
        State(
            "create",
            action=_create,
            go=(
                _go("nik_taken", "nik_checked", "taken", "NIK registered meanwhile"),
                missing("phone"),
                missing("email"),
                Go("done"),
            ),
        ),
        State("done", final=True, params=_done_params, buttons=_done_buttons),
    ),
)
