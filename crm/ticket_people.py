"""What the ticket desk shows of a participant and of what they wrote: NIK, KK, phone and
e-mail masked, as the console shows them everywhere."""

from __future__ import annotations

import re
from dataclasses import dataclass

from flows.formatting import mask_phone
from flows.responses import has, text
from flows.safety import redact
from storage.repositories.participants import ParticipantRecord

_EMAIL = re.compile(r"\b([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*@([A-Za-z0-9.-]+\.[A-Za-z]{2,})\b")


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
    """``words`` with secrets and long numbers (NIK, KK, phone) masked, and e-mail addresses."""
    return _EMAIL.sub(lambda m: f"{m.group(1)}***@{m.group(2)}", redact(words))
