"""A birth date a century off at the linking's date question ("17-08-1901" for 2001): the year
is named as the likely slip (18xx or 19xx for 19xx or 20xx) and the 4-digit year as on the
KTP asked for, not "Tanggal itu tidak mungkin" alone; "lho kok salah, itu bener tgl lahir
aku" next is told again, more plainly, which part looks wrong. Before, that protest was
"belum menangkap"."""

from __future__ import annotations

import re
from datetime import date

from flows.result import Invalid, Result, Valid
from flows.runtime.machine import Slots, Validator
from flows.turn import FlowContext, Message

SAID = "_dob_century"
"""Slot: the year refused as a century off, for the protest that may follow."""
CENTURY = 100
_YEAR = re.compile(r"(?<!\d)(1[0-9]\d\d)(?!\d)")
_PROTEST = re.compile(
    r"\b(?:bener|benar|betul|beneran|bnr|emang|memang|mmg|asli|sesuai ktp|correct|right|true)\b"
    r"|\b(?:kok|koq|knp|kenapa|why)\b.{0,12}\b(?:salah|ditolak|tolak|ga bisa|gabisa|wrong)\b"
)


def _century_off(text: str | None) -> int | None:
    """A year in the text that is no birth year but would be one a century later."""
    found = _YEAR.search(text or "")
    if found is None:
        return None
    year = int(found.group(1))
    return year if year < date.today().year - CENTURY else None


def century(validate: Validator) -> Validator:
    """``validate`` with a century-off year explained and a protest about it answered."""

    def read(message: Message, slots: Slots, ctx: FlowContext) -> Result:
        result = validate(message, slots, ctx)
        if isinstance(result, Valid):
            slots.pop(SAID, None)
            return result
        year = _century_off(message.text)
        if isinstance(result, Invalid) and year is not None:
            slots[SAID] = year
            return Invalid("dob_century", {"year": year, "likely": year + CENTURY}, miss=False)
        said = slots.get(SAID)
        if (
            result is None
            and isinstance(said, int)
            and _PROTEST.search((message.text or "").lower())
        ):
            return Invalid(
                "dob_century_again", {"year": said, "likely": said + CENTURY}, miss=False
            )
        return result

    return read


__all__ = ["century"]
