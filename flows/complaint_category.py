"""The complaint form's category question answered: the category the text names, else the one
a button's label nearly names ("sertifkat"); "mau ngadu" said again there is no miss ("Hmm, aku
belum menangkap jawabannya" before) but a kind re-offer of the categories."""

from __future__ import annotations

from flows import complaint_nik_taken as nik_taken
from flows.complaint_additions import is_request
from flows.complaint_topics import category_for, category_near
from flows.result import Invalid, Result, Valid
from flows.runtime.machine import Slots
from flows.turn import FlowContext, Message


def category(message: Message, slots: Slots, __: FlowContext) -> Result:
    """The category named, before the text is taken for a new question; None if none is."""
    text = message.text or ""
    found = category_for(text) or category_near(text)
    if found is None and is_request(text):  # "mau ngadu" again: the categories re-offered
        return Invalid("complaint_pick_category", miss=False)
    if found == nik_taken.CATEGORY:  # "nik aku udh terdaftar": not the Dukcapil fix
        nik_taken.note(message, slots)
    return Valid(found) if found else None


__all__ = ["category"]
