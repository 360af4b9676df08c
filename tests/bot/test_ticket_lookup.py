"""Looking a complaint up by its reference: only the chat that filed it (or a chat of the same
participant) is told its status; anyone else is answered as for a reference that does not exist."""

from __future__ import annotations

import pytest

from bot.data import DataAnswers
from bot.runtime import Runtime
from flows import queries as q
from flows.validators import ticket_reference


def _answers(runtime: Runtime) -> DataAnswers:
    answers = runtime.engine._answer
    assert isinstance(answers, DataAnswers)
    return answers


@pytest.mark.parametrize(
    ("text", "reference"),
    [("cek tiket PRK-12345678", "PRK-12345678"), ("prk 12345678?", "PRK-12345678"),
     ("tiket prk-123456 gmn", "PRK-123456"), ("PRK-1234567", None), ("PRK-123456789", None),
     ("tiket 123456", None)],
)  # fmt: skip
def test_a_typed_reference_is_read_with_eight_or_six_digits(
    text: str, reference: str | None
) -> None:
    assert ticket_reference(text) == reference


async def test_the_chat_that_filed_a_ticket_sees_it_and_another_chat_does_not(
    runtime: Runtime,
) -> None:
    answers = _answers(runtime)
    reference = await answers(q.CreateTicket("webchat", "filer", "otp_login", "OTP tidak masuk"))
    assert isinstance(reference, str)

    mine = await answers(q.TicketQuery(reference, "webchat", "filer"))
    assert mine is not None and mine.reference == reference and mine.category == "otp_login"
    assert await answers(q.TicketQuery(reference, "webchat", "stranger")) is None
    assert await answers(q.TicketQuery(reference, "telegram", "filer")) is None
