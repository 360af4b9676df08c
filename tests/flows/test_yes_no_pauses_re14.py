"""A pause ("udah dulu ya", "nanti lanjut") is no answer to a yes/no question; a yes put off
("ya udah nanti aja") is still a no, and "udah" still a yes."""

import pytest

from flows.yes_no import later, pauses, yes_no


@pytest.mark.parametrize(
    "text",
    ["nanti lanjut", "udah dulu ya, nanti lanjut", "udah dulu ya", "nanti aja deh lanjutnya"],
)
def test_pause_is_no_answer(text: str) -> None:
    assert pauses(text)
    assert yes_no(text) is None
    assert not later(text)


@pytest.mark.parametrize("text", ["ya udah nanti aja", "udah", "udah dulu", "nanti lanjut apa?"])
def test_not_a_pause(text: str) -> None:
    assert not pauses(text)


def test_put_off_still_no() -> None:
    assert yes_no("ya udah nanti aja") is False
    assert yes_no("udah kak") is True
