""" "Hapus data saya" (UU PDP): explain what is erased, confirm, then the request is recorded in
the audit log and the participant's personal data is anonymised at once. A chat linked to a
participant account first proves again that it holds the account (a code to the phone on record,
``account_code``): the erasure cannot be undone."""

from __future__ import annotations

import math
import re
from collections.abc import Callable

from flows import account_code, deletion_link, deletion_scope, deletion_timing
from flows.deletion_link import SCOPE
from flows.deletion_scope import wants_erasure as wants_erasure  # imported from here too
from flows.durations import hours
from flows.last_answer import just_said
from flows.messages import Button, Outbound
from flows.queries import SetSubscription
from flows.result import Invalid, Result, Valid
from flows.runtime import controls
from flows.runtime.machine import Flow, FlowTurn, Go, Option, Slot, Slots, State, yes_no_options
from flows.turn import Ask, FlowContext, Message
from flows.yes_no import asks_back, asks_something

FLOW = "data_deletion"


PRIVACY_INTENTS = ("delete_my_data", "account_access", "out_of_scope", "help", "bot_challenge",
                   "program_info")  # fmt: skip
"""The intents a question about how data is kept is read as (a report of misuse is a
complaint)."""
_ABOUT_DATA = re.compile(
    r"\bdata\w*\b.{0,40}\b(?:aman|bocor|disebar\w*|dijual|disalahgunakan|safe|secure|leak\w*)\b"
    r"|\b(?:privasi|privacy)\b"
)


_ERASED_TOPICS = {"data_erased": "data_deletion.erased_what",
                  "chat_erased": "data_deletion.recorded_what"}  # fmt: skip
"""``last_answer`` topics of an erasure just done (a participant's, only this chat's), and
what each erased and kept."""
_ASKS_WHAT = re.compile(
    r"\?|\b(?:apa|apa aja|apa saja|mana|yg mana|yang mana|what|which|disimpan|tersimpan|sisa|"
    r"kept|left)\b"
)
_ABOUT_ERASED = re.compile(
    r"\b(?:data\w*|\w*hapus\w*|\w*simpan\w*|sisa\w*|erase\w*|delete\w*|kept|stored|left)\b"
)
"""What the question is about: the data, erased or kept ("kamu bot ya?" right after
erasing is no question about the erasure)."""


def erased_question(turn: FlowTurn) -> list[Outbound] | None:
    """ "data apa aja yg dihapus?" right after the erasure: what it erased and what it kept
    (not a second erasure to confirm)."""
    key = _ERASED_TOPICS.get(just_said(turn) or "")
    said = (turn.message.text or "").lower()
    if key is None or not (_ASKS_WHAT.search(said) and _ABOUT_ERASED.search(said)):
        return None
    window = hours(math.ceil(turn.ctx.programme.link.lockout_hours), turn.lang)
    return [turn.reply(key, turn.menu_button(), hours=window)]


def privacy_question(turn: FlowTurn) -> list[Outbound] | None:
    """ "data ktp aku aman ga sih? takut bocor": how data is kept (asked, not to erase it);
    what was erased, asked right after erasing; a detail to change or correct ("hapus nomor hp
    aja bisa?", "tanggal lahir di data ku salah"), which erasing would not do."""
    erased = erased_question(turn)
    if erased is not None:
        return erased
    part = deletion_scope.asks_part(turn)
    if part is not None:
        return part
    message = turn.message
    if not _ABOUT_DATA.search((message.text or "").lower()) or wants_erasure(message):
        return None
    return [privacy(turn)]


def privacy(turn: FlowTurn) -> Outbound:
    """How personal data is kept, with the way to erase it one tap away."""
    erase = turn.button("intents.delete_my_data", f"flow:{FLOW}")
    return turn.reply("kb.privacy", erase, turn.menu_button())


TAKEN_BACK = "taken_back"
"""The code step's value when the erasure is taken back in words ("eh gajadi hapus")."""


def _yes_no(message: Message, _: Slots, __: FlowContext) -> Result:
    if deletion_scope.takes_back(message):
        return Valid("no")  # "eh gajadi hapus": read as a correction, still a no
    if (timing := deletion_timing.asked(message, at_code=False)) is not None:
        return timing  # "berapa lama prosesnya?": at once, once confirmed
    if message.payload is None and asks_back(message.text or ""):
        return Invalid("deletion_what", miss=False)  # "yg dihapus apa aja? akun sy jg?"
    if message.payload is None and asks_something(message.text or ""):
        return Invalid("deletion_why", miss=False)  # "knp harus konfirmasi" is no yes
    answer = controls.answer_yes_no(message)
    if answer and message.payload is None and _no_words(message.text or ""):
        return Invalid("deletion_in_words", miss=False)  # "👍" erases nothing for good
    return None if answer is None else Valid("yes" if answer else "no")


def _no_words(text: str) -> bool:
    """Only emoji or signs: no word to record as the decision to erase for good."""
    return not any(ch.isalnum() for ch in text)


_ASKS_ERASED = re.compile(
    r"\b(?:dihapus|terhapus|kehapus|ilang|hilang|hapus\w*|erased?|deleted?)\b"
)


def _code(message: Message, slots: Slots, ctx: FlowContext) -> Result:
    """The code; a question about what erasing removes ("data apa aja yg dihapus?") is answered
    and the code asked for again."""
    text = message.text or ""
    if deletion_scope.takes_back(message):
        return Valid(TAKEN_BACK)  # before: "eh gajadi hapus" was a missed code, asked again
    if (timing := deletion_timing.asked(message, at_code=True)) is not None:
        return timing  # "udah kehapus?": not yet, the code first
    if message.payload is None and asks_back(text) and _ASKS_ERASED.search(text.lower()):
        return Invalid("deletion_what", miss=False)
    return account_code.check(message, slots, ctx)


def _read_scope(turn: FlowTurn) -> Ask[list[Outbound]]:
    """The part of the data the request names (``deletion_scope``), read as the flow starts."""
    turn.slots[SCOPE] = deletion_scope.scope(turn.message)
    return []
    yield


def _answer_part(turn: FlowTurn) -> Ask[list[Outbound]]:
    """A detail to change or correct: how, and nothing erased."""
    asked = turn.slots.get(SCOPE)
    if asked == "chat":
        return [deletion_scope.chat_answer(turn)]
    return deletion_scope.answer(turn, "correct" if asked == "correct" else "field")
    yield


def _unsubscribe(turn: FlowTurn) -> Ask[list[Outbound]]:
    yield SetSubscription(turn.message.channel, turn.message.user_id, False)
    return []


def _scope_is(*values: str) -> Callable[[Slots, FlowContext], bool]:
    def guard(slots: Slots, _: FlowContext) -> bool:
        return slots.get(SCOPE) in values

    return guard


_CONSENT_OPTIONS = (
    Option("unsubscribe", "intents.unsubscribe"),
    Option("erase", "intents.delete_my_data"),
)
"""Withdrawn consent: the broadcasts stopped, or everything erased."""


def _wants_updates_stopped(slots: Slots, _: FlowContext) -> bool:
    return slots.get("consent") == "unsubscribe"


def _code_is(value: str) -> Callable[[Slots, FlowContext], bool]:
    def guard(slots: Slots, _: FlowContext) -> bool:
        return slots.get("otp") == value

    return guard


def _person_buttons(turn: FlowTurn) -> tuple[Button, ...]:
    return (turn.button("common.talk_to_person", controls.HUMAN), turn.menu_button())


def _erased(slots: Slots, _: FlowContext) -> bool:
    return slots.get("erased") == "yes"


def _declined(slots: Slots, _: FlowContext) -> bool:
    return slots.get("confirm") == "no"


def _request_params(turn: FlowTurn) -> dict[str, object]:
    return {"request": turn.slots.get("request", "")}


DATA_DELETION = Flow(
    name=FLOW,
    start="scope",
    description="Tell a part of the data asked for (a detail, the chat history, consent) from "
    "all of it; confirm what the chat's link in the database costs, prove the account with "
    "a code, record the request, erase the personal data.",
    confirm_cancel=False,
    states=(
        State(
            "scope",
            action=_read_scope,
            go=(
                Go("part", _scope_is("field", "correct"), "a detail to change"),
                Go("consent", _scope_is("consent"), "consent withdrawn"),
                Go("look_up"),
            ),
        ),
        State("part", action=_answer_part, go=(Go("answered"),)),
        State("answered", final=True),
        State(
            "consent",
            Slot("consent", deletion_scope.consent_choice, _CONSENT_OPTIONS),
            go=(Go("unsubscribe", _wants_updates_stopped, "broadcasts"), Go("look_up")),
        ),
        State("unsubscribe", action=_unsubscribe, go=(Go("unsubscribed"),)),
        State("unsubscribed", final=True),
        State(
            "look_up",
            action=deletion_link.look_up,
            go=(
                Go("part", deletion_link.chat_of_account, "chat history of an account"),
                Go("confirm"),
            ),
        ),
        State(
            "confirm",
            Slot("confirm", _yes_no, yes_no_options()),
            params=deletion_link.confirm_params,
            go=(
                Go("kept", _declined, "no"),
                Go("send_otp"),
            ),
        ),
        State("kept", final=True),
        State(
            "send_otp",
            action=deletion_link.send_code,
            go=(
                Go("erase", deletion_link.unlinked, "chat not linked"),
                *account_code.after_send("otp"),
            ),
        ),
        *account_code.refusals(_person_buttons),
        State(
            "otp",
            account_code.code_slot(_code),
            go=(
                Go("send_otp", _code_is("resend"), "resend"),
                Go("kept", _code_is(TAKEN_BACK), "taken back in words"),
                Go("otp_rejected", _code_is("failed"), "too many wrong codes"),
                Go("erase"),
            ),
        ),
        State("otp_rejected", final=True, buttons=_person_buttons),
        State(
            "erase",
            action=deletion_link.erase,
            go=(
                Go("look_up", deletion_link.refused, "link changed: confirm again"),
                Go("erased", _erased, "participant linked"),
                Go("recorded"),
            ),
        ),
        State("erased", final=True, params=_request_params),
        State("recorded", final=True, params=_request_params),
    ),
)
