"""Pure validators for what users type: NIK, KK, phone, email, names, codes (dates and ages in
``flows.date_answers``, yes/no in ``flows.yes_no``).

Each returns a ``flows.result.Result``: ``Valid(value)``, ``Invalid(reason, params)`` or
``None``. They work on raw text, so flows validate typed answers themselves whether or not an
NLU parser is plugged in.
"""

from __future__ import annotations

import re
from datetime import date

import phonenumbers
from stdnum import numdb

from flows.result import Invalid, Result, Valid
from flows.yes_no import asks_back, only_yes_no, unsure

_SEPARATORS = re.compile(r"[\s.\-]+")
_DIGIT_RUN = re.compile(r"(?<!\d)\d(?:[\d\s.\-]{10,24})\d(?!\d)")
_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
_NAME = re.compile(r"^[^\W\d_](?:[^\W\d_]|[ .,'\-]){1,79}$")
"""Letters (accented ones too), spaces, dots, commas, apostrophes and hyphens, as on a KTP
("Hj. Nur'aini binti Abdullah", "Budi, S.Pd."); ``_NOT_IN_NAME`` is dropped first."""
_NOT_IN_NAME = re.compile(r"[^\w\s.,'\-?@]")
"""Emoji and other signs typed with a name ("Siti 😊"): not part of it."""
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'"})
MIN_NAME_LETTERS = 2
"""A reply of one letter ("A") is no full name: asked again. Two letters may be one ("Ai", a
Sundanese name)."""


def digits_only(text: str) -> str:
    return _SEPARATORS.sub("", text)


def _sixteen(text: str) -> str | None:
    """The first run of digits (with spaces, dots or dashes) in ``text``, without separators."""
    match = _DIGIT_RUN.search(text)
    return digits_only(match.group(0)) if match else None


def region_name(code: str) -> str | None:
    """``3273`` -> ``Bandung, Jawa Barat`` (python-stdnum's table), or None if unknown."""
    if len(code) < 4 or not code[:4].isdigit():
        return None
    parts = numdb.get("id/loc").info(code[:4])
    if len(parts) < 2 or not parts[1][1]:
        return None
    regency = str(parts[1][1].get("name_id", "")).title()
    province = str(parts[0][1].get("name_id", ""))
    return f"{regency}, {province}" if regency else None


def nik_birth_date(nik: str) -> tuple[date, str] | None:
    """(date of birth, gender "M"/"F") encoded in a NIK; the century is the one that fits."""
    day, month, year = int(nik[6:8]), int(nik[8:10]), int(nik[10:12])
    gender = "F" if day > 40 else "M"
    day = day - 40 if day > 40 else day
    today = date.today()
    for century in (2000, 1900):
        try:
            born = date(century + year, month, day)
        except ValueError:
            return None
        if born <= today:
            return born, gender
    return None


def nik(text: str) -> Result:
    """A NIK: 16 digits, a known region, a real date (+40 for women), serial not 0000."""
    candidate = _sixteen(text)
    if candidate is None:
        bare = digits_only(text)
        if bare.isdigit() and len(bare) >= 6:
            return Invalid("nik_length", {"count": len(bare)})
        return None
    if len(candidate) != 16:
        return Invalid("nik_length", {"count": len(candidate)})
    if region_name(candidate) is None:
        return Invalid("nik_region", {"code": candidate[:4]})
    if nik_birth_date(candidate) is None:
        return Invalid("nik_date")
    if candidate.endswith("0000"):
        return Invalid("nik_serial")
    return Valid(candidate)


def kk(text: str) -> Result:
    candidate = _sixteen(text)
    if candidate is None:
        bare = digits_only(text)
        return Invalid("kk_length", {"count": len(bare)}) if bare.isdigit() else None
    if len(candidate) != 16:
        return Invalid("kk_length", {"count": len(candidate)})
    if region_name(candidate) is None:
        return Invalid("kk_region")
    return Valid(candidate)


def phone(text: str) -> Result:
    """A mobile number in E.164 (Indonesian formats 08.., 628.., +628.. and foreign +..)."""
    raw = text.strip()
    if not re.search(r"\d{3}", raw):
        return None
    try:
        parsed = phonenumbers.parse(re.sub(r"[^\d+]", "", raw), "ID")
    except phonenumbers.NumberParseException:
        return Invalid("phone")
    if not phonenumbers.is_valid_number(parsed):
        return Invalid("phone")
    kind = phonenumbers.number_type(parsed)
    if parsed.country_code == 62 and kind not in (
        phonenumbers.PhoneNumberType.MOBILE,
        phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
    ):
        return Invalid("phone_mobile")
    return Valid(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164))


def email(text: str) -> Result:
    match = _EMAIL.search(text)
    if match is None:
        return Invalid("email") if "@" in text else None
    value = match.group(0).lower()
    local, _, domain = value.partition("@")
    if ".." in value or local.startswith(".") or local.endswith(".") or len(value) > 254:
        return Invalid("email")
    return Valid(f"{local}@{domain}")


_NO_AT = re.compile(
    r"^\s*(?:(?:email|e-mail|alamat)\w*\s+(?:ku|aku|saya)?\s*)?(?P<local>[a-z0-9._%+\-]+)\s*"
    r"(?:\s|\bat\b|\(at\)|\[at\])\s*(?P<domain>[a-z0-9\-]+)\s*(?:\.|\s|\bdot\b|\btitik\b)+\s*"
    r"(?P<tld>com|co\.id|co id|id|net|org|ac\.id|ac id|go\.id|go id)\s*[.!]?\s*$"
)
_MAIL_WORDS = re.compile(r"\b(?:gmail|yahoo|ymail|hotmail|outlook|icloud|live|mail)\b|\.com\b")


def email_without_at(text: str) -> str | None:
    """An address typed without its @ ("sinta gmail com", "budi.s at yahoo.com"): the address
    it means, as an example to type again; "nama@gmail.com" when only a mail provider shows
    ("gmail saya sinta"); else None."""
    lowered = " ".join(text.lower().split())
    if "@" in lowered or "?" in lowered or not lowered:
        return None  # "pake gmail boleh?" asks, it types no address
    found = _NO_AT.match(lowered)
    if found is not None:
        tld = found.group("tld").replace(" ", ".")
        return f"{found.group('local')}@{found.group('domain')}.{tld}"
    return "nama@gmail.com" if _MAIL_WORDS.search(lowered) else None


_INTRODUCTION = re.compile(
    r"^(?:(?:nama )?(?:lengkap )?(?:saya|aku|ku|gue|gw)|nama(?: lengkap)?ku|my (?:full )?name is|"
    r"i am|i'm|im)(?: adalah)?\s*[:,\-]?\s+(?=\S)|\s+(?:kak|min|gan|ya)$",
    re.IGNORECASE,
)
"""How a name is introduced ("nama saya", "my name is") or closed ("kak"): not the name."""


def no_answer(text: str) -> bool:
    """A reply that gives no value to a question asking for one: a yes or no ("ya", "ga"), not
    knowing ("ga tau", "lupa"), or a question back ("ini di kota mana?")."""
    lowered = " ".join(text.lower().split())
    return asks_back(lowered) or only_yes_no(text) or unsure(lowered)


def name(text: str) -> Result:
    bare = " ".join(_NOT_IN_NAME.sub(" ", text.translate(_APOSTROPHES)).split())
    cleaned = _INTRODUCTION.sub("", bare).strip(" ,")
    if "?" in cleaned or "@" in cleaned or any(ch.isdigit() for ch in cleaned):
        return None
    if no_answer(cleaned):
        return None  # "ga tau", "ya": no name
    if 0 < sum(ch.isalpha() for ch in cleaned) < MIN_NAME_LETTERS:
        return Invalid("name_short")
    if not _NAME.match(cleaned) or len(cleaned.split()) > 6 or _mashed(cleaned):
        return Invalid("name")
    return Valid(name_case(cleaned))


_PART_START = re.compile(r"(?<![^\W\d_])(?<![^\W\d_]')[^\W\d_]")
"""The first letter of each part of a name: after a space, a hyphen, a dot or a comma, not
after an apostrophe inside a word ("Nur'aini", "Ya'qub": Arabic-derived names)."""


def name_case(text: str) -> str:
    """``text`` as a name is written: each part capitalised ("Siti Nur-Hasanah", "Budi,
    S.Pd."), the letter after an apostrophe inside a word lowercase ("Nur'aini", unlike
    ``str.title``'s "Nur'Aini")."""
    return _PART_START.sub(lambda found: found.group(0).title(), text.lower())


_KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


def _mashed(text: str) -> bool:
    """A run of keys along one keyboard row ("asdfghjkl", "qwerty"): no name."""
    return any(
        len(word) >= 5 and any(word in row for row in _KEYBOARD_ROWS)
        for word in text.lower().split()
    )


def otp_code(text: str, length: int) -> str | None:
    """The code in "123456", "123 456", "kodenya 654321" or "otp: 1 2 3 4 5 6": the message's
    only digits, ``length`` of them."""
    bare = digits_only(text)
    if bare.isdigit():
        return bare if len(bare) == length else None
    digits = re.findall(r"\d", text)
    runs = re.findall(r"\d(?:[\s.\-]?\d)*", text)
    if len(digits) == length and len(runs) == 1:
        return "".join(digits)
    return None


def wave_number(text: str) -> int | None:
    match = re.search(r"(?<!\d)(\d{1,3})(?!\d)", text)
    return int(match.group(1)) if match else None


def ticket_reference(text: str) -> str | None:
    match = re.search(r"PRK[\s\-]?(\d{8}|\d{6})(?!\d)", text.upper())
    return f"PRK-{match.group(1)}" if match else None


def money(text: str) -> int | None:
    """Rupiah from ``Rp500.000``, ``500rb``, ``1,5 juta``, ``1.5jt``, ``750000``."""
    lowered = text.lower().replace("rp", " ")
    match = re.search(r"(\d+(?:[.,]\d+)*)\s*(juta|jt|ribu|rb|k)?\b", lowered)
    if match is None:
        return None
    number, unit = match.group(1), match.group(2)
    if unit in ("juta", "jt"):
        return int(float(number.replace(",", ".")) * 1_000_000)
    if unit in ("ribu", "rb", "k"):
        return int(float(number.replace(",", ".")) * 1_000)
    value = int(number.replace(".", "").replace(",", ""))
    return value if value >= 10_000 else None


def region_code_for(text: str) -> str | None:
    """The 4-digit regency/city code for a typed name (``kota bandung`` -> ``3273``)."""
    wanted = re.sub(r"\b(?:kota|kabupaten|kab\.?|kab)\b", " ", text.lower())
    wanted = " ".join(re.findall(r"[a-z]+", wanted))
    if len(wanted) < 3:
        return None
    city_first = "kota" in text.lower()
    found: list[str] = []
    for _, province, _, _, regencies in numdb.get("id/loc").prefixes:
        for _, regency, _, info, _ in regencies:
            if str(info.get("name_id", "")).lower() == wanted:
                found.append(f"{province}{regency}")
    if not found:
        return None
    cities = [code for code in found if int(code[2:]) >= 70]
    return (cities[0] if city_first and cities else found[0]) if found else None


_REGION_WINDOW = 3
"""Words a regency or city name (with "kab"/"kota") takes at most, for ``region_code_in``."""


def region_code_in(text: str) -> str | None:
    """A regency or city named inside a sentence ("sy tinggal di kab bekasi skrg"): the whole
    text first, then its longest run of words that is one."""
    found = region_code_for(text)
    words = text.split()
    for size in range(min(_REGION_WINDOW, len(words) - 1), 0, -1):
        for start in range(len(words) - size + 1):
            found = found or region_code_for(" ".join(words[start : start + size]))
    return found
