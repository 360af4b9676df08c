"""The training provider contacted already, without an answer, right after an answer whose fix
is "contact your provider first" (a certificate not issued, a redeem code): "udh hubungi lpk
tp ga dibales". That step is done, so the complaint is offered with its fix marked as shown
(``complaint_topics.file_complaint``): "ok buat pengaduan" next goes straight to the story,
not to "hubungi lembaga pelatihanmu dulu" again. Before: a did-you-mean, then that fix."""

from __future__ import annotations

import re

from flows.complaint_topics import file_complaint, topic_answered
from flows.messages import Outbound
from flows.runtime import controls
from flows.runtime.machine import FlowTurn

PROVIDER_FIRST = frozenset({"certificate", "purchase_redeem"})
"""Categories whose known fix sends the participant to the training provider first."""
MAX_WORDS = 16
_DONE = re.compile(r"\b(?:udah|udh|uda|sudah|sdh|dah|pernah|already|i've|i have|i)\b")
_CONTACTED = re.compile(
    r"\b(?:hubungi|menghubungi|ngehubungin|dihubungi|kontak\w*|contact\w*|chat\w*|nge-?chat|wa|"
    r"whatsapp|telp\w*|telepon\w*|telpon\w*|nelpon\w*|email\w*|e-mail\w*|tanya\w*|nanya\w*|"
    r"lapor\w*|komplain\w*|dm|reached?|called|messaged|asked)\b"
)
_PROVIDER = re.compile(
    r"\b(?:lpk|lembaga\w*|provider\w*|penyelenggara\w*|mitra|platform\w*|tokopedia|bukalapak|"
    r"pintaria|pijar\w*|sekolahmu|mauBelajarApa|kariermu|instruktur\w*|trainer|admin (?:kelas|"
    r"pelatihan)|cs (?:lembaga|lpk|platform))\b",
    re.IGNORECASE,
)


def provider_contacted(text: str) -> bool:
    """ "udh hubungi lpk tp ga dibales", "sudah chat lembaganya", "I already contacted the
    provider"."""
    lowered = " ".join(text.lower().split())
    if len(lowered.split()) > MAX_WORDS:
        return False
    return bool(_DONE.search(lowered) and _CONTACTED.search(lowered) and _PROVIDER.search(lowered))


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """The complaint offered, its provider-first fix skipped; None otherwise."""
    message = turn.message
    if message.payload is not None or turn.session.flow is not None:
        return None
    shown = topic_answered(turn)
    category = str(shown["category"]) if shown is not None else None
    if category not in PROVIDER_FIRST or not provider_contacted(message.text or ""):
        return None
    turn.session.misses = 0
    report = file_complaint(turn, fix_shown=category)
    person = turn.button("common.talk_to_person", controls.HUMAN)
    return [turn.reply("complaints.provider_contacted", report, person, turn.menu_button())]


__all__ = ["PROVIDER_FIRST", "answer", "provider_contacted"]
