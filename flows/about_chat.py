"""Questions about this chat itself, read before a message is taken for a topic (one entry of
``flows.route_readers.DOUBTS``): a voice note, the assistant's name or nature, the official
WhatsApp number (``flows.chat_identity``); one's NIK typed here, who sees it, why it is masked
(``flows.privacy_asks``); what a call costs and where to turn (``flows.contact_cost``); the
account unlinked from this chat (``flows.chat_unlink``)."""

from __future__ import annotations

from collections.abc import Callable

from flows import chat_identity, chat_unlink, contact_cost, privacy_asks
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

READERS: tuple[Callable[[FlowTurn], list[Outbound] | None], ...] = (
    chat_identity.answer,  # "kirim vn aja ya", "nama kamu siapa", "nomor wa resminya apa"
    privacy_asks.answer,  # "siapa yg bisa liat NIK aku", "kok NIK aku ga disebut lengkap"
    contact_cost.answer,  # "bayar ga nelpon kesitu?", "oke kalo gitu hubungi kemana"
    chat_unlink.answer,  # "putusin akun aku dari chat ini": not the erasure
)


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """The first reader's answer, else None."""
    for read in READERS:
        replies = read(turn)
        if replies is not None:
            return replies
    return None


__all__ = ["READERS", "answer"]
