"""Whether a message read as ``register`` starts the registration form. Only a wish to register
does ("mau daftar", "daftarin aku", "daftar"); a question about registering does not:

- a step that fails ("bapak saya mau daftar tapi verifikasi wajahnya gagal terus"): the
  complaint's fix first (DOMAIN.md "Complaints" 5, KTP photo / face check), no form for it;
- a forgotten login in any register ("kula kesupen email ingkang kangge daftar", "aku lali
  email e"): the account help (DOMAIN.md "Complaints" 9);
- whether one may register ("Saya terkena PHK, apakah saya bisa mendaftar?"): the eligibility
  check, which answers exactly that;
- any other question ("abis itu?", "kuotanya brp? yg daftar udh banyak?"): the registration
  steps, with the form one tap away.

Before, each of these opened the consent question, which then came back after every reply."""

from __future__ import annotations

import re

from flows.account_help import forgot_login
from flows.messages import Outbound
from flows.registration_help import wants_to_register
from flows.runtime.machine import FlowTurn
from flows.turn import Ask, Message
from flows.waves import waves_text

_FAILS = re.compile(
    r"\b(?:gagal\w*|error|eror|ditolak|(?:ga|gak|gk|nggak|tidak|tdk)\s*bisa|gabisa|gbs|"
    r"can'?t|cannot|failed|fails?|mboten saged|ora iso|ora bisa)\b"
)
_STEP = re.compile(
    r"\b(?:verifikasi|verif|scan|foto|selfie|swafoto|face|liveness|wajah\w*|muka\w*|e-?ktp|ktp\w*|"
    r"otp|kode verifikasi)\b"
)
"""A registration step named (the face check, the e-KTP photo, a code)."""
_MAY = re.compile(
    r"\b(?:bisa|bisakah|boleh|bolehkah|dapat|dapatkah|masih bisa|memenuhi syarat|eligible|"
    r"can i|could i|am i|may i|iso|saged|tiasa)\b(?:\s+\w+){0,3}?\s+(?:daftar|mendaftar|"
    r"didaftar\w*|ikut|mengikuti|register|apply|join|sign up)\w*\b"
)
"""May I register: the eligibility check's question ("apakah saya bisa mendaftar")."""
_CROWD = re.compile(
    r"\b(?:yang|yg)\s+daftar\w*\s+(?:udah\s+|udh\s+|sudah\s+|sdh\s+|dah\s+)?(?:banyak|rame|ramai|"
    r"berapa|brp)\b|\b(?:banyak|rame|ramai)\s+(?:yang|yg)\s+daftar"
    r"|\bhow many (?:people )?(?:have )?(?:registered|applied|signed up)"
)
"""How many have registered ("yg daftar udh banyak?"): the wave and its quota."""
_ASKS = re.compile(
    r"\?|\b(?:apakah|apa|apaan|gimana|gmn|gmna|bagaimana|piye|pripun|kepripun|kumaha|brp|berapa|"
    r"kapan|dimana|di mana|mana|harus|wajib|perlu|kah|why|what|how|when|where|is it|do i)\b"
)
"""A question, by its mark or its words."""
_WAVE_OPEN = re.compile(
    r"\b(?:gelombang|gel|wave)\w*\b.{0,40}\b(?:buka|dibuka|kebuka|open\w*|mulai|dimulai)\b"
    r".{0,20}(?:\?|\b(?:belum|belom|blm|ga|gak|nggak|ngga|kah|yet|sih)\b)"
    r"|\b(?:kapan|kpn|when)\b.{0,20}\b(?:gelombang|wave)\b"
)
"""Whether a wave is open asked beside the wish to register ("aye mau daftar prakerja nih,
gelombang sekarang udah buka belom sih?")."""


def asks(message: Message) -> bool:
    """A question about registering, not a wish to register (that starts the form)."""
    text = " ".join((message.text or "").lower().split())
    if not text or message.payload is not None or wants_to_register(message):
        return False
    return bool(_ASKS.search(text))


def instead(turn: FlowTurn) -> str | None:
    """The intent that answers a ``register`` reading that asks no form, else None: the
    complaint for a failing step, the account help for a forgotten login, the eligibility check
    for "may I register?" (a question left is ``asks``: the steps)."""
    message = turn.message
    text = " ".join((message.text or "").lower().split())
    if not text or message.payload is not None:
        return None
    if _FAILS.search(text) and _STEP.search(text):
        return "complaint"  # "mau daftar tapi verifikasi wajahnya gagal terus"
    if forgot_login(message):
        return "account_access"  # "kula kesupen email ingkang kangge daftar prakerja"
    if wants_to_register(message):
        return None
    if _CROWD.search(text):
        return "wave_schedule"  # "kuotanya brp? yg daftar udh banyak?"
    if _MAY.search(text) and asks(message):
        return "check_eligibility"  # "apakah saya bisa mendaftar?"
    return None


def wave_first(turn: FlowTurn) -> Ask[list[Outbound]]:
    """The open wave (or the next) before the form, when the wish to register also asks
    whether a wave is open (probe p24a: the consent alone, the question unanswered); else
    nothing."""
    message = turn.message
    text = " ".join((message.text or "").lower().split())
    if message.payload is not None or not _WAVE_OPEN.search(text):
        return []
    return [Outbound((yield from waves_text(turn.lang)))]


__all__ = ["asks", "instead", "wave_first"]
