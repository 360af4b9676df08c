"""Readers added for the account area in round 20 (probe p23d)."""

from __future__ import annotations

import pytest

from flows.account_devices import asks
from flows.account_resend import limit_reached
from flows.safety import secret_kind


@pytest.mark.parametrize(
    "text",
    [
        "udah kirim ulang 5x malah skrg ga bisa kirim lagi",
        "otp udah minta ulang berkali2 skrg ga bisa minta lagi",
        "I've resent it 5 times and now I can't request another",
    ],
)
def test_resend_limit_reached(text: str) -> None:
    assert limit_reached(text)


@pytest.mark.parametrize("text", ["kirim ulang dong", "otp ga masuk", "minta kode lagi ya"])
def test_resend_limit_not_reached(text: str) -> None:
    assert not limit_reached(text)


@pytest.mark.parametrize(
    "text", ["bisa login prakerja di 2 hp ga?", "can i log in to my account on two phones?"]
)
def test_several_devices_asked(text: str) -> None:
    assert asks(text)


def test_one_new_phone_is_not_several_devices() -> None:
    assert not asks("hp aku baru, otp ga masuk")


@pytest.mark.parametrize(
    "text",
    [
        "akun sy keblokir min gara2 salah password berkali2",
        "salah pw berkali2, kebuka ga",
        "lupa password masing2nya",
    ],
)
def test_doubled_word_after_password_is_no_password(text: str) -> None:
    assert secret_kind(text) is None


@pytest.mark.parametrize(
    "text", ["password aku Rahasia123", "my password is hunter22", "sandi akun aku Budi2024"]
)
def test_password_still_found(text: str) -> None:
    assert secret_kind(text) == "password"
