"""The evidence in a fraud report: the phone and account numbers the participant typed about
the scammer ("nomornya 08123456789", "suruh transfer ke rek 1234567890"). The story itself is
stored masked like every complaint's, so staff would lose them: a fraud ticket gets one more
line, ``EVIDENCE``, with those numbers whole, and the staff console shows that line's numbers
(``shown_to_staff``) while it masks every other long number. NIK/KK numbers (16 digits) and
e-mail addresses stay masked even there, and so do the participant's own numbers: the phone on
their record (it matches the masked phone there) and any number the story calls theirs right
before it ("dari rekening saya 1234567890", "no hp aku: 0812...", "rekeningku 123...", "my
account 123..."), left out of the line like other personal data.

Limitation: ownership is read only from such a possessive just before the number. A number
called theirs elsewhere ("1234567890 itu rekening saya", "nomorku yang ditelpon itu 0812...")
cannot be told from the scammer's reliably and stays in the line whole; the possessive must
belong to the account word ("nomor yang menghubungi saya 0812..." is the scammer's); a
scammer's words quoted without quote marks ("dia bilang transfer ke rekening saya 0987...")
read as the participant's, and that number is left out."""

from __future__ import annotations

import re

from flows.complaint_topics import category_for
from flows.echo_masking import mask_emails
from flows.formatting import mask_nik, mask_phone
from flows.last_answer import just_said
from flows.runtime.machine import FlowTurn
from flows.safety import redact, strip_secrets

EVIDENCE = "Nomor yang dilaporkan (tidak disamarkan)"
"""The label of the evidence line in a fraud ticket (staff read it; Indonesian)."""
CATEGORY = "fraud"
_NUMBER = re.compile(r"(?<![\w*+])\+?\d(?:[\s.\-]?\d){8,15}(?![\w*])")
MIN_DIGITS, MAX_DIGITS = 9, 15
"""A phone number (08..., 62...) or a bank/e-wallet account number; 16 digits is a NIK/KK."""
_TOLL_FREE = ("0800", "0804", "1500")
_HOLDING = (
    r"(?:no(?:mor|mer)?|rek(?:ening)?|norek|akun|account|hp|handphone|ponsel|"
    r"telepon|telp|tlp|wa|whatsapp|e-?wallet|dana|ovo|gopay|linkaja|shopeepay|bank|bca|bni|"
    r"bri|mandiri|bsi|btn|cimb|jago|seabank)"
)
"""Words that name what a number is: an account, a phone, a bank or an e-wallet."""
_MINE = r"(?:\.?\s+(?:saya|aku|aq|ku|sy|gue|gw|gua|pribadi|sendiri)\b|ku\b)"
"""Says it is the participant's: "rekening saya", "hp ku", "rekeningku"."""
_HOLDINGS = rf"{_HOLDING}(?:[\s.]+{_HOLDING})*"
_OWN_BEFORE = re.compile(
    rf"(?:\b{_HOLDINGS}{_MINE}|\bmy\s+(?:own\s+)?{_HOLDINGS}\.?)"
    r"\s*(?:[:=]\s*|(?:adalah|yaitu|yakni|ialah|is)\s+)?$",
    re.IGNORECASE,
)
"""Right before a number, words that call it the participant's own: "rekening saya",
"no hp aku:", "rek bca ku", "rekeningku", "nomor e-wallet saya adalah", "my account"."""
_LOOK_BACK = 60
_SIXTEEN = re.compile(r"(?<!\d)\d(?:[\s.\-]?\d){15}(?!\d)")


def _quoted(before: str) -> bool:
    """What follows ``before`` stands inside quotes: someone else's words ("dia bilang
    \"transfer ke rekening saya 0987...\""), their "saya" is not the participant."""
    return before.count('"') % 2 == 1 or before.rfind("\u201c") > before.rfind("\u201d")


def _called_own(text: str, start: int) -> bool:
    """The words right before ``start`` call the number there the participant's own."""
    before = text[:start]
    return not _quoted(before) and _OWN_BEFORE.search(before[-_LOOK_BACK:]) is not None


def numbers_in(story: str, own_phone: str = "") -> list[str]:
    """The phone and account numbers in ``story``, digits only, but the participant's own
    (``own_phone``: masked as ``0812****90``, or called theirs: ``_OWN_BEFORE``) and
    toll-free numbers."""
    text = strip_secrets(story)
    found: list[str] = []
    own: set[str] = set()
    for match in _NUMBER.finditer(text):
        digits = re.sub(r"\D", "", match.group(0))
        if not MIN_DIGITS <= len(digits) <= MAX_DIGITS or digits.startswith(_TOLL_FREE):
            continue
        if (own_phone and mask_phone(digits) == own_phone) or _called_own(text, match.start()):
            own.add(digits)
        elif digits not in found:
            found.append(digits)
    return [digits for digits in found if digits not in own]


REPORTED = "reported_numbers"
"""``session.profile`` key: for each of the user's last messages (the router's "recent", kept
masked), the numbers a fraud story reported in it, whole: a complaint that takes a story told
before it (the fraud answer's "Buat pengaduan", "udh aku kasih" after a warning) gets them back
for its evidence line (``unmasked``)."""
FRAUD_WARNED = "fraud_"
"""The topics a fraud warning records (``flows.fraud``): a message right after one is part of
that story ("nomornya 08123456789")."""


def note_reported(turn: FlowTurn, kept: int) -> None:
    """Next to the message the router keeps masked, the numbers its fraud story reports, whole
    (none for a message about anything else, nor the participant's own: ``numbers_in``)."""
    text, profile = turn.message.text or "", turn.session.profile
    warned = (just_said(turn) or "").startswith(FRAUD_WARNED)
    numbers = numbers_in(text) if warned or category_for(text) == CATEGORY else []
    profile[REPORTED] = [*(profile.get(REPORTED) or []), numbers][-kept:]


def unmasked(profile: dict[str, object], story: str) -> str:
    """A story made of the user's last messages as kept (masked), with the numbers they
    reported (``REPORTED``) whole again, as in a story typed in the complaint itself."""
    noted = profile.get(REPORTED)
    for numbers in noted if isinstance(noted, list) else []:
        for digits in numbers:
            story = story.replace(redact(digits), digits, 1)
    return story


def evidence_detail(category: str, story: str, own_phone: str = "") -> tuple[str, str] | None:
    """(label, numbers) for a fraud ticket's details, or None."""
    numbers = numbers_in(story, own_phone) if category == CATEGORY else []
    return (EVIDENCE, ", ".join(numbers)) if numbers else None


def is_evidence(line: str) -> bool:
    return line.startswith(f"{EVIDENCE}:")


def shown_to_staff(line: str) -> str:
    """The evidence line as the console shows it: its numbers whole, a NIK/KK, an e-mail
    address or a secret typed there still masked."""
    return mask_emails(_SIXTEEN.sub(lambda found: mask_nik(found.group(0)), strip_secrets(line)))


__all__ = [
    "EVIDENCE",
    "REPORTED",
    "evidence_detail",
    "is_evidence",
    "note_reported",
    "numbers_in",
    "shown_to_staff",
    "unmasked",
]
