"""``phone`` (E.164, via phonenumbers) and ``email`` (lower-cased, checked, typo hints)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from nlu.entities.base import Context
from nlu.types import Entity

_PHONE = re.compile(r"(?<![\w+])(?:\+\s?\d{1,3}|\(?0|62)[\d\s().\-]{6,18}\d(?!\w)")
_EMAIL = re.compile(r"(?<![\w.+\-])[\w.+\-]+@[\w\-]+(?:\.[\w\-]*)*(?<![.\-])")
_LOCAL = re.compile(r"[a-z0-9!#$%&'*+/=?^_`{|}~\-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~\-]+)*")
_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?")
_DOMAIN_TYPOS = {
    "gmial.com": "gmail.com", "gmai.com": "gmail.com", "gmal.com": "gmail.com",
    "gamil.com": "gmail.com", "gmaill.com": "gmail.com", "gmail.co": "gmail.com",
    "gmail.con": "gmail.com", "gmail.cm": "gmail.com", "gmail.om": "gmail.com",
    "gmail.coom": "gmail.com", "gmail.comm": "gmail.com", "gmail.id": "gmail.com",
    "gmail": "gmail.com", "yahoo": "yahoo.com", "yahooo.com": "yahoo.com",
    "yaho.com": "yahoo.com", "yahoo.con": "yahoo.com", "yahoo.co": "yahoo.co.id",
    "hotmail.con": "hotmail.com", "hotmial.com": "hotmail.com", "outlok.com": "outlook.com",
}  # fmt: skip
_PHONE_TYPES = {0: "fixed_line", 1: "mobile", 2: "fixed_line_or_mobile", 3: "toll_free"}


class PhoneExtractor:
    numeric = True

    def extract(self, context: Context) -> Iterator[Entity]:
        for match in _PHONE.finditer(context.text):
            found = _phone(match.group(0), match.start())
            if found is not None:
                yield found


def _phone(raw: str, start: int) -> Entity | None:
    """The longest valid reading of a candidate (trailing groups may be other numbers);
    otherwise the whole candidate, marked invalid or foreign."""
    first: Entity | None = None
    candidate = raw.rstrip()
    while sum(c.isdigit() for c in candidate) >= 9:
        entity = _phone_entity(candidate, start)
        if entity is not None and entity.valid:
            return entity
        first = first or entity
        head, _, _ = candidate.rpartition(" ")
        candidate = head.rstrip()
    return first


def _phone_entity(raw: str, start: int) -> Entity | None:
    import phonenumbers as pn  # heavy metadata: loaded on first use, not at import

    if not 9 <= sum(c.isdigit() for c in raw) <= 15:
        return None
    try:
        number = pn.parse(raw, "ID")
    except pn.NumberParseException:
        return None
    end = start + len(raw)
    e164 = pn.format_number(number, pn.PhoneNumberFormat.E164)
    region = pn.region_code_for_number(number)
    if not pn.is_valid_number(number):
        if raw.startswith("+") and region != "ID":
            return None
        return Entity("phone", e164, start, end, {"valid": False, "reason": "invalid"})
    if region != "ID":
        return Entity("phone", e164, start, end,
                      {"valid": False, "reason": "foreign", "region": region})  # fmt: skip
    kind = _PHONE_TYPES.get(int(pn.number_type(number)), "other")
    return Entity("phone", e164, start, end, {"valid": True, "region": "ID", "type": kind})


def check_email(address: str) -> dict[str, object]:
    local, _, domain = address.partition("@")
    suggestion = _DOMAIN_TYPOS.get(domain)
    if suggestion is not None:
        return {"valid": False, "reason": "domain_typo", "suggestion": f"{local}@{suggestion}"}
    labels = domain.split(".")
    well_formed = (
        bool(_LOCAL.fullmatch(local))
        and len(labels) >= 2
        and all(_LABEL.fullmatch(label) for label in labels)
        and labels[-1].isalpha()
        and len(labels[-1]) >= 2
        and len(address) <= 254
    )
    return {"valid": True} if well_formed else {"valid": False, "reason": "format"}


class EmailExtractor:
    numeric = True

    def extract(self, context: Context) -> Iterator[Entity]:
        for match in _EMAIL.finditer(context.text):
            address = match.group(0).lower()
            yield Entity("email", address, match.start(), match.end(), check_email(address))
