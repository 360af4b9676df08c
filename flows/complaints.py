"""Complaints: category buttons, the known fix first (did it help?), a description, details by
category (wave, e-wallet, provider, order number), confirm -> a ticket ``PRK-12345678``.

Fraud reports warn the user (never share an OTP or password; ``flows.fraud``) and are filed
high priority.

This module declares the flow (``COMPLAINTS``) and its router hook for a story with a secret
(``tells_story``); its steps live by concept: ``complaint_context`` (the topic from the
conversation before), ``complaint_fix`` (the known fix, "did this help?"),
``complaint_story``, ``complaint_details``, ``complaint_switch`` (another category named on the
way), ``complaint_open_ticket`` (its topic has an open ticket already: no second one),
``complaint_ticket`` (the summary and the ticket) and ``complaint_topics``."""

from __future__ import annotations

from dataclasses import replace

from flows import complaint_details as details
from flows import complaint_first_told as first_told
from flows import complaint_heard as upset
from flows import complaint_join_again as join_again
from flows import complaint_nik_taken as nik_taken
from flows import complaint_on_record as on_record
from flows import complaint_open_ticket as open_ticket
from flows import complaint_payout_record as payout_record
from flows import complaint_person_wish as person_wish
from flows import complaint_piece_story as piece_story
from flows import complaint_record as record
from flows import complaint_relief as relief
from flows import complaint_second as second
from flows import complaint_story as story
from flows import complaint_story_fix as story_fix
from flows import complaint_to_staff as to_staff
from flows import complaint_two as two
from flows import fraud
from flows.complaint_additions import detail_at_summary, is_request
from flows.complaint_category import category
from flows.complaint_context import context, overdue
from flows.complaint_fix import back_to_categories, fix_params, has_fix, helped, keep_detail
from flows.complaint_impatience import impatient, was_impatient
from flows.complaint_provider_named import provider_named
from flows.complaint_switch import or_switch, switch, then
from flows.complaint_ticket import (
    CONFIRM_OPTIONS,
    amend_detail,
    confirm,
    confirm_params,
    create,
    filed_params,
)
from flows.complaint_topics import CATEGORIES, category_for
from flows.messages import Button, Outbound
from flows.result import Result, Valid
from flows.runtime.machine import Flow, FlowTurn, Go, Option, Slot, Slots, State, yes_no_options
from flows.turn import Ask, FlowContext, Message, Step

FLOW = "complaints"


def _detail_is(kind: str) -> Go:
    def guard(slots: Slots, _: FlowContext) -> bool:
        return details.DETAIL.get(str(slots.get("category"))) == kind

    return Go(f"detail_{kind}", guard, f"{kind} matters")


def _is(slot: str, value: str, target: str, label: str) -> Go:
    def guard(slots: Slots, _: FlowContext) -> bool:
        return slots.get(slot) == value

    return Go(target, guard, label)


def tells_story(turn: FlowTurn) -> FlowTurn | None:
    """A story told with a secret in it at the story question (or at "did this help?" or the
    summary, or naming its category at the category question): the turn with the secret masked,
    for the flow to take (the router warns about the secret first) instead of it being lost."""
    session, text = turn.session, turn.message.text or ""
    if session.flow != FLOW or not text:
        return None
    at_category = session.step == "category" and category_for(text) is not None
    told = session.step in ("fix", "confirm") and story.story_like(text)
    if session.step != "description" and not (at_category or told):
        return None
    return FlowTurn(session, replace(turn.message, text=story.masked(text)), turn.ctx)


def _prefill(message: Message, ctx: FlowContext) -> Slots:
    slots = nik_taken.prefill(message, ctx, story.prefill(message, ctx))
    return two.prefill(message.text or "", slots)  # "2 hal, pertama ..., kedua ...": one each


def _told(turn: FlowTurn) -> Step:
    """ "No" at "did this help?": a registered NIK reported there answered, a story kept."""
    said = yield from nik_taken.told_at_fix(turn)
    said = [*said, *(yield from story.told(turn))]
    piece_story.tells_all(turn)  # "sertifikat blm muncul udah 2 minggu": the story, told
    keep_detail(turn)  # "saldo kepotong tp pelatihan gak muncul": fewer words, kept all the same
    back_to_categories(turn)  # "eh tunggu, balik" with the fix skipped: the categories
    return said


def _context(turn: FlowTurn) -> Step:
    """ "kok lama" right after a status answer is about that answer (``complaint_impatience``);
    else the complaint's topic from the conversation before (``complaint_context``)."""
    said = (yield from impatient(turn)) or relief.answer(turn)  # "yaudah nunggu aja berarti"
    if said:
        return said
    first_told.before_context(turn)  # the fraud told before, the topic of the side step
    person = person_wish.heard(turn)  # "CS NYA MANA SIH!!! ...": heard, the way to one said
    return [*person, *two.said_first(turn), *(yield from context(turn))]


def _overdue(turn: FlowTurn) -> Step:
    """The record's word on the topic (a failed payment, all paid, a certificate issued:
    ``complaint_on_record``), then an incentive awaited too long goes straight on; the note
    is said here when the tips (which show it) are skipped."""
    yield from on_record.look(turn)
    said = yield from overdue(turn)
    found = on_record.note(turn)
    if found is None or not ("helped" in turn.slots or not has_fix(turn.slots, turn.ctx)):
        return said
    return [*said, Outbound(found[1])]


def _asks_detail(slots: Slots) -> bool:
    """A detail question follows the story (its category asks one not given yet)."""
    kind = details.DETAIL.get(str(slots.get("category")))
    return kind is not None and kind not in slots


def _details_in_story(turn: FlowTurn) -> Ask[list[Outbound]]:
    """The details the story gives, then those the linked record holds (``complaint_record``):
    only what is still missing is asked."""
    turn.slots.update(story.story_details(turn.message))
    first_told.put_first(turn)  # a fraud's first message, told before the complaint
    named = provider_named(str(turn.slots.get("description", "")))
    if named is not None and details.DETAIL.get(str(turn.slots.get("category"))) == "provider":
        turn.slots["provider"] = named  # "lembaganya LPK Sinar Jaya" (retold too): not asked
    yield from record.fill(turn, turn.slots)
    return [*upset.heard(turn), *(yield from story.details_in_story(turn, _asks_detail))]


def _confirm(message: Message, slots: Slots, ctx: FlowContext) -> Result:
    """The summary's answer ("mau lapor" there sends it); a detail of the story typed there
    ("aku udah coba 10x di tempat terang") is added to the story (``amend``), not missed."""
    found = confirm(message, slots, ctx)
    if found is None and not message.payload and to_staff.send_to_staff(message.text or ""):
        slots[to_staff.ASKED] = True  # "kirim ke cs aja langsung": filed, staff one tap away
        return Valid("send")
    if found is None and not message.payload and is_request(message.text or ""):
        return Valid("send")  # "oke mau bikin pengaduan", "mau lapor": this one, sent
    if found is None and not message.payload and story.adds_detail(message.text or ""):
        return Valid("amend")
    if found is None and detail_at_summary(message):  # "dia ngaku dari prakerja"
        return Valid("amend")
    return found


def _filed_buttons(turn: FlowTurn) -> tuple[Button, ...]:
    """The second complaint told on the way, a person when the complaint went "ke cs"."""
    return (*second.buttons(turn), *to_staff.buttons(turn))


AFTER_DESCRIPTION = then(
    payout_record.OFFER,  # "Di catatan, insentifmu dikirim ke DANA. Masih pakai DANA?"
    *(_detail_is(kind) for kind in ("wave", "payout", "provider", "order")),
    Go("confirm"),
)
AFTER_CATEGORY = (_is("category", "fraud", "fraud_warning", "fraud"), Go("open_ticket"))
PAYOUT_OPTIONS = tuple(Option(p, f"complaints.payouts.{p}") for p in story.PAYOUTS)

COMPLAINTS = Flow(
    name=FLOW,
    start="context",
    description="Known fix first, then a ticket with category, description and details.",
    cancel_when_empty=True,  # "gajadi deh kak makasih" at the categories: nothing to lose
    prefill=_prefill,
    states=(
        State(
            "context",
            action=_context,
            go=(Go("impatient", was_impatient, "impatience at a status"), Go("category")),
        ),
        State("impatient", final=True),
        State(
            "category",
            Slot(
                "category",
                category,
                tuple(Option(c, f"complaints.category.options.{c}") for c in CATEGORIES),
            ),
            go=(Go("category_story"),),
        ),
        State("category_story", action=story.from_category, go=AFTER_CATEGORY),
        State(
            "open_ticket",
            action=open_ticket.check,
            go=(
                Go("open_ticket_found", open_ticket.found, "its topic has an open ticket"),
                Go("overdue"),
            ),
        ),
        State(
            "open_ticket_found",
            final=True,
            params=open_ticket.params,
            buttons=open_ticket.buttons,
        ),
        State(
            "overdue",
            action=_overdue,
            go=(Go("fix", has_fix, "known fix"), Go("description")),
        ),
        State("fraud_warning", action=fraud.warning, go=(Go("description"),)),
        State(
            "fix",
            Slot("helped", helped, yes_no_options()),
            params=fix_params,
            go=then(
                Go("join_again", join_again.joining, "joining again said"),
                _is("helped", "yes", "solved", "it helped"),
                Go("told"),
            ),
        ),
        State("join_again", action=join_again.answer, final=True),
        State("switch", action=switch, go=AFTER_CATEGORY),
        State("told", action=_told, go=(Go("description"),)),
        State("solved", final=True),
        State(
            "description",
            Slot(
                "description",
                or_switch(piece_story.description),
                free_text=True,
                correctable=False,
                stale_taps=True,  # "Insentif" tapped on the old category list: switched
            ),
            go=then(
                Go("urgent_steps", fraud.gave_away, "code or money given"), Go("story_details")
            ),
        ),
        State("urgent_steps", action=fraud.urgent_steps, go=(Go("story_details"),)),
        State("story_details", action=_details_in_story, go=AFTER_DESCRIPTION),
        State(
            "detail_wave",
            Slot("wave", or_switch(details.or_told(details.wave))),
            go=then(Go("detail_told")),
        ),
        State(
            payout_record.STATE,
            Slot(payout_record.SLOT, payout_record.same, yes_no_options()),
            params=payout_record.params,
            go=then(*payout_record.AFTER),
        ),
        State(payout_record.KEEP, action=payout_record.keep, go=(Go("confirm"),)),
        State(
            "detail_payout",
            Slot("payout", or_switch(details.payout_or_told), PAYOUT_OPTIONS, correctable=True),
            go=then(details.PAYOUT_TOLD, Go("confirm")),
        ),
        State(
            "detail_provider",
            Slot(
                "provider",
                or_switch(details.or_told(details.provider, name=True)),
                free_text=True,
            ),
            go=then(Go("detail_told")),
        ),
        State(
            "detail_order",
            Slot("order", or_switch(details.or_told(details.order)), free_text=True),
            go=then(Go("detail_told")),
        ),
        State(
            "detail_told",
            action=details.told_at_detail,
            go=(*details.AFTER_TOLD, Go("confirm")),
        ),
        State(
            "confirm",
            Slot("confirm", _confirm, CONFIRM_OPTIONS),
            params=confirm_params,
            ask_again=True,
            go=then(
                _is("confirm", "rewrite", "rewrite", "rewrite"),
                _is("confirm", "amend", "amend", "story typed at the summary"),
                _is("confirm", "detail", "detail", "detail typed at the summary"),
                Go("create"),
            ),
        ),
        State("rewrite", action=story.forget, go=(Go("description"),)),
        State("amend", action=story_fix.amend, go=(Go("description"),)),
        State("detail", action=amend_detail, go=(Go("confirm"),)),
        State("create", action=create, go=(Go("filed"),)),
        State("filed", final=True, params=filed_params, buttons=_filed_buttons),
    ),
)
