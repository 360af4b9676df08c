"""Sending the data staff asked for: a ticket waiting for the participant (``waiting_user``)
shows staff's message in its status answer, with a "Kirim data tambahan" button; the button
asks for the data, shows it back (NIK-like and other long numbers masked, as the transcript
keeps them), and on "Kirim" adds it to the ticket's history as the participant's and gives
the ticket back to staff (``in_progress``).

Information the participant adds of their own accord (``ticket_reply:<reference>[:typed]:add``:
``flows.ticket_add_info``, ``flows.ticket_reply_after_filing``) goes the same way; a ticket
still worked on (open, in progress) takes it too, its status kept.

```
status answer / staff's message --[Kirim data tambahan: ticket_reply:<reference>]--> check
check --waiting (or, adding, worked on)--> details --> confirm --Kirim--> send --> sent
                                  \\--Tulis ulang--> details
check --"Ya, kirim ke petugas" under the words offered (ticket_reply:<reference>:guess)--> send
check / send --not waiting (any more)--> not_waiting
check / send --adding, finished or not theirs (any more)--> not_open
```

Typed instead of tapped ("kirim data tambahan", "aku mau kirim datanya"; ``typed``), away from
the button: the one ticket waiting starts the flow, two are asked about, none is said so.
A statement that plausibly answers staff, typed long after their message, is asked about
first ("Ini jawaban untuk tiket ...?": ``flows.ticket_reply_guess``); "Ya" sends it at once.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from flows.echo_masking import masked_echo
from flows.messages import Button, Outbound
from flows.queries import MyTickets, TicketQuery, TicketReply
from flows.result import Result, Valid
from flows.runtime.machine import Flow, FlowTurn, Go, Option, Slot, Slots, State
from flows.ticket_reply_guess import GUESSED, taken
from flows.ticket_reply_typed import (
    ADDING,
    REPLIED_AT,
    REPLIED_REFERENCE,
    TYPED,
    forget,
    note_shown,
    said_text,
    without_lead,
)
from flows.ticket_reply_typed import MAX_TEXT as MAX_TEXT  # the longest reply kept
from flows.turn import Ask, FlowContext, Message, Step
from flows.validators import ticket_reference
from flows.views import TicketView

FLOW = "ticket_reply"
WAITING = "waiting_user"
WORKED_ON = ("open", "in_progress")
"""Statuses of a ticket that takes what the participant adds, its status kept."""
OFFERED = 2
"""At most this many waiting tickets get a button in one status answer."""


def payload(reference: str) -> str:
    """The button payload that starts this flow for ``reference``."""
    return f"{FLOW}:{reference}"


def staff_message(turn: FlowTurn, ticket: TicketView) -> str:
    """What to add under a ticket's status line: staff's latest message, if any."""
    if not ticket.message:
        return ""
    return "\n" + turn.say("ticket_reply.staff_message", message=ticket.message)


def offers(turn: FlowTurn, tickets: Sequence[TicketView]) -> tuple[Button, ...]:
    """A "Kirim data tambahan" button per ticket waiting for the participant."""
    waiting = [t for t in tickets if t.status == WAITING][:OFFERED]
    note_shown(turn, waiting)  # free text soon after is the reply (``ticket_reply_typed``)
    if len(waiting) == 1:
        return (turn.button("ticket_reply.button", payload(waiting[0].reference)),)
    return tuple(
        turn.button("ticket_reply.button_for", payload(t.reference), reference=t.reference)
        for t in waiting
    )


_SEND_DATA = re.compile(
    r"^(?:(?:aku|saya|sy|aq|gw|gue|i)\s+)?(?:(?:mau|ingin|pengen|pingin|pgn|mo|want to|will)\s+)?"
    r"(?:kirim(?:kan|in)?|ngirim|mengirim|send)\s+(?:(?:more|extra|additional)\s+)?"
    r"(?:data|dokumen|berkas|details?|info)(?:nya|ku)?"
    r"(?:\s+(?:tambahan|yang diminta|yg diminta|yang dimintain|yg dimintain|lagi))*"
    r"(?:\s+(?:(?:untuk|buat|for)\s+)?(?:tiket\s+|ticket\s+)?prk[\s-]?\d{6,8})?"
    r"(?:\s+(?:aja|saja|dong|ya|kak|min|deh|nih|sekarang|now))*$"
)
"""The button's label typed, or a close variant: "Kirim data tambahan", "kirim data", "mau
kirim data tambahan", "aku mau kirim datanya", "Kirim data PRK-00000001"."""


def asks_to_send(message: Message) -> bool:
    words = " ".join((message.text or "").lower().split()).strip(" .!?")
    return message.payload is None and bool(_SEND_DATA.match(words))


def typed(turn: FlowTurn, start: Callable[[FlowTurn], Step]) -> Step:
    """The button typed, not tapped (``asks_to_send``): the flow starts for the ticket named or
    the one waiting for the participant (``start`` runs it); with two waiting, which one; with
    none, that none waits, and the status check."""
    message = turn.message
    named = ticket_reference(message.text or "")
    if named is None:
        tickets = yield MyTickets(message.channel, message.user_id)
        waiting = [t for t in tickets if t.status == WAITING]
        if len(waiting) > 1:
            return [turn.reply("ticket_reply.which", *offers(turn, waiting), turn.menu_button())]
        if not waiting:
            status = _status_button(turn)
            return [turn.reply("ticket_reply.none_waiting", *status, turn.menu_button())]
        named = waiting[0].reference
    tapped = FlowTurn(turn.session, replace(message, payload=payload(named)), turn.ctx)
    return (yield from start(tapped))


def _prefill(message: Message, _: FlowContext) -> Slots:
    """``ticket_reply:<reference>`` (the button); ``ticket_reply:<reference>:typed``: the
    message's text is the reply, typed without the button (``flows.ticket_reply_typed``);
    ``...:add``: information the participant adds (``flows.ticket_add_info``)."""
    name, __, rest = (message.payload or "").partition(":")
    reference, *flags = rest.split(":")
    if name != FLOW or not reference:
        return {}
    said = said_text(message.text or "") if TYPED in flags else None
    slots: Slots = {"reference": reference.upper(), **({"details": said} if said else {})}
    if ADDING in flags:
        slots["adding"] = "yes"
    if GUESSED in flags:
        slots["guessed"] = "yes"  # the words offered: sent at once (``ticket_reply_guess``)
    return slots


def _check(turn: FlowTurn) -> Ask[list[Outbound]]:
    reference = turn.slots.get("reference")
    found = None
    if reference:
        message = turn.message
        found = yield TicketQuery(str(reference), message.channel, message.user_id)
    if isinstance(found, TicketView) and found.status == WAITING:
        turn.slots["request"] = found.message or ""
        words = taken(turn, str(reference)) if turn.slots.get("guessed") else None
        if words:  # quoted with "Ini jawaban untuk tiket ...?": confirmed by the tap
            turn.slots["details"], turn.slots["confirm"] = words, "send"
    elif turn.slots.get("adding") != "yes":
        turn.slots["waiting"] = "no"
    elif isinstance(found, TicketView) and found.status in WORKED_ON:
        turn.slots["comment"] = "yes"  # added to the ticket, its status kept
    else:
        turn.slots["open"] = "no"  # resolved, closed, not theirs
    return []


def _details(message: Message, _: Slots, __: FlowContext) -> Result:
    said = without_lead(message.text or "")  # "oke aku balas: ...": what follows the lead
    kept = said_text(said) if said else None
    return Valid(kept) if kept else None  # "ya", "ga tau", "mau balas tiket": no data given


def _send(turn: FlowTurn) -> Ask[list[Outbound]]:
    message, comment = turn.message, turn.slots.get("comment") == "yes"
    reference, details = str(turn.slots["reference"]), str(turn.slots["details"])
    added = yield TicketReply(message.channel, message.user_id, reference, details, comment)
    if not added:  # staff moved the ticket meanwhile
        turn.slots["open" if comment else "waiting"] = "no"
    else:  # "udh kekirim kan?" next: yes, into this ticket (``flows.ticket_sent``)
        turn.session.profile[REPLIED_AT] = message.at.timestamp()
        turn.session.profile[REPLIED_REFERENCE] = reference
    forget(turn)  # answered: free text next is no reply any more
    return []


def _rewrite(turn: FlowTurn) -> Ask[list[Outbound]]:
    turn.slots.pop("details", None)
    return []
    yield


def _params(turn: FlowTurn) -> dict[str, object]:
    request = str(turn.slots.get("request") or "")
    return {
        "reference": turn.slots.get("reference") or "-",
        "request": turn.say("ticket_reply.request", message=request) if request else "",
        # said back masked (NIK, phone, e-mail), as the complaint's summary is
        "details": masked_echo(str(turn.slots.get("details", ""))),
    }


def _status_button(turn: FlowTurn) -> tuple[Button, ...]:
    return (turn.button("intents.complaint_status", "intent:complaint_status"),)


def _not_waiting(slots: Slots, _: FlowContext) -> bool:
    return slots.get("waiting") == "no"


def _not_open(slots: Slots, _: FlowContext) -> bool:
    return slots.get("open") == "no"


def _confirmed(slots: Slots, _: FlowContext) -> bool:
    return slots.get("confirm") == "send" and bool(slots.get("details"))


def _rewriting(slots: Slots, _: FlowContext) -> bool:
    return slots.get("confirm") == "rewrite"


CONFIRM_OPTIONS = (
    Option("send", "ticket_reply.confirm.options.send", "yes"),
    Option("rewrite", "ticket_reply.confirm.options.rewrite", "no"),
)

TICKET_REPLY = Flow(
    name=FLOW,
    start="check",
    description="Data staff asked for, or information added: typed, confirmed, added.",
    prefill=_prefill,
    states=(
        State(
            "check",
            action=_check,
            go=(
                Go("not_waiting", _not_waiting, "waits for nothing"),
                Go("not_open", _not_open, "adding: finished"),
                Go("send", _confirmed, "the words offered, confirmed"),
                Go("details"),
            ),
        ),
        State(
            "details",
            Slot("details", _details, free_text=True),
            params=_params,
            go=(Go("confirm"),),
        ),
        State(
            "confirm",
            Slot("confirm", None, CONFIRM_OPTIONS),
            params=_params,
            ask_again=True,
            go=(Go("rewrite", _rewriting, "rewrite"), Go("send")),
        ),
        State("rewrite", action=_rewrite, go=(Go("details"),)),
        State(
            "send",
            action=_send,
            go=(
                Go("not_waiting", _not_waiting, "not any more"),
                Go("not_open", _not_open, "adding: not any more"),
                Go("sent"),
            ),
        ),
        State("sent", final=True, params=_params, buttons=_status_button),
        State("not_waiting", final=True, params=_params, buttons=_status_button),
        State("not_open", final=True, params=_params, buttons=_status_button),
    ),
)
