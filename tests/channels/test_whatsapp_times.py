"""A WhatsApp message's time: Meta's timestamp, or the arrival time when it is missing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.channels.whatsapp_payloads import WaMessage


def _message(**fields: str) -> WaMessage:
    return WaMessage.model_validate({"from": "6281234567890", "id": "wamid.T1", "type": "text",
                                     "text": {"body": "halo"}, **fields})  # fmt: skip


def test_a_message_keeps_metas_timestamp() -> None:
    assert _message(timestamp="1741584630").sent_at == datetime.fromtimestamp(1741584630, UTC)


def test_a_missing_or_broken_timestamp_is_the_arrival_time_not_1970() -> None:
    for fields in ({}, {"timestamp": "0"}, {"timestamp": "abc"}, {"timestamp": "9" * 30}):
        at = _message(**fields).sent_at
        assert abs(at - datetime.now(UTC)) < timedelta(minutes=1), fields
