"""Splitting a message that asks several things."""

from __future__ import annotations

import pytest

from nlu.clauses import clauses


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("saldo ku brp, trs sertifikat ku udh kluar blm?",
         ["saldo ku brp", "sertifikat ku udh kluar blm"]),
        ("insentif brp sih? terus gelombang berikutnya kapan",
         ["insentif brp sih", "gelombang berikutnya kapan"]),
        ("saldo ku brp trs insentif kpn cair", ["saldo ku brp", "insentif kpn cair"]),
        # "dan"/"and" before a question word: two questions
        ("cara daftar gmn dan kapan gelombang berikutnya dibuka",
         ["cara daftar gmn", "kapan gelombang berikutnya dibuka"]),
        ("how do I sign up and when is the next wave?",
         ["how do I sign up", "when is the next wave"]),
        # "and" inside one question, or before no question word
        ("saldo dan insentif kapan cair?", []),
        ("how much is the incentive and the balance?", []),
        # one question: joined by "dan"/"sama", a lone "terus gimana?", a bare "?" word
        ("syarat dan cara daftar apa aja?", []),
        ("terus gimana?", []),
        ("saldo? ok", []),
    ],
)  # fmt: skip
def test_questions_are_split_at_question_marks_and_joining_words(
    text: str, parts: list[str]
) -> None:
    assert clauses(text) == parts
