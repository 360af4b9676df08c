"""When things happen, asked inside the registration form:

- how long registering takes ("ini daftarnya lama ga sih? brp lama prosesnya"): this form takes
  a few minutes; then a wave is joined, and the announcement comes after it closes (DOMAIN.md
  "Registration steps");
- whether the balance comes at once ("abis ini langsung dapet saldo?"): no; only after joining
  a wave and being selected, the announcement after the wave closes; the card number and the
  balance appear then.

Before, the first was "belum menangkap" and the second the whole benefits table."""

from __future__ import annotations

import re

from flows.how_long import HOW_LONG
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

_FORM = re.compile(
    r"\b(?:daftar\w*|registrasi|regis|register\w*|proses\w*|isi\w*|ngisi\w*|form\w*|ini)\b"
)
"""What the "how long" is about: registering, this form, "the process" (not a named other
subject such as the incentive)."""
_LONG = re.compile(r"\blama\s+(?:ga|gak|gk|nggak|ngga|tidak|engga)\b|\b(?:lama|long)\b.*\?")
_BALANCE = re.compile(r"\b(?:saldo|balance|duit|uang|dana|insentif|incentive)\w*\b")
_AT_ONCE = re.compile(
    r"\b(?:langsung|lgsg|lgsung|lsg|otomatis|auto|straight away|right away|immediately)\b"
)
"""At once ("langsung"): not "abis daftar dapet insentif berapa?" (the amounts)."""
_OTHER_SUBJECT = re.compile(
    r"\b(?:insentif|incentive|cair\w*|sertifikat|certificate|otp|kode|code|tiket|ticket|refund"
    r"|sms|email|pesan|masuk|datang|dateng|nyampe|sampai|sampe)\w*"
)


def asks_how_long(lowered: str) -> bool:
    """ "daftarnya lama ga sih?", "brp lama prosesnya": registering's length."""
    if _OTHER_SUBJECT.search(lowered) or not _FORM.search(lowered):
        return False
    return bool(HOW_LONG.search(lowered) or _LONG.search(lowered))


def asks_balance_at_once(lowered: str) -> bool:
    """ "abis ini langsung dapet saldo?": whether the balance comes right after registering."""
    return bool(_BALANCE.search(lowered) and _AT_ONCE.search(lowered))


def answer(turn: FlowTurn) -> Outbound | None:
    """The answer about timing, else None."""
    lowered = " ".join((turn.message.text or "").lower().split())
    if asks_balance_at_once(lowered):
        return Outbound(turn.say("registration.aside.balance_not_yet"))
    if asks_how_long(lowered):
        return Outbound(turn.say("registration.aside.how_long"))
    return None


__all__ = ["answer", "asks_balance_at_once", "asks_how_long"]
