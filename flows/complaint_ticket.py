"""The end of a complaint: the summary to confirm (a story typed there amends the story, a
category named instead switches), the ticket filed (``CreateTicket``, its details labelled)
and the reference given back."""

from __future__ import annotations

from flows import complaint_story as story
from flows.complaint_details import typed_at_summary
from flows.complaint_evidence import evidence_detail
from flows.complaint_form_words import nik_only, sends
from flows.complaint_on_record import FAILED, RECORD_PAYOUT
from flows.complaint_second import next_words
from flows.complaint_switch import SWITCH, switched
from flows.echo_masking import masked_echo
from flows.messages import Outbound
from flows.queries import CreateTicket, PersonalDataQuery
from flows.result import Result, Valid
from flows.runtime.machine import FlowTurn, Option, Slots
from flows.turn import Ask, FlowContext, Message
from flows.views import PersonalDataView

CONFIRM_OPTIONS = (
    Option("send", "complaints.confirm.options.send", "yes"),
    Option("rewrite", "complaints.confirm.options.rewrite", "no"),
)


def _details(turn: FlowTurn) -> list[tuple[str, str]]:
    found = []
    record = str(turn.slots.get(RECORD_PAYOUT) or "")
    for name in ("wave", "payout", "provider", "order", FAILED):
        if name in turn.slots:
            value = str(turn.slots[name])
            if name == "payout" and record and value.lower() != record.lower():
                value = turn.say("complaints.payout_differs", payout=value, record=record)
            found.append((turn.say(f"slots.{name}"), value))
    return found


def confirm_params(turn: FlowTurn) -> dict[str, object]:
    details = "".join(f"\n{label}: {masked_echo(value)}" for label, value in _details(turn))
    return {
        "category": turn.say(f"complaints.category.options.{turn.slots['category']}"),
        # said back masked (NIK, phone, e-mail), as the ticket stores it
        "description": story.preview(
            masked_echo(str(turn.slots.get("description", ""))), turn.lang
        ),
        "details": details,
    }


def confirm(message: Message, slots: Slots, ctx: FlowContext) -> Result:
    """At the summary: a story typed there ("ini cerita lengkapnya: ...") amends the story, the
    category's detail typed there ("LPK Maju Jaya") replaces it; a question about it ("brp lama
    diprosesnya?") is no story."""
    if switched(message, slots):
        return Valid(SWITCH)
    text = " ".join((message.text or "").split())
    if not message.payload and sends(text):  # "kirim", "iya langsung kirim aja min", "send it"
        return Valid("send")
    if not message.payload and nik_only(message):  # the NIK asked of a NIK complaint: kept
        return Valid("amend")
    if not story.story_like(text) and typed_at_summary(message, slots, ctx):
        return Valid("detail")
    if message.payload or not story.story_like(text) or text.endswith("?"):
        return None
    return Valid("amend")


def amend_detail(turn: FlowTurn) -> Ask[list[Outbound]]:
    """The detail typed at the summary replaces the one given (the summary is shown again)."""
    typed = typed_at_summary(turn.message, turn.slots, turn.ctx)
    if typed is None:
        return []
    name, value = typed
    turn.slots[name] = value
    return [Outbound(turn.say("complaints.detail_replaced", label=turn.say(f"slots.{name}"),
                              value=value))]  # fmt: skip
    yield


FILED_AT = "ticket_filed_at"
"""When this chat last filed a ticket: a question about "how long" soon after is about it."""
FILED_REFERENCE = "ticket_filed_reference"
"""The reference of the ticket this chat filed last: "udh kekirim kan?" soon after is told it."""
FILED_CATEGORY = "ticket_filed_category"
"""The category of the ticket this chat filed last: "satu lagi, otp aku ga masuk" soon after
names another problem, not more about this one."""


def create(turn: FlowTurn) -> Ask[list[Outbound]]:
    category = str(turn.slots["category"])
    details = _details(turn)
    evidence = yield from _evidence(turn, category)
    reference = yield CreateTicket(
        turn.message.channel,
        turn.message.user_id,
        category,
        masked_echo(str(turn.slots["description"])),  # staff see it masked: none is kept whole
        "high" if category == "fraud" else "normal",
        tuple(details + evidence),
    )
    turn.slots["reference"] = str(reference)
    turn.session.profile[FILED_AT] = turn.message.at.timestamp()  # "brp lama diprosesnya?"
    turn.session.profile[FILED_REFERENCE] = str(reference)  # "udh kekirim kan?"
    turn.session.profile[FILED_CATEGORY] = category  # "satu lagi, otp aku ga masuk": another
    return []


def _evidence(turn: FlowTurn, category: str) -> Ask[list[tuple[str, str]]]:
    """A fraud report's phone and account numbers, whole, for staff (``complaint_evidence``);
    the participant's own phone, known masked from their record, is left out."""
    story = str(turn.slots["description"])
    if evidence_detail(category, story) is None:
        return []
    message = turn.message
    own = yield PersonalDataQuery(message.channel, message.user_id)
    found = evidence_detail(category, story, own.phone if isinstance(own, PersonalDataView) else "")
    return [found] if found else []


def filed_params(turn: FlowTurn) -> dict[str, object]:
    return {
        "reference": turn.slots["reference"],
        "contact_centre": turn.ctx.programme.contact_centre,
        "second": next_words(turn),  # "satu lagi, ..." told on the way: its own complaint
    }
