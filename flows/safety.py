"""Secrets users must never send (passwords, OTP codes of other services, card numbers, voucher
and redeem codes): detected so the assistant warns, and masked out of everything staff read
(the transcript, handoff summaries, ticket texts).

Each kind is a topic (the word that says what the value is: "password", "otp", "kode redeem")
and a value that looks like that secret. Only the value is masked, so staff still read what the
message was about: "kode otp aku [disembunyikan], udh aku kasih". What is *not* a secret must
stay readable: NIK and KK (16 digits), phone numbers, money ("600rb", "Rp3.500.000"), dates,
years, wave numbers and ticket references ("PRK-12345678")."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from flows import responses
from flows.formatting import looks_like_phone, mask_nik, mask_phone

MASK = "[disembunyikan]"
"""A secret where it is kept (staff read Indonesian); ``shown`` says it in the chat's language."""

Span = tuple[int, int]

# -- values that are no secret ----------------------------------------------------------------

_NO_SECRET = (
    r"(?!PRK-\d"  # a ticket reference
    r"|\S*@|\S*://"  # an e-mail address, a link
    r"|rp\.?\s?\d"  # money: Rp3.500.000
    r"|\d[\d.,]*\s?(?:rb|ribu|k|jt|juta|rupiah|x|kali|hari|jam|menit|detik|minggu|bulan|bln"
    r"|tahun|thn|gb|mb)\b)"  # an amount or a count: 600rb, 1500rb, 2x, 10menit
)
"""Put before a value: fails on what only looks like one."""

_YEAR = r"(?:19|20)\d\d(?!\d)"

# -- passwords --------------------------------------------------------------------------------

_PASSWORD_WORD = (
    r"\b(?:pass(?:word|wd|wrd)?|pas(?:s)?w(?:or|ot|ord|ort)|paswd|pwd?|kata ?sandi|sandi|pin)"
    r"(?:ku|nya|ny|mu)?\b"
)
"""password, passwordnya, pw, pass, paswot, pasword, kata sandi, sandinya, pin (of a wallet)."""

_PASSWORD_LIKE = (
    rf"(?<!\S){_NO_SECRET}(?=\S*[^\W\d_])(?=\S*\d)\S{{6,40}}"  # letters and digits: Rahasia123
)
"""Letters and digits together, 6+ characters: "Rahasia123", "Rina2003!!", "hunter22". Not
an e-mail address, an amount ("1500rb") or a ticket reference."""

_ALONE = (
    r"(?<![\w+\-/.,])(?<!\d\s)(?<!rp\s)(?<!rp\.\s)"  # not after digits, a sign, "Rp "
    r"{digits}"
    r"(?![\w\-/]|[.,]\d|\s\d|\s?(?:rb|ribu|k|jt|juta|rupiah)\b)"  # nor before more or "rb"
)
"""Digits standing alone, not a part of a NIK, phone ("0812 3456 7890"), date ("12-05-2024"),
amount ("Rp 3.500.000", "600 rb") or ticket reference ("PRK-12345678")."""

_PIN_LIKE = _ALONE.format(digits=rf"(?!{_YEAR})\d{{4,8}}")
"""4 to 8 digits alone, not a year: "123456"."""

_PASSWORD_NEAR = re.compile(
    rf"{_PASSWORD_WORD}(?:\s+[^\W\d]+){{0,3}}?\s+(?P<value>{_PASSWORD_LIKE}|{_PIN_LIKE})"
    rf"|{_PASSWORD_WORD}(?:\s+[^\W\d]+){{0,2}}?\s*[:=]\s*(?P<given>\S{{4,40}})",
    re.IGNORECASE,
)
"""A password a few words after the word: "password aku Rahasia123", "passwordnya Rina2003!!",
"sandi akun aku Budi2024", "pin dana saya 123456", "pw: rahasiaku". Not "lupa password akun
prakerja", "ganti password 2 kali gagal" (no value after the word)."""

_PASSWORD_LATER = re.compile(
    rf"{_PASSWORD_WORD}[^.?!\n]{{0,60}}?(?P<value>{_PASSWORD_LIKE})"
    rf"|{_PASSWORD_WORD}[^.?!\n]{{0,60}}?[:=]\s*(?P<given>{_PIN_LIKE})",
    re.IGNORECASE,
)
"""A password further on in the same sentence: "aku kasih password aku aja ya biar cepet
dicek: Rahasia123", "my password is hunter22". Only a value with letters and digits (or digits
right after a colon): "gimana ganti password kalau nomor 081234567890 mati" gives none."""


def _password(text: str) -> Iterator[Span]:
    yield from _values(_PASSWORD_NEAR, text)
    yield from _values(_PASSWORD_LATER, text)


# -- OTP codes --------------------------------------------------------------------------------

_OTP_WORD = re.compile(
    r"\b(?:otp|kode ?sms|kode (?:dari sms|verifikasi|aktivasi|konfirmasi|keamanan)"
    r"|verification code|security code)",
    re.IGNORECASE,
)
"""The message talks about an OTP: "kode otp", "otpnya", "kode verifikasi", "verification
code". Not "kode redeem" or "kode pos"."""

_OTP_NEAR = re.compile(rf"{_OTP_WORD.pattern}\D{{0,20}}(?P<value>{_PIN_LIKE})", re.IGNORECASE)
"""A 4 to 8 digit code right after the word: "kode otp nya 1234", "otp: 48291300"."""

_OTP_ANYWHERE = re.compile(_ALONE.format(digits=r"\d{6}"), re.IGNORECASE)
"""A 6 digit code anywhere in a message about an OTP: "ini kode otp yg masuk ke nomor lama
482913 bisa dipake ga". Not a part of a NIK (16 digits), phone ("0812 3456 7890"), date
("12-05-2024"), amount ("Rp3.500.000", "600rb") or ticket reference ("PRK-12345678")."""


def _otp(text: str) -> Iterator[Span]:
    yield from _values(_OTP_NEAR, text)
    if _OTP_WORD.search(text):
        yield from (found.span() for found in _OTP_ANYWHERE.finditer(text))


# -- card numbers -----------------------------------------------------------------------------

_CARD_EN = (  # "card number", "card no.", "prakerja card"; not a family, ID or KTP card's
    r"(?<!family )(?<!id )(?<!identity )(?<!ktp )(?<!kk )(?<!e-ktp )"
    r"\b(?:prakerja\s+)?card\s*(?:number|num|no)\b\.?|\bprakerja\s+card\b"
)
_CARD = re.compile(
    r"(?:\b(?:nomor|no\.?|nmr)?\s*kartu(?!\s*(?:keluarga|kk|tanda)\b)(?: prakerja)?\b"
    rf"|{_CARD_EN})\D{{0,15}}"
    r"(?P<value>\d{4}[\s\-]?\d{4}[\s\-]?\d{4}[\s\-]?\d{4})",
    re.IGNORECASE,
)
"""A Prakerja card number (16 digits) said to be one: "no kartu prakerja 5xxx xxxx ...", "my
card number is 5xxx ...". A NIK or a KK number ("nomor kartu keluarga 3302...", "family card
number 3302..."), also 16 digits, is not: it is personal data, masked keeping its ends, and the
registration asks for it."""


def _card(text: str) -> Iterator[Span]:
    yield from _values(_CARD, text)


def card_numbers(text: str | None) -> frozenset[str]:
    """The digits of each card number ``text`` gives: no NIK, whatever a parser reads."""
    return frozenset(re.sub(r"\D", "", m.group("value")) for m in _CARD.finditer(text or ""))


# -- voucher and redeem codes ----------------------------------------------------------------

_CODE_WORD = re.compile(r"\b(?:redeem|voucher|vo[uc]?cer|vocher)", re.IGNORECASE)
"""The message talks about a voucher or redeem code: "kode redeem", "vouchernya", "vocer",
"redeem code". Not "kode redeem itu apa" alone (no value in it)."""

_CODE_LIKE = (
    rf"(?<![\w\-]){_NO_SECRET}(?=[\w\-]{{6,24}}(?![\w\-]))(?=[\w\-]*[^\W\d_])(?=(?:[\w\-]*?\d){{2}})"
    r"[A-Z0-9]+(?:-[A-Z0-9]+)*(?![\w\-])"
)
"""Letters and at least two digits, 6 to 24 characters, maybe in hyphenated groups: "AB12CD34",
"8XK2-99AB", "ABCD1234EF". Not "berkali2", "PRK-12345678", "1500rb", "Rp3500000"."""

_CODE_ANYWHERE = re.compile(_CODE_LIKE, re.IGNORECASE)

_CODE_NAMED = re.compile(
    r"\bkode(?:nya|ny|ku|\s+(?:nya|aku|saya|ku|gw|gue))?\s*:?\s+"
    rf"(?P<value>(?-i:(?![\w\-]*[a-z])){_CODE_LIKE})",
    re.IGNORECASE,
)
"""A code in capitals given as "the code" without saying which: "kodenya ABCD1234EF valid ga?",
"kode aku 8XK2-99AB". Not "kode pos 40115", "kodenya dapet2an", "kode otp 123456"."""


_CODE_ALONE = re.compile(
    rf"\s*(?P<value>(?-i:(?![\w\-]*[a-z])){_CODE_LIKE})\s*[.!?]*\s*", re.IGNORECASE
)
"""A code in capitals sent alone, as the whole message ("RDM8K2J4L9"): a voucher or redeem code
pasted in. Not "gelombang72", "PRK-123456", "738201" (an OTP is said so: ``_otp``)."""


def _pasted_code(text: str) -> Iterator[Span]:
    alone = _CODE_ALONE.fullmatch(text)
    if alone is not None:
        yield alone.span("value")


def _code(text: str) -> Iterator[Span]:
    yield from _values(_CODE_NAMED, text)
    if _CODE_WORD.search(text):
        yield from (found.span() for found in _CODE_ANYWHERE.finditer(text))


# -- what others call ------------------------------------------------------------------------

FINDERS: tuple[tuple[str, Callable[[str], Iterator[Span]]], ...] = (
    ("password", _password),
    ("otp", _otp),
    ("card", _card),
    ("code", _code),
)
"""Each kind of secret, in the order a warning names it."""


def secret_kind(text: str | None) -> str | None:
    """Which kind of secret ``text`` seems to contain (password, otp, card, code), if any."""
    if not text:
        return None
    for kind, find in FINDERS:
        if next(find(text), None) is not None:
            return kind
    return None


def pasted_code(text: str | None) -> bool:
    """Whether the whole message is a code in capitals ("RDM8K2J4L9"): a voucher or redeem code
    pasted in, outside a flow (a step may ask for an order number shaped the same)."""
    return bool(text) and next(_pasted_code(text or ""), None) is not None


def strip_secrets(text: str) -> str:
    """``text`` with passwords, OTP codes, card numbers and voucher/redeem codes masked
    (what the transcript keeps of a message that contained one)."""
    return _masked(text, [span for _, find in FINDERS for span in find(text)])


def strip_pasted(text: str) -> str:
    """``text`` masked when it is a code in capitals pasted alone (``pasted_code``): what the
    transcript keeps of it outside a form and while no person holds the chat (an order number
    typed for a form or for staff looks the same)."""
    return _masked(text, list(_pasted_code(text)))


def shown(text: str, language: str) -> str:
    """``text`` kept masked, said back to the user: each mask in ``language`` ("[hidden]")."""
    return text.replace(MASK, responses.text(language, "safety.hidden"))


_CODE_TYPED = re.compile(r"\b\d(?:[\s\-]?\d){3,7}\b")


def strip_codes_typed(text: str) -> str:
    """A message typed at our own code question ("168286"): its digits masked (the transcript
    must not keep a code that still works)."""
    return _CODE_TYPED.sub(MASK, text)


_ISSUED = re.compile(
    r"\b(?P<label>kode (?:voucher|redeem)|(?:voucher|redeem) code)\s*:\s*[A-Z0-9\-]+", re.I
)
"""A code we issued, in our own words: "Kode voucher: 7XKQ2M", "Redeem code: ABCDEFGH" (any
characters: a code we draw may have no digit)."""


def strip_issued_codes(text: str) -> str:
    """A reply with the voucher and redeem codes of a purchase: masked in the transcript
    (staff need not see them; the user has them in the chat, by email and on the dashboard)."""
    return _ISSUED.sub(lambda found: f"{found.group('label')}: {MASK}", text)


_DIGITS = re.compile(r"(?<!\d)(?<![Pp][Rr][Kk]-)\+?\d[\d\s.\-]{6,}\d")
"""A long number (8+ characters of digits, spaces, dots and hyphens, maybe after a "+"): a NIK
or KK, a phone number, a card or bank account number. Not one inside a ticket reference
("PRK-12345678")."""

_DAY, _MONTH, _YEAR4 = r"(?:0?[1-9]|[12]\d|3[01])", r"(?:0?[1-9]|1[0-2])", r"(?:19|20)\d\d"
_READABLE = re.compile(
    rf"(?<!\d)(?:{_DAY}([-.]){_MONTH}\1{_YEAR4}|{_YEAR4}-{_MONTH}-{_DAY}"  # dates
    r"|0800[\s.\-]?\d{3}[\s.\-]?\d{4})(?!\d)"  # a toll-free number: an organisation's, no person's
)
"""What a long number may be and stays readable: a date ("10-11-2026", "17.08.1995",
"2026-11-10") or a toll-free number such as the programme's contact centre (0800-150-3001)."""


def redact(text: str) -> str:
    """``text`` with secrets and long numbers masked (for summaries staff read); dates,
    ticket references and toll-free numbers stay readable."""
    return _DIGITS.sub(_masked_number, strip_secrets(text))


def _masked_number(found: re.Match[str]) -> str:
    """A long number masked, but for the dates and toll-free numbers in it (a run such as
    "3273014508990003 10-11-2026" is a NIK, masked, then a date, kept)."""
    run, kept, end = found.group(0), [], 0
    for readable in _READABLE.finditer(run):
        kept += [_mask_rest(run[end : readable.start()]), readable.group(0)]
        end = readable.end()
    return "".join(kept) + _mask_rest(run[end:])


def _mask_rest(part: str) -> str:
    return _DIGITS.sub(lambda m: _mask_long(m.group(0)), part)


def _mask_long(number: str) -> str:
    """A phone number as ``mask_phone`` shows it (first 4 and last 2 digits); any other long
    number (NIK, KK, a bank account) with its first and last 4 digits."""
    return mask_phone(number) if looks_like_phone(number) else mask_nik(number)


def _values(pattern: re.Pattern[str], text: str) -> Iterator[Span]:
    """Where ``pattern`` found a value (its ``value`` or ``given`` group)."""
    for found in pattern.finditer(text):
        group = "value" if found.group("value") is not None else "given"
        yield found.span(group)


def _masked(text: str, spans: list[Span]) -> str:
    """``text`` with each span (they may overlap) replaced by one mask."""
    kept, end = [], 0
    for start, stop in sorted(spans):
        if stop <= end:
            continue
        kept.append(text[end:start] if start > end else "")
        if start >= end:
            kept.append(MASK)
        end = stop
    return "".join(kept) + text[end:]


_TOLD_WORDS = frozenset({
    "nomor", "no", "nmr", "nomer", "kartu", "prakerja", "aku", "saya", "sy", "ku", "gw", "gue",
    "ini", "itu", "nya", "adalah", "yaitu", "yg", "yang", "ya", "kak", "min", "nih", "dong",
    "kode", "otp", "password", "pw", "pass", "sandi", "kata", "pin", "redeem", "voucher", "is",
    "my", "the", "card", "number", "code", "here", "it", "this", "mine", "akun", "account",
})  # fmt: skip
"""What a message that only gives a secret says around it ("nomor kartu prakerja aku ...")."""
_WORDS = re.compile(r"[^\W\d_]+")


def told_only(text: str | None) -> bool:
    """``text`` gives a secret and says nothing else ("nomor kartu prakerja aku 5213 ..."): no
    question to answer after the warning."""
    if not text or secret_kind(text) is None:
        return False
    rest = strip_secrets(text).replace(MASK, " ").lower()
    return all(word in _TOLD_WORDS for word in _WORDS.findall(rest))
