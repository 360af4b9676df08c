"""A participant's own record as they may see it in the chat: every value masked, so a phone
left unlocked or a chat read over a shoulder shows none of them in full."""

from __future__ import annotations

from bot.privacy import mask_pii
from flows.formatting import mask_phone
from flows.views import PersonalDataView
from storage.crypto import normalise_identifier
from storage.repositories.participants import ParticipantRecord


def personal_data_view(record: ParticipantRecord) -> PersonalDataView:
    return PersonalDataView(
        name=masked_name(record.name or ""),
        nik=record.masked_nik or "",
        phone=mask_phone(record.phone) if record.phone else "",
        email=mask_pii(record.email) if record.email else "",
        region_code=record.region_code,
    )


def masked_name(name: str) -> str:
    """``Siti Nurhaliza Rahma`` -> ``Siti N. R.``: the first name and the initials of the rest."""
    first, *rest = name.split() or [""]
    return " ".join([first, *(f"{part[0].upper()}." for part in rest)])


def same_nik(record: ParticipantRecord, nik: str) -> bool:
    return record.nik is not None and normalise_identifier(record.nik) == normalise_identifier(nik)
