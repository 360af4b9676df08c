"""Telegram: Bot API updates -> Inbound, replies -> Bot API calls (aiogram 3 types and client).

Update kinds (private chats; group chats are ignored):

- ``message``: text (``/start`` and ``/menu`` become the ``start`` / ``menu`` payloads), a
  contact (taken only when it is the sender's own: it fills the phone question), a location;
  a photo (its largest size) or a document: evidence for the chat's open complaint ticket
  (``attachments``, fetched by ``telegram_media``; without it configured, like other media);
  sticker, voice and other media get a polite "text only, please" (no turn).
- ``edited_message``: ignored (no new turn for an edit).
- ``callback_query``: answered at once (answerCallbackQuery) and taken as the button payload;
  a redelivered one is not answered again, and its turn is the engine's stored one (no new turn,
  no replies sent again).
- ``my_chat_member``: kicked / left marks the identity unreachable; member again, reachable.
- anything else: ignored, still answered 200.

The message id given to the engine is the ``update_id``, so a redelivered update gets the
replies of the first delivery and no second turn; replies, notices and callback answers go out
once per ``update_id`` whichever worker the redelivery reaches (``TurnRunner.first_time``).
"""

from __future__ import annotations

import hmac
from typing import Any

from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.exceptions import (
    RestartingTelegram,
    TelegramAPIError,
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramNetworkError,
    TelegramNotFound,
    TelegramRetryAfter,
    TelegramServerError,
    TelegramUnauthorizedError,
)
from aiogram.methods import AnswerCallbackQuery, SendMessage, SendPhoto, TelegramMethod
from aiogram.types import CallbackQuery, ChatMemberUpdated, Message, Update

from bot.channels import attachments, notices
from bot.channels.delivery import Request
from bot.channels.errors import (
    ChannelUnavailable,
    MessageRejected,
    RateLimited,
    RecipientBlocked,
)
from bot.channels.telegram_media import media_of
from bot.channels.telegram_render import TelegramRenderer, answer_callback, notice
from bot.channels.turns import TurnRunner
from bot.logs import get_logger
from flows import Contact, Inbound, Location

log = get_logger(__name__)

CHANNEL = "telegram"
SECRET_HEADER = "x-telegram-bot-api-secret-token"
ALLOWED_UPDATES = ["message", "edited_message", "callback_query", "my_chat_member"]
COMMANDS = {"start": "start", "menu": "menu"}
GONE_STATUSES = {"kicked", "left"}
#: 400 descriptions that mean the chat is gone for good (the Bot API has no error codes).
GONE_DESCRIPTIONS = ("chat not found", "user is deactivated", "peer_id_invalid")
METHODS: dict[str, type[TelegramMethod[Any]]] = {
    "sendMessage": SendMessage,
    "sendPhoto": SendPhoto,
    "answerCallbackQuery": AnswerCallbackQuery,
}


def create_bot(token: str, api_url: str, timeout: float) -> Bot:
    """The one Bot (and aiohttp session) of this process, on ``api_url`` (the public Bot API
    or a self-hosted / fake one)."""
    session = AiohttpSession(api=TelegramAPIServer.from_base(api_url), timeout=timeout)
    return Bot(token, session=session)


class TelegramTransport:
    channel = CHANNEL

    def __init__(self, bot: Bot) -> None:
        self.bot = bot

    async def deliver(self, user_id: str, request: Request) -> str | None:
        method = METHODS[request["method"]].model_validate(request["params"])
        try:
            result = await self.bot(method)
        except TelegramAPIError as exc:
            raise map_error(exc) from exc
        if isinstance(result, Message):
            return f"{result.chat.id}:{result.message_id}"
        return None


def map_error(exc: TelegramAPIError) -> Exception:
    """aiogram's exceptions -> the channel exception tree."""
    description = exc.message.lower()
    if isinstance(exc, TelegramRetryAfter):
        return RateLimited(float(exc.retry_after), exc.message)
    if isinstance(exc, TelegramForbiddenError):  # blocked by the user, deactivated, kicked
        return RecipientBlocked(exc.message)
    if isinstance(exc, TelegramBadRequest | TelegramNotFound) and any(
        gone in description for gone in GONE_DESCRIPTIONS
    ):
        return RecipientBlocked(exc.message)
    if isinstance(exc, TelegramServerError | TelegramNetworkError | RestartingTelegram):
        return ChannelUnavailable(exc.message)
    if isinstance(exc, TelegramUnauthorizedError):  # wrong token: nothing will go out until fixed
        log.error("telegram_unauthorized")
        return ChannelUnavailable(exc.message)
    return MessageRejected(exc.message)


class TelegramChannel:
    def __init__(
        self,
        bot: Bot,
        secret: str,
        runner: TurnRunner,
        renderer: TelegramRenderer,
        evidence: attachments.Evidence | None = None,
        download_timeout: float = 30,
    ) -> None:
        """``evidence``: where photos and documents go (None: text only)."""
        self.bot = bot
        self._secret = secret.encode()
        self.runner = runner
        self._renderer = renderer
        self._evidence = evidence
        self._download_timeout = download_timeout

    def verify(self, header: str | None) -> bool:
        """The webhook's secret-token header, compared in constant time."""
        if not header or not self._secret:
            return False
        return hmac.compare_digest(header.encode(), self._secret)

    def parse(self, data: Any) -> Update:
        return Update.model_validate(data, context={"bot": self.bot})

    async def set_webhook(self, url: str) -> None:
        await self.bot.set_webhook(
            url=url,
            secret_token=self._secret.decode(),
            allowed_updates=ALLOWED_UPDATES,
            drop_pending_updates=False,
        )
        log.info("telegram_webhook_set")

    async def feed(self, update: Update) -> None:
        """Handle one update (webhook and polling alike). Raises StoreUnavailable/LockTimeout
        when the turn could not be taken (the caller makes Telegram redeliver)."""
        update_id = str(update.update_id)
        if update.message is not None:
            await self._message(update_id, update.message)
        elif update.callback_query is not None:
            await self._callback(update_id, update.callback_query)
        elif update.my_chat_member is not None:
            await self._membership(update.my_chat_member)
        elif update.edited_message is not None:
            log.debug("telegram_edit_ignored")
        else:
            log.debug("telegram_update_ignored", kinds=",".join(sorted(update.model_extra or {})))

    async def _message(self, update_id: str, message: Message) -> None:
        if message.chat.type != "private" or message.from_user is None:
            return
        user_id = str(message.chat.id)

        async def answer(text: str) -> None:
            await self.runner.seen(user_id)
            await self.runner.notice(user_id, update_id, [notice(int(user_id), text)])

        def inbound(**content: Any) -> Inbound:
            return Inbound(CHANNEL, user_id, update_id, timestamp=message.date, **content)

        if message.text is not None:
            command = _command(message.text)
            if command is not None:
                await self.runner.take(inbound(payload=command))
            else:
                await self.runner.take(inbound(text=message.text))
        elif message.contact is not None:
            contact = message.contact
            if contact.user_id != message.from_user.id:
                await answer(notices.OWN_CONTACT_ONLY)
                return
            phone = contact.phone_number
            phone = phone if phone.startswith("+") else "+" + phone
            own = Contact(phone, contact.first_name or "", user_id=str(contact.user_id))
            await self.runner.take(inbound(contact=own))
        elif message.location is not None:
            where = Location(message.location.latitude, message.location.longitude)
            await self.runner.take(inbound(location=where))
        elif self._evidence is not None and (
            found := media_of(self.bot, message, self._download_timeout)
        ):
            await attachments.answer(
                self.runner, self._evidence, user_id, update_id, message.date, found
            )
        else:
            await answer(notices.TEXT_ONLY)

    async def _callback(self, update_id: str, callback: CallbackQuery) -> None:
        """Answer the press once, then take it: a redelivery still reaches the engine, which
        knows whether the first delivery's turn was taken (it may have failed after the answer)
        and returns its stored replies; the runner does not send those again."""
        user_id = str(callback.from_user.id)
        if await self.runner.first_time(user_id, answer_mark(update_id)):
            self.runner.sender.submit(user_id, [answer_callback(callback.id)])
        else:
            log.info("redelivery_not_resent", channel=CHANNEL)
        if callback.data is None:
            return
        payload = await self._renderer.payload(callback.data)
        await self.runner.take(Inbound(CHANNEL, user_id, update_id, payload=payload))

    async def _membership(self, change: ChatMemberUpdated) -> None:
        if change.chat.type != "private":
            return
        reachable = change.new_chat_member.status not in GONE_STATUSES
        await self.runner.set_reachable(str(change.chat.id), reachable)
        log.info("telegram_membership", reachable=reachable)


def answer_mark(update_id: str) -> str:
    """The id under which a callback's answer is marked (the update id marks its turn)."""
    return f"{update_id}:callback-answer"


def _command(text: str) -> str | None:
    if not text.startswith("/"):
        return None
    name = text.split(maxsplit=1)[0][1:].split("@", 1)[0].lower()
    return COMMANDS.get(name)
