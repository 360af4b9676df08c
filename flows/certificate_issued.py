"""A certificate asked about ("sertifikat aku kok blm muncul") when the records show it issued:
the training is certified, or rated (a rating is given only once the certificate is out:
DOMAIN.md "Courses", completion → certificate → rating). Then waiting brings nothing more: the
answer says it is issued and where to find it in the dashboard, with a complaint if it is not
there. Before, such a participant was told the certificate "appears about 1 working day after
the provider reports", next to their own training listed as "finished and rated". Right after,
"udah selesai kemarin padahal" or "udh 3 hari" (``FOLLOW_UPS``) is told the same, briefly,
not "still normal, wait until ...".

Asked only where or when it comes ("where is my certificate?", "sertifikat aku mana?"), the
answer is the same from the record: it is issued, and where to download it (before, the general
"appears about 1 working day after the provider reports", beside "finished and rated"). A
training still waiting for its certificate (``completed``) keeps the general answer, with the
statuses listed.

Right after it, "gmn cara downloadnya?" (``download``) gets the download steps for a certificate
already issued: where it is in the dashboard, then a complaint if it is not there or will not
download (before, the general download answer, which says it "appears about 1 working day after"
passing, beside the training "finished and rated")."""

from __future__ import annotations

import re
from collections.abc import Callable

from flows import certificate_next
from flows.certificate_asks import certificate_kind
from flows.certificate_done import DONE
from flows.certificate_wait import WAITED
from flows.complaint_topics import file_complaint
from flows.follow_up_answers import either, now
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.turn import Ask
from flows.views import EnrolmentView

TOPIC = "certificate_issued"
"""The topic ``flows.last_answer`` records after this answer."""
ISSUED = ("certified", "rated")
"""Enrolment statuses with the certificate issued."""
WAITING = "completed"
"""The enrolment status of a training finished whose certificate is not yet issued."""
SHOWN = 3

_MISSING = re.compile(
    r"\b(?:belum|blm|blom|belom|ga|gak|gk|g|nggak|ngga|enggak|tidak|tdk|not|no|never)\s+"
    r"(?:\w+\s+)?(?:ada|muncul|keluar|kluar|terbit|nongol|there|showing|shown|appear\w*|see)\b"
    r"|\b(?:padahal|tapi|tp|but)\b|\b(?:mana|dimana|di mana|where)\b"
)
"""Still not seen: "tapi ga ada", "blm muncul", "padahal ...", "mana?"."""


_NOT_SEEN = re.compile(
    r"\b(?:belum|blm|blom|belom|ga|gak|gk|g|nggak|ngga|enggak|tidak|tdk|durung|ora|teu|not|"
    r"never|hasn'?t|haven'?t|isn'?t|doesn'?t|didn'?t)\s+(?:\w+\s+){0,2}(?:ada|muncul|keluar|"
    r"kluar|terbit|nongol|kelihatan|keliatan|aya|there|show\w*|appear\w*|come|came|issued)\b"
    r"|\bmissing\b"
)
"""It is said not to be there: "sertifikat aku kok blm muncul", "teu aya", "not showing"."""


def says_not_seen(text: str) -> bool:
    """Whether the message says the certificate has not appeared (not "where is it?")."""
    return bool(_NOT_SEEN.search(" ".join(text.lower().split())))


def answer(turn: FlowTurn, bought: list[EnrolmentView]) -> Outbound | None:
    """Issued on record (and no finished training still awaiting one): say so and where it is
    (said not to be there: no more waiting); else None (the general answer)."""
    issued = [item for item in bought if item.status in ISSUED]
    if not issued or any(item.status == WAITING for item in bought):
        return None
    remember(turn, TOPIC)  # "udh 3 hari" next: issued all the same
    missing = says_not_seen(turn.message.text or "")
    lines = [turn.say("kb.certificate_issued" if missing else "kb.certificate_issued_here")]
    for item in issued[:SHOWN]:
        status = turn.say(f"enrolment_status.{item.status}")
        lines.append(turn.say("kb.enrolment_line", title=item.title, status=status))
    lines.append(turn.say("kb.certificate_issued_where"))
    report = file_complaint(turn, fix_shown="certificate")
    return Outbound("\n".join(lines), (report, turn.menu_button()))


def still_missing(turn: FlowTurn) -> list[Outbound]:
    """ "udah selesai kemarin padahal" right after: issued on record, so no more waiting."""
    remember(turn, TOPIC)
    report = file_complaint(turn, fix_shown="certificate")
    return [turn.reply("kb.certificate_issued_missing", report, turn.menu_button())]


def download_asked(turn: FlowTurn) -> bool:
    """ "gmn cara downloadnya?", "kalo ga bisa didownload?" right after "issued on record"."""
    return just_said(turn) == TOPIC and certificate_kind(turn.message.text or "") == "download"


def download(turn: FlowTurn) -> list[Outbound]:
    """How to download a certificate issued on record: the dashboard's steps, no more waiting;
    a complaint if it is not there or will not download."""
    remember(turn, TOPIC)  # "tapi ga ada" next: issued all the same, a complaint
    report = file_complaint(turn, fix_shown="certificate")
    return [turn.reply("kb.certificate_issued_download", report, turn.menu_button())]


def _followed(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    return still_missing(turn)
    yield


FOLLOW_UPS: dict[str, tuple[re.Pattern[str], Callable[[FlowTurn], Ask[list[Outbound] | None]]]] = {
    TOPIC: either(  # "trs abis itu ngapain" after it: the steps after the certificate
        (re.compile(f"{WAITED.pattern}|{DONE.pattern}|{_MISSING.pattern}"), _followed),
        (certificate_next.NEXT, now(certificate_next.steps)),
    ),
}
"""The entry of ``flows.follow_ons.FOLLOW_UPS``."""


__all__ = ["FOLLOW_UPS", "ISSUED", "TOPIC", "answer", "download", "download_asked", "says_not_seen",
           "still_missing"]  # fmt: skip
