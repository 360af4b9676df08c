"""Sending one message now, outside any turn and outside the per-chat queues, with the
platform's answer (campaigns need it to record each delivery): rendered and paced like every
other send, through the same port."""

from __future__ import annotations

from bot.channels.hub import Channels
from bot.channels.turns import TurnRunner
from flows import Outbound


class NotConfigured(Exception):
    """The channel is not set up in this deployment."""


class Broadcast:
    def __init__(self, channels: Channels) -> None:
        self._channels = channels

    def _runner(self, channel: str) -> TurnRunner:
        if channel == "telegram" and self._channels.telegram is not None:
            return self._channels.telegram.runner
        if channel == "whatsapp" and self._channels.whatsapp is not None:
            return self._channels.whatsapp.runner
        raise NotConfigured(channel)

    async def send(self, channel: str, user_id: str, message: Outbound) -> str | None:
        runner = self._runner(channel)
        port = runner.sender.port
        external_id = None
        for request in await runner.render(user_id, [message]):
            external_id = await port.send_once(user_id, request) or external_id
        return external_id

    async def send_template(
        self, channel: str, user_id: str, name: str, language: str, parameters: list[str]
    ) -> str | None:
        """An approved WhatsApp message template (allowed outside the 24-hour window)."""
        if channel != "whatsapp":
            raise NotConfigured(f"templates are a WhatsApp feature, not {channel}'s")
        port = self._runner(channel).sender.port
        body = [{"type": "text", "text": value} for value in parameters]
        template: dict[str, object] = {"name": name, "language": {"code": language}}
        if body:
            template["components"] = [{"type": "body", "parameters": body}]
        request = {"body": {"type": "template", "template": template}}
        return await port.send_once(user_id, request)
