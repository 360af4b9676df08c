"""Linking an account registered elsewhere to this chat: NIK and date of birth, then a code sent
by SMS to the phone on record; the chat identity is then linked, what the user had asked
for (balance, incentive, status, a course purchase) is answered, and broadcasts are offered once
if the participant does not receive them and this chat never opted out
(``flows.subscription_offer``).

No account enumeration: an unknown NIK and a wrong date of birth get the same "data tidak
cocok" reply, and both count as a failure of this chat (a date the NIK's digits do not encode
too: no local "digits 7 to 12" hint, ``_dob``). Since a NIK encodes the date of birth
(digits 7-12, DDMMYY, +40 to the day for women), that check is weak: the SMS code to the phone
on record is the real proof.

Abuse: failures are counted per chat, never per NIK, so that nobody can lock a NIK's owner out
by failing on it from other chats. ``link.max_failures`` failures of one chat within
``link.lockout_hours`` (data or five wrong codes, whatever NIKs it tried) lock linking in that
chat: one chat trying many NIKs, or guessing one NIK's date of birth, is refused. The count is
kept in the database under the chat's keyed index (no NIK, no chat id in the rows; it survives
an expired or erased session) and mirrored in the session to refuse at once. There is no
per-NIK lock: what it would stop, a date of birth guessed from many chats, the NIK gives away
anyway, and guessing the code is limited by the codes sent, five tries each: per chat and
per participant across all chats, counted apart so that a stranger's chat cannot use up the
owner's codes (``flows.otp_limits``: ``otp.sends_per_number`` per chat and account,
``otp.numbers_per_day`` accounts or numbers per chat, ``otp.number_max_sends`` per phone).
"""

from __future__ import annotations

import re
from datetime import date

from flows import account_code, link_account_dob, link_account_mismatch, otp_link_check
from flows import link_account_nik as nik_slips
from flows import registration_checks as checks
from flows import subscription_offer as updates
from flows import validators as check
from flows.date_answers import birth_date
from flows.formatting import mask_nik
from flows.messages import Button, Outbound
from flows.queries import (
    FindAccount,
    LinkAccount,
    ParticipantQuery,
    RecordLinkFailure,
    SetLanguage,
)
from flows.result import Invalid, Result, Valid
from flows.runtime import controls
from flows.runtime.machine import Flow, FlowTurn, Go, Slot, Slots, State
from flows.turn import Ask, FlowContext, Message, within_context_of

FLOW = "link_account"
LINK = "link"  # payload ``link:<request>``: link first, then answer <request>
CONTINUE = "continue"  # profile key: the request to answer once the flow has linked the chat
AFTER = "_after"  # slot: the request that led here (internal: never in handoff summaries)
FAILURES = "link_failures"  # profile key: epoch seconds of this chat's recent failures
LANGUAGE_CHOSEN = "language_chosen"  # profile key: the user switched language in this chat
NIK_SAID = "link_nik"  # profile key: [NIK, epoch seconds] a message gave before linking started
# (an impossible NIK is kept as "!<its invalid reason>": said when the NIK is asked for)
# Requests worth answering after linking (they needed the participant's data).
_RESUMABLE = re.compile(
    r"^(?:intent:(?:registration_status|training_balance|incentive_status)|enrol:\d+)$"
)


def link_payload(request: str | None) -> str:
    """The button payload that links this chat and then answers ``request`` (if resumable)."""
    if request and _RESUMABLE.match(request):
        return f"{LINK}:{request}"
    return f"flow:{FLOW}"


def _prefill(message: Message, _: FlowContext) -> Slots:
    payload = message.payload or ""
    request = payload.removeprefix(f"{LINK}:") if payload.startswith(f"{LINK}:") else ""
    return {AFTER: request} if _RESUMABLE.match(request) else {}


# -- a NIK given before linking started ------------------------------------------------------


def remember_nik(turn: FlowTurn) -> None:
    """Keep a valid NIK the message gives ("NIK sy 3578... tolong cek status"), so that linking
    offered in reply does not ask for it again (``_check`` uses it within the context window)."""
    given = turn.message.entity("nik")
    if given is None or turn.session.participant_id is not None:
        return
    found = check.nik(str(given))
    if isinstance(found, Valid):
        turn.session.profile[NIK_SAID] = [str(found.value), turn.message.at.timestamp()]
    elif isinstance(found, Invalid):  # "nik aku 3201234567890001" (no such date): said why
        turn.session.profile[NIK_SAID] = [f"!{found.reason}", turn.message.at.timestamp()]


def _said_nik(turn: FlowTurn) -> str | None:
    """The NIK remembered by ``remember_nik`` if it is recent; forgotten either way."""
    said = turn.session.profile.pop(NIK_SAID, None)
    if not isinstance(said, list) or len(said) != 2:
        return None
    nik, at = said
    return str(nik) if within_context_of(float(at), turn.message.at) else None


# -- failures and the lock-out ----------------------------------------------------------------


def _recent_failures(turn: FlowTurn) -> list[float]:
    window = turn.ctx.programme.link.lockout_hours * 3600
    now = turn.message.at.timestamp()
    profile = turn.session.profile
    kept = [float(t) for t in profile.pop(FAILURES, []) if now - float(t) < window]
    if kept:
        profile[FAILURES] = kept
    return kept


def _fail(turn: FlowTurn) -> None:
    """Count a failure of this chat; the slot ``locked`` says whether the limit is reached."""
    failures = [*_recent_failures(turn), turn.message.at.timestamp()]
    turn.session.profile[FAILURES] = failures
    if len(failures) >= turn.ctx.programme.link.max_failures:
        turn.slots["locked"] = True


# -- actions ---------------------------------------------------------------------------------


def _check(turn: FlowTurn) -> Ask[list[Outbound]]:
    said = _said_nik(turn)
    person = yield ParticipantQuery(turn.message.channel, turn.message.user_id)
    if person is not None:
        turn.session.participant_id = person.id
        turn.slots["already"] = True
    elif len(_recent_failures(turn)) >= turn.ctx.programme.link.max_failures:
        turn.slots["locked"] = True
    elif said is not None and said.startswith("!"):  # an impossible NIK given before: why,
        return [Outbound(turn.say(f"invalid.{said[1:]}"))]  # then the NIK asked for again
    elif said is not None:  # given before linking started: not asked again, but said
        turn.slots["nik"] = said
        return [turn.reply("link_account.nik_noted", nik=mask_nik(said))]
    return []


def _find(turn: FlowTurn) -> Ask[list[Outbound]]:
    rules = turn.ctx.programme.link
    found = yield FindAccount(
        turn.message.channel,
        turn.message.user_id,
        str(turn.slots["nik"]),
        date.fromisoformat(str(turn.slots["dob"])),
        max_failures=rules.max_failures,
        window_seconds=rules.lockout_hours * 3600,
    )
    if found.outcome == "matched":
        turn.slots["participant"] = int(found.participant_id)
    elif found.outcome == "locked":  # this chat's failures the session no longer remembers
        turn.slots["locked"] = True
    else:
        _fail(turn)
        link_account_mismatch.note(turn)  # "lho ga ketemu?" next: what must match
    return []


def _send_otp(turn: FlowTurn) -> Ask[list[Outbound]]:
    return (
        yield from account_code.send(turn, int(turn.slots["participant"]), "link_account.otp_sent")
    )


def _otp_failed(turn: FlowTurn) -> Ask[list[Outbound]]:
    yield RecordLinkFailure(turn.message.channel, turn.message.user_id, "otp")
    _fail(turn)
    return []


def _link(turn: FlowTurn) -> Ask[list[Outbound]]:
    participant_id = int(turn.slots["participant"])
    channel, user_id, session = turn.message.channel, turn.message.user_id, turn.session
    yield LinkAccount(channel, user_id, participant_id)
    if session.profile.get(LANGUAGE_CHOSEN):  # chosen before linking: now it can be saved
        yield SetLanguage(channel, user_id, session.language)
    session.participant_id = participant_id
    session.profile.pop("otp_sends", None)
    session.profile.pop(FAILURES, None)
    if turn.slots.get(AFTER):
        session.profile[CONTINUE] = str(turn.slots[AFTER])
    linked = yield ParticipantQuery(channel, user_id)
    yield from updates.note_due(turn, linked)  # broadcasts, offered once
    return []


# -- validators, prompt parameters and buttons ------------------------------------------------


def _dob(message: Message, slots: Slots, ctx: FlowContext) -> Result:
    """The date of birth, read as the registration reads it but never checked here against the
    NIK's digits: a date the NIK does not encode goes to the account look-up, which answers
    "data tidak cocok" like any miss and counts it against this chat (``link.max_failures``).
    Before, a local pre-check answered "doesn't match your NIK (digits 7 to 12)" as often as
    asked, uncounted: a stranger holding someone's NIK was taught where its date of birth is."""
    result = checks.dob(message, slots, ctx)
    if not isinstance(result, Invalid) or result.reason != "dob_mismatch":
        return result
    slots.pop(checks.REFUSED, None)  # no "why refused" about the NIK's digits either
    found = message.entity("date")
    born = birth_date(str(found) if found else checks.spaced_date(message.text or ""))
    return Valid(born.value.isoformat()) if isinstance(born, Valid) else born


def _lock_params(turn: FlowTurn) -> dict[str, object]:
    hours = turn.ctx.programme.link.lockout_hours
    return {"hours": int(hours) if hours == int(hours) else hours}


def _person(turn: FlowTurn) -> Button:
    return turn.button("common.talk_to_person", controls.HUMAN)


def _mismatch_buttons(turn: FlowTurn) -> tuple[Button, ...]:
    return (
        turn.button("link_account.try_again", link_payload(turn.slots.get(AFTER))),
        turn.button("registration.start", "flow:registration"),
        _person(turn),
    )


def _person_buttons(turn: FlowTurn) -> tuple[Button, ...]:
    return (_person(turn),)


def _go(target: str, slot: str, value: object = True, label: str = "") -> Go:
    def guard(slots: Slots, _: FlowContext) -> bool:
        return slots.get(slot) == value

    return Go(target, guard, label or slot)


LINK_ACCOUNT = Flow(
    name=FLOW,
    start="check",
    description="NIK and date of birth, an SMS code to the phone on record; links this chat.",
    prefill=_prefill,
    states=(
        State(
            "check",
            action=_check,
            go=(
                _go("already", "already", label="chat already linked"),
                _go("locked", "locked", label="too many failures"),
                Go("nik"),
            ),
        ),
        State("already", final=True),
        State("nik", Slot("nik", nik_slips.nik, sensitive=True), go=(Go("dob"),)),
        State("dob", Slot("dob", link_account_dob.century(_dob), sensitive=True), go=(Go("find"),)),
        State(
            "find",
            action=_find,
            go=(
                _go("locked", "locked", label="too many failures"),
                _go("mismatch", "mismatch", label="no such NIK + date of birth"),
                Go("send_otp"),
            ),
        ),
        State("mismatch", final=True, buttons=_mismatch_buttons),
        State("locked", final=True, params=_lock_params, buttons=_person_buttons),
        State(
            "send_otp",
            action=_send_otp,
            go=account_code.after_send("otp"),
        ),
        *account_code.refusals(_person_buttons),
        State(
            "otp",
            account_code.code_slot(otp_link_check.link_check),
            go=(
                _go("send_otp", "otp", "resend", "resend"),
                _go("otp_failed", "otp", "failed", "too many wrong codes"),
                Go("link"),
            ),
        ),
        State(
            "otp_failed",
            action=_otp_failed,
            go=(_go("locked", "locked", label="too many failures"), Go("otp_rejected")),
        ),
        State("otp_rejected", final=True, buttons=_mismatch_buttons),
        State("link", action=_link, go=(Go("linked"),)),
        State("linked", final=True),
    ),
)
