from __future__ import annotations

import json

import pytest
import structlog

from bot.logs import configure_logging, get_logger
from bot.privacy import mask_nik, mask_pii


@pytest.mark.parametrize(
    ("raw", "masked"),
    [
        ("NIK saya 3273012345670003", "NIK saya 3273********0003"),
        ("kk 3273-0123-4567-0003 ya", "kk 3273********0003 ya"),
        ("hp 081234567890", "hp 0812****90"),
        ("wa +62 812-3456-7890", "wa 0812****90"),
        ("email budi.santoso@gmail.com", "email b***@gmail.com"),
        ("gelombang 71 kapan", "gelombang 71 kapan"),
        ("saldo Rp3.500.000", "saldo Rp3.500.000"),
    ],
)
def test_personal_data_is_masked(raw: str, masked: str) -> None:
    assert mask_pii(raw) == masked


def test_mask_nik_keeps_only_the_ends() -> None:
    assert mask_nik("3273012345670003") == "3273********0003"


def test_logs_never_contain_personal_data(capsys: pytest.CaptureFixture[str]) -> None:
    configure_logging("INFO", json_logs=True)
    get_logger("test").info("inbound", text="NIK 3273012345670003 email a.b@c.id hp 081234567890")
    line = capsys.readouterr().err.strip().splitlines()[-1]
    event = json.loads(line)
    assert "3273012345670003" not in line and "a.b@c.id" not in line and "081234567890" not in line
    assert event["text"].startswith("NIK 3273********0003")
    structlog.reset_defaults()
