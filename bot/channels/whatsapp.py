"""WhatsApp Cloud API: webhook verification and signatures, messages -> Inbound, statuses.

Inbound kinds: text; interactive ``button_reply`` and ``list_reply`` and template quick replies
(taken as payloads; a quick reply without a payload as if its button text was typed); location;
contacts (the sender's own card fills the phone question, anyone else's gets a polite answer);
image and document: evidence for the chat's open complaint ticket (``attachments``, fetched
by ``whatsapp_media``; without those configured, like the other media); sticker, audio, video
and ``unsupported`` get a polite "text only, please" (no turn); reactions and system notices
are ignored.

Statuses (sent, delivered, read, failed) are recorded against the sent message's id; a failure
saying the recipient cannot receive messages (131026) marks the identity unreachable. Every
message moves the identity's last inbound time forward: the 24-hour customer-service window
campaigns consult. The message id (``wamid``) is the engine's dedup id: WhatsApp retries
webhooks for days and may send one twice, to any worker (replies and notices go out once per
message id: ``TurnRunner.first_time``).

Items of a call that do not fit their model are left out alone (``Value.skipped``) and logged
with their ids, never their content; the rest of the call is handled and answered 200.

Why not pywa: see docs/channels.md ("Libraries").
"""

from __future__ import annotations

import hashlib
import hmac
from typing import Any

from bot.channels import attachments, notices
from bot.channels.turns import TurnRunner
from bot.channels.whatsapp_api import CHANNEL, GONE_CODES, WhatsAppRenderer, notice
from bot.channels.whatsapp_media import GraphMedia
from bot.channels.whatsapp_payloads import Value, WaMessage, WaStatus, Webhook
from bot.logs import get_logger
from flows import Contact, Inbound, Location
from storage.models.channels import SendStatus
from storage.repositories.channels import ChannelRepository

log = get_logger(__name__)

SIGNATURE_HEADER = "x-hub-signature-256"
MEDIA_TYPES = {"image", "sticker", "audio", "voice", "video", "document", "unsupported"}
IGNORED_TYPES = {"reaction", "system", "request_welcome"}
STATUSES = {status.value: status for status in SendStatus}


class WhatsAppChannel:
    def __init__(
        self,
        *,
        verify_token: str,
        app_secret: str,
        runner: TurnRunner,
        renderer: WhatsAppRenderer,
        store: ChannelRepository,
        evidence: attachments.Evidence | None = None,
        media: GraphMedia | None = None,
    ) -> None:
        """``evidence`` and ``media``: where images and documents go (None: text only)."""
        self._verify_token = verify_token.encode()
        self._app_secret = app_secret.encode()
        self.runner = runner
        self._renderer = renderer
        self._store = store
        self._evidence = evidence
        self._media = media

    def challenge(self, mode: str | None, token: str | None, challenge: str | None) -> str | None:
        """The subscription check (GET): the challenge to echo, or None to refuse."""
        if mode != "subscribe" or not token or challenge is None:
            return None
        if not hmac.compare_digest(token.encode(), self._verify_token):
            return None
        return challenge

    def verify(self, body: bytes, header: str | None) -> bool:
        """``X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the raw body with the app secret>``,
        compared in constant time."""
        if not header or not header.startswith("sha256="):
            return False
        expected = hmac.new(self._app_secret, body, hashlib.sha256).hexdigest()
        return hmac.compare_digest(header.removeprefix("sha256=").encode(), expected.encode())

    async def feed(self, webhook: Webhook) -> None:
        """Handle every message and status of one webhook call, in order. Raises
        StoreUnavailable/LockTimeout when a turn could not be taken (the caller answers 5xx and
        WhatsApp redelivers; turns already taken are deduplicated then)."""
        for value in webhook.message_values():
            for skipped in value.skipped:
                log.warning(
                    "whatsapp_item_skipped",
                    kind=skipped.kind,
                    index=skipped.index,
                    id=skipped.id,
                    problems=", ".join(skipped.problems),
                )
            for status in value.statuses:
                await self._status(status)
            for message in value.messages:
                await self._message(value, message)

    async def _message(self, value: Value, message: WaMessage) -> None:
        user_id = value.sender_of(message)
        if not user_id or message.type in IGNORED_TYPES:
            return

        def inbound(**content: Any) -> Inbound:
            return Inbound(CHANNEL, user_id, message.id, timestamp=message.sent_at, **content)

        async def typed(text: str) -> None:
            chosen = await self._numbered_choice(user_id, text)
            await self.runner.take(inbound(payload=chosen) if chosen else inbound(text=text))

        if message.type == "text" and message.text is not None:
            await typed(message.text.body)
        elif message.type == "interactive" and message.interactive is not None:
            reply = message.interactive.button_reply or message.interactive.list_reply
            if reply is not None:
                await self.runner.take(inbound(payload=await self._renderer.payload(reply.id)))
        elif message.type == "button" and message.button is not None:
            if message.button.payload:
                await self.runner.take(inbound(payload=message.button.payload))
            else:  # a quick reply defined without a payload: its text, as if typed
                await typed(message.button.text)
        elif message.type == "location" and message.location is not None:
            where = Location(message.location.latitude, message.location.longitude)
            await self.runner.take(inbound(location=where))
        elif message.type == "contacts":
            own = _own_card(user_id, message)
            if own is not None:
                await self.runner.take(inbound(contact=own))
            else:
                await self._notice(user_id, message, notices.OWN_CONTACT_ONLY)
        elif (found := self._file(message)) is not None and self._evidence is not None:
            await attachments.answer(
                self.runner, self._evidence, user_id, message.id, message.sent_at, found
            )
        else:
            await self._notice(user_id, message, notices.TEXT_ONLY)

    def _file(self, message: WaMessage) -> attachments.Media | None:
        return self._media.media_of(message) if self._media is not None else None

    async def _numbered_choice(self, user_id: str, text: str) -> str | None:
        stripped = text.strip().rstrip(".")
        if not stripped.isdigit() or len(stripped) > 2:
            return None
        return await self._store.choice(CHANNEL, user_id, int(stripped))

    async def _notice(self, user_id: str, message: WaMessage, text: str) -> None:
        await self.runner.seen(user_id, message.sent_at)
        await self.runner.notice(user_id, message.id, [notice(text)])

    async def _status(self, status: WaStatus) -> None:
        kind = STATUSES.get(status.status)
        if kind is None:  # "played", "deleted" ... not tracked
            return
        error = status.errors[0] if status.errors else None
        await self._store.record_status(
            CHANNEL,
            status.id,
            kind,
            at=status.at,
            error_code=error.code if error else None,
            error_title=(error.title or error.message) if error else None,
        )
        if error is not None and error.code in GONE_CODES and status.recipient:
            await self.runner.set_reachable(status.recipient, False)
        if kind is SendStatus.FAILED:
            log.info("whatsapp_message_failed", code=error.code if error else None)


def _own_card(user_id: str, message: WaMessage) -> Contact | None:
    """The shared card that is the sender's own number, if any."""
    for card in message.contacts:
        for phone in card.phones:
            if phone.wa_id and phone.wa_id == user_id:
                return Contact("+" + phone.wa_id, card.name.get("formatted_name", ""), user_id)
    return None
