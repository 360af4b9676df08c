"""Right after the wrong-name-on-certificate answer, "bisa dibenerin ga", "bisa diganti?",
"trs gmn" is still about the certificate: who corrects it (the training provider reissues it
with the name on the account) and the complaint if the account's own name is wrong or the
provider does not answer. Before, "bisa dibenerin ga" (read as an account problem) got the
generic account-problems list."""

from __future__ import annotations

import re

from flows.complaint_topics import file_complaint
from flows.follow_up_answers import FollowUp, either, now
from flows.last_answer import remember
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

TOPIC = "certificate_name"
"""The ``flows.last_answer`` topic of the wrong-name answer (``flows.my_data.certificates``)."""

_FIX = re.compile(
    r"\b(?:di|ng|me|mem|per)?(?:benerin|betulin|betulkan|benarkan|perbaiki|baiki|ganti|ubah|"
    r"rubah|koreksi|revisi|edit|ralat)\w*\b|\b(?:fix\w*|correct\w*|chang\w*|reissu\w*|"
    r"terbit\w* ulang|cetak ulang)\b"
)
"""Whether or how it can be corrected: "bisa dibenerin ga", "bisa diganti?"."""
_NEXT = re.compile(
    r"^\W*(?:(?:ok|oke|terus|trus|trs|lalu|jadi|then|so)\W*\s*)+(?:gimana|gmn|gmna|bagaimana|"
    r"apa|what now|now what|next)?\W*(?:dong|nih|ya|kak|min)?\W*$"
    r"|\b(?:ngapain|harus apa|what (?:do|should|can) i do)\b"
)
"""What next: "trs gmn", "terus?", "harus ngapain"."""


def fix(turn: FlowTurn) -> list[Outbound]:
    """Who corrects the name on the certificate, and the complaint."""
    return _said(turn, "certificate_name_fix.answer")


def next_step(turn: FlowTurn) -> list[Outbound]:
    """ "trs gmn" after it: the provider first, then the complaint."""
    return _said(turn, "certificate_name_fix.next")


def _said(turn: FlowTurn, key: str) -> list[Outbound]:
    remember(turn, TOPIC)  # "trs gmn" next: still this
    report = file_complaint(turn, fix_shown="certificate")
    return [turn.reply(key, report, turn.menu_button())]


FOLLOW_UPS: dict[str, FollowUp] = {TOPIC: either((_FIX, now(fix)), (_NEXT, now(next_step)))}
"""The entry of ``flows.follow_ons.FOLLOW_UPS``."""


__all__ = ["FOLLOW_UPS", "TOPIC", "fix", "next_step"]
