"""What the ticket desk shows of a participant and of what they wrote: NIK, KK, phone and
e-mail masked, as the console shows them everywhere."""

from __future__ import annotations

from dataclasses import dataclass

from flows.complaint_evidence import EVIDENCE, is_evidence, shown_to_staff
from flows.echo_masking import mask_emails
from flows.formatting import mask_phone
from flows.responses import has, text
from flows.safety import redact
from storage.repositories.participants import ParticipantRecord


@dataclass(frozen=True, slots=True)
class ParticipantSummary:
    name: str
    status: str
    nik: str
    phone: str
    email: str


def summary_of(record: ParticipantRecord | None) -> ParticipantSummary | None:
    if record is None:
        return None
    return ParticipantSummary(
        name=record.name or "-",
        status=_status(record.status),
        nik=record.masked_nik or "-",
        phone=mask_phone(record.phone) if record.phone else "-",
        email=masked(record.email) if record.email else "-",
    )


def _status(code: str) -> str:
    key = f"status_name.{code}"
    return text("id", key) if has(key) else code


def masked(words: str) -> str:
    """``words`` with secrets and long numbers (NIK, KK, phone) masked, and e-mail addresses;
    but for a fraud ticket's evidence line: the scammer's numbers the participant reported
    stay readable there (``flows.complaint_evidence``)."""
    if EVIDENCE not in words:
        return mask_emails(redact(words))
    lines = words.split("\n")
    return "\n".join(
        shown_to_staff(line) if is_evidence(line) else mask_emails(redact(line)) for line in lines
    )
