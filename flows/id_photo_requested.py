"""Where to send the KTP photo staff asked for on the chat's open ticket ("foto ktp nya kirim
kemana kak?", "where do I send the KTP photo?"): nowhere in a chat. KTP photos and face scans
are specific personal data under UU PDP and are not collected by chat (DOMAIN.md "Never ask for,
never store"), even for a ticket; the user answers staff on that ticket that they cannot send it
here, and staff say what else proves the account (or the contact centre helps). Before, the
question was read as where the incentive is paid ("Insentif dikirim ke rekening ...").

Only when staff's latest message on an open ticket asks for a KTP or ID photo: without one, a
KTP photo offered to this chat gets ``flows.id_photos``' refusal."""

from __future__ import annotations

import re

from flows.messages import Outbound
from flows.queries import MyTickets
from flows.runtime.machine import FlowTurn
from flows.ticket_evidence import OPEN
from flows.ticket_reply_typed import payload as reply_payload
from flows.turn import Ask
from flows.views import TicketView

_ID = re.compile(
    r"\b(?:e-?ktp|ktp|kartu identitas|identitas|id card|identity card|selfie|swafoto)\w*\b"
)
_SEND = re.compile(
    r"\b(?:kirim\w*|ngirim\w*|dikirim\w*|kukirim|upload\w*|unggah\w*|diunggah|lampir\w*|"
    r"attach\w*|send\w*|share)\b"
)
_WHERE = re.compile(
    r"\?|\b(?:kemana|ke ?mana|kmn|dimana|di ?mana|dmn|lewat (?:apa|mana)|gmn|gimana|gmna|"
    r"bagaimana|cara\w*|where|how|bisa|boleh|can i|should i)\b"
)
_ASKED_FOR = re.compile(
    r"\b(?:e-?ktp|ktp|kartu identitas|identitas|id card|identity card|selfie|swafoto)\b"
)
"""Staff's message asks for the KTP or an ID photo."""


def asks_where(lowered: str) -> bool:
    """ "foto ktp nya kirim kemana?", "ktp nya dikirim lewat mana", "how do I send my KTP"."""
    return bool(_ID.search(lowered) and _SEND.search(lowered) and _WHERE.search(lowered))


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """Not by chat: answer staff on the ticket instead; None when the message asks no such thing
    or no open ticket asks for the photo."""
    message = turn.message
    lowered = " ".join((message.text or "").lower().split())
    if message.payload is not None or turn.session.flow is not None or not asks_where(lowered):
        return None
    tickets: list[TicketView] = yield MyTickets(message.channel, message.user_id)
    ticket = next((t for t in tickets if t.status in OPEN), None)  # newest, as files attach
    if ticket is None or not _ASKED_FOR.search((ticket.message or "").lower()):
        return None
    reference = ticket.reference
    adding = reply_payload(reference, said=False, adding=True)
    return [
        turn.reply(
            "ticket_evidence.ktp_requested",
            turn.button("ticket_reply.button", adding),
            turn.menu_button(),
            reference=reference,
            contact_centre=turn.ctx.programme.contact_centre,
        )
    ]


__all__ = ["answer", "asks_where"]
