"""Secrets users must never send (passwords, OTP codes of other services, card numbers, voucher
and redeem codes): detected so the assistant warns, and masked out of everything staff read
(the transcript, handoff summaries, ticket texts). Where each kind sits in a message, and what
only looks like one, is ``flows.secret_finders``'s."""

from __future__ import annotations

import re

from flows import responses
from flows.formatting import looks_like_phone, mask_nik, mask_phone
from flows.secret_finders import FINDERS, Span, pasted_spans

MASK = "[disembunyikan]"
"""A secret where it is kept (staff read Indonesian); ``shown`` says it in the chat's language."""


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
    return bool(text) and next(pasted_spans(text or ""), None) is not None


def strip_secrets(text: str) -> str:
    """``text`` with passwords, OTP codes, card numbers and voucher/redeem codes masked
    (what the transcript keeps of a message that contained one)."""
    return _masked(text, [span for _, find in FINDERS for span in find(text)])


def strip_pasted(text: str) -> str:
    """``text`` masked when it is a code in capitals pasted alone (``pasted_code``): what the
    transcript keeps of it outside a form and while no person holds the chat (an order number
    typed for a form or for staff looks the same)."""
    return _masked(text, list(pasted_spans(text)))


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
