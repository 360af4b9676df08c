"""A voucher or redeem code pasted alone ("RDM8K2J4L9") is a secret: masked in what is kept,
warned about outside a flow; words, tickets, OTPs and lowercase words with digits are not."""

from __future__ import annotations

import pytest

from flows.safety import pasted_code, secret_kind, strip_pasted, strip_secrets


@pytest.mark.parametrize("text", ["RDM8K2J4L9", "8XK2-99AB", " AB12CD34 ", "RDM8K2J4L9."])
def test_a_code_pasted_alone_is_masked(text: str) -> None:
    assert pasted_code(text)
    assert text.strip(" .") not in strip_pasted(text)
    assert strip_secrets(text) == text  # by itself no secret: the engine decides where


@pytest.mark.parametrize(
    "text",
    ["gelombang72", "rdm8k2j4l9", "PRK-123456", "738201", "ok", "RDM8K2J4L9 kok gagal", ""],
)
def test_other_messages_are_no_pasted_code(text: str) -> None:
    assert not pasted_code(text)
    assert strip_pasted(text) == text


def test_a_pasted_code_is_not_a_secret_kind_by_itself() -> None:
    """The router decides: inside a flow a step may ask for an order number shaped the same."""
    assert secret_kind("RDM8K2J4L9") is None
