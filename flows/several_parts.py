"""Questions of a several-questions message that name no topic of their own, read against the
incentive question before them ("insentif brp sih? cair nya kemana? berapa lama?": where the
incentive is paid to, and how long it takes to arrive). The engine keeps only the parts the
NLU reads with confidence, so "cair nya kemana" (payment_account 0.43) was dropped, and
"berapa lama" (read as what Prakerja is) got the programme's text (``flows.several_questions``
answers the parts)."""

from __future__ import annotations

import re

from flows.follow_up_answers import INCENTIVE_TIMING
from flows.how_long import HOW_LONG
from flows.last_answer import remember
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from nlu.clauses import clauses

Part = tuple[str, str, float]

WHERE, WHEN = "incentive:where", "incentive:when"
KINDS = frozenset({WHERE, WHEN})
"""The readings given to such parts."""
MAX_WORDS = 6
"""Such a part is short: a longer one says what it is about."""

_INCENTIVE = re.compile(r"\b(?:insentif|incentive|pencairan|cair)\w*")
_INCENTIVE_INTENTS = frozenset({"incentive_status", "payment_account"})
_WHERE = re.compile(
    r"\b(?:ke ?mana|kmn|di ?mana|dmn|lewat apa|via apa|pake apa|pakai apa|masuk ke|dikirim ke|"
    r"ditransfer ke|where)\b"
)
_OTHER = re.compile(
    r"\b(?:saldo|sertifikat|gelombang|wave|akun|account|otp|kode|email|tiket|survei|rating|"
    r"redeem|voucher|pelatihan|kelas|nik|kk|daftar|syarat|ktp|pengumuman|hasil)\w*"
)
"""Another subject named: the part is about that."""


def read(text: str, parts: list[Part]) -> list[Part]:
    """``parts`` with each short part about the incentive before it that names nothing else
    read as where it is paid to or how long it takes (one the engine dropped put back in its
    place); ``parts`` itself when there is none."""
    read_as = {clause: (intent, confidence) for clause, intent, confidence in parts}
    found: list[Part] = []
    incentive = balance = named = False
    for clause in clauses(text):
        reading = read_as.get(clause)
        if balance and reading is not None and _balance_when(clause, reading[0]):
            continue  # "beli pelatihan lagi bisa? sampai kapan?": the balance's answer has it
        if named and reading is not None and _COUNT.match(" ".join(clause.lower().split())):
            continue  # "insentif survei berapa dan berapa kali": that answer gives the count
        balance = reading is not None and reading[0] == "training_balance"
        named = bool(_INCENTIVE.search(clause.lower()) or _SURVEY.search(clause.lower()))
        kind = _kind(clause) if incentive else None
        if kind is not None and (reading is None or reading[0] not in _INCENTIVE_INTENTS):
            found.append((clause, kind, 1.0))
        elif reading is not None:
            found.append((clause, *reading))
            incentive = bool(_INCENTIVE.search(clause.lower())) or reading[0] in _INCENTIVE_INTENTS
    kept = len(found) < len(parts)
    return found if kept or any(intent in KINDS for _, intent, _ in found) else parts


_SURVEY = re.compile(r"\b(?:survei|survey)\w*")
_COUNT = re.compile(
    r"^\W*(?:(?:dan|dn|&|terus|trus|trs|and)\s+)?(?:berapa|brp|brapa|how many)\s+(?:kali|x|times)"
    r"(?:\s+(?:sih|ya|kak|min|dapetnya|dapatnya|cairnya))*\W*$"
)
"""A bare count ("dan berapa kali") after a part naming the incentive or survey: its answer
gives how many times."""
_UNTIL = re.compile(r"^\W*(?:sampai|sampe|smp|until) (?:kapan|kpn|when)\W*$")
"""A bare "sampai kapan?" after a balance question: how long the balance lasts, no wave."""


def _balance_when(clause: str, intent: str) -> bool:
    lowered = " ".join(clause.lower().split())
    return intent == "wave_schedule" and bool(_UNTIL.match(lowered))


def answer(turn: FlowTurn, kind: str) -> list[Outbound]:
    """Where the incentive is paid to, or how long it takes to arrive."""
    facts = turn.ctx.programme.facts()
    if kind == WHERE:
        return [turn.reply("kb.payment_account", turn.menu_button(), **facts)]
    remember(turn, INCENTIVE_TIMING)  # "udh 2 minggu" next: complain or wait
    return [turn.reply("kb.incentive_timing", turn.menu_button(), **facts)]


def _kind(clause: str) -> str | None:
    lowered = " ".join(clause.lower().split())
    if len(lowered.split()) > MAX_WORDS or _OTHER.search(lowered):
        return None
    if HOW_LONG.search(lowered):
        return WHEN
    return WHERE if _WHERE.search(lowered) else None


__all__ = ["KINDS", "WHEN", "WHERE", "answer", "read"]
