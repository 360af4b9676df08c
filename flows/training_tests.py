"""The tests inside a training ("harus ikut post test ga", "pre test wajib?", "kalo ga lulus
post test gmn"), whatever the NLU reads them as (an eligibility check, before): Prakerja
courses have a pre-test, a post-test or quizzes and a skills task before certification
(reference/prakerja_domain_research.md 5.2, "pre-test, post-test, quizzes and unjuk
keterampilan before certification"); a training counts as finished only once every part is
done and the provider reports it; its pass mark is the provider's. Then (DOMAIN.md "Courses")
the certificate about 1 working day after the report, and the first course's rating and
review. Right after, "abis itu ngapain" (``FOLLOW_UPS``) gets what follows the training: the
certificate, the rating and review, the incentive."""

from __future__ import annotations

import re
from collections.abc import Callable

from flows.last_answer import remember
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.turn import Ask

TOPIC = "training_tests"
"""The topic ``flows.last_answer`` records after this answer."""
MAX_WORDS = 14
"""A longer message says more than a question about the tests."""

TESTS = re.compile(
    r"\b(?:post|pre|pos)[\s-]?tes(?:t|ts)?\b|\b(?:posttest|pretest|postes|pretes)\w*\b"
    r"|\b(?:tes|test|ujian|kuis|quiz)\w*\s+(?:akhir|awal|final)\w*|\bfinal (?:test|exam)\b"
    r"|\bunjuk keterampilan\b|\buji keterampilan\b|\btugas akhir\b"
)
"""A training's tests named: "post test", "pre-test", "tes akhir", "ujian akhir", "kuis awal",
"unjuk keterampilan"; not the registration's "tes kemampuan dasar"."""
_NEXT = re.compile(
    r"\b(?:ngapain|ngapa2in|what next|what now|then what|(?:abis|habis|setelah|sesudah|after) "
    r"(?:itu|ini|lulus|selesai|that)|(?:terus|trus|trs|lalu) (?:apa|ngapain|gimana|gmn)|"
    r"selanjutnya|berikutnya|next)\b|^\W*(?:terus|trus|trs|lalu)\W*$"
)
"""What follows: "abis itu ngapain", "terus?", "what next?"."""


def asks(text: str | None) -> bool:
    """Whether the message asks about a training's tests (short enough to be about them)."""
    lowered = " ".join((text or "").lower().split())
    return len(lowered.split()) <= MAX_WORDS and bool(TESTS.search(lowered))


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """The tests' answer, else None (not asked, or a button)."""
    if turn.message.payload is not None or not asks(turn.message.text):
        return None
    remember(turn, TOPIC)  # "abis itu ngapain" next: after the training
    return [turn.reply("training_tests.answer", turn.menu_button())]


def after_training(turn: FlowTurn) -> list[Outbound]:
    """ "abis itu ngapain" after the tests' answer: the certificate, rating, incentive."""
    facts = turn.ctx.programme.facts()
    return [turn.reply("training_tests.after", turn.menu_button(), **facts)]


def _after(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    return after_training(turn)
    yield


FOLLOW_UPS: dict[str, tuple[re.Pattern[str], Callable[[FlowTurn], Ask[list[Outbound] | None]]]] = {
    TOPIC: (_NEXT, _after),
}
"""The entry of ``flows.follow_ons.FOLLOW_UPS``."""


__all__ = ["FOLLOW_UPS", "TESTS", "TOPIC", "after_training", "answer", "asks"]
