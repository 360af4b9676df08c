"""A whole registration, typed and tapped through each channel's webhook, answered through the
fake Bot API / Graph API, ending with the participant in the database and linked to the chat.

    user: mau daftar prakerja dong      bot: consent question            [Ya] [Tidak]
    user: [Ya]                          bot: your full name?
    user: siti rahmawati / NIK / KK / 5 mei 2001
    user: (shares own contact on Telegram, types the number on WhatsApp)
                                        bot: OTP sent to 0812****90
    user: <the code>                    bot: e-mail?
    user: Siti.R@Example.com            bot: region from the NIK, right?    [Ya]
    user: [Ya]                          bot: summary                        [Kirim]
    user: [Kirim]                       bot: Selamat, Siti! ... Gelombang ...
"""

from __future__ import annotations

import html
import itertools
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import pytest
import sqlalchemy as sa

from bot.app import create_app
from bot.data import DataAnswers
from bot.otp import DevelopmentOtpSender
from bot.runtime import Runtime, open_runtime
from bot.settings import Settings
from nlu import NLUConfig, load_parser
from storage.db import create_session_factory
from storage.keys import ConversationKey
from storage.models import ChannelIdentity, Participant
from storage.repositories.transcript import TranscriptRepository
from tests.channels import payloads
from tests.channels.conftest import post_telegram, post_whatsapp
from tests.channels.fake_graph import FakeGraph
from tests.channels.fake_telegram import FakeTelegram

NIK, KK = "3273014505010003", "3273 0101 1500 0001"


@pytest.fixture
async def nlu_runtime(
    make_settings: Callable[..., Settings],
) -> AsyncIterator[tuple[Runtime, DevelopmentOtpSender, httpx.AsyncClient]]:
    settings = make_settings()
    parser = load_parser(NLUConfig())
    runtime = await open_runtime(settings, parser=parser)
    answers = runtime.engine._answer
    assert isinstance(answers, DataAnswers)
    otp = DevelopmentOtpSender(echo=False)
    answers.otp_sender = otp
    transport = httpx.ASGITransport(app=create_app(settings, runtime))
    async with httpx.AsyncClient(transport=transport, base_url="http://assistant") as client:
        yield runtime, otp, client
    await runtime.close()


class TelegramUser:
    def __init__(self, client: httpx.AsyncClient, runtime: Runtime, fake: FakeTelegram):
        self.client, self.runtime, self.fake = client, runtime, fake
        self.ids = itertools.count(5000)
        self.read = 0

    async def _post(self, update: dict[str, Any]) -> list[str]:
        assert (await post_telegram(self.client, update)).status_code == 200
        await self.runtime.channels.idle()
        sent = self.fake.calls("sendMessage")[self.read :]
        self.read += len(sent)
        return [html.unescape(str(m["text"])) for m in sent]

    async def say(self, text: str) -> str:
        return "\n".join(await self._post(payloads.telegram_text(text, next(self.ids))))

    async def press(self, title: str) -> str:
        for message in reversed(self.fake.calls("sendMessage")):
            for row in message.get("reply_markup", {}).get("inline_keyboard", []):
                for button in row:
                    if button["text"] == title:
                        update = payloads.telegram_callback(button["callback_data"], next(self.ids))
                        return "\n".join(await self._post(update))
        raise AssertionError(f"no button {title!r}")

    async def share_contact(self) -> str:
        return "\n".join(await self._post(payloads.telegram("contact_own", next(self.ids))))


class WhatsAppUser:
    def __init__(self, client: httpx.AsyncClient, runtime: Runtime, fake: FakeGraph):
        self.client, self.runtime, self.fake = client, runtime, fake
        self.ids = (f"wamid.E2E{n:04d}" for n in itertools.count())
        self.read = 0

    async def _post(self, payload: dict[str, Any]) -> str:
        assert (await post_whatsapp(self.client, payload)).status_code == 200
        await self.runtime.channels.idle()
        texts = self.fake.texts()[self.read :]
        self.read = len(self.fake.texts())
        return "\n".join(texts)

    async def say(self, text: str) -> str:
        return await self._post(payloads.whatsapp_text(text, next(self.ids)))

    async def press(self, title: str) -> str:
        for message in reversed(self.fake.messages()):
            action = message.get("interactive", {}).get("action", {})
            options = [b["reply"] for b in action.get("buttons", [])]
            options += [row for s in action.get("sections", []) for row in s["rows"]]
            for option in options:
                if option["title"] == title:
                    kind = "button_reply" if action.get("buttons") else "list_reply"
                    return await self._post(
                        payloads.whatsapp_reply(option["id"], next(self.ids), kind)
                    )
        raise AssertionError(f"no button {title!r}")


async def _registered(runtime: Runtime, channel: str, user_id: str) -> Participant:
    factory = create_session_factory(runtime.database)
    async with factory() as session:
        row = (
            await session.execute(
                sa.select(Participant)
                .join(ChannelIdentity, ChannelIdentity.participant_id == Participant.id)
                .where(ChannelIdentity.channel == channel, ChannelIdentity.user_id == user_id)
            )
        ).scalar_one()
    return row


async def test_registration_through_telegram(
    nlu_runtime: tuple[Runtime, DevelopmentOtpSender, httpx.AsyncClient],
    fake_telegram: FakeTelegram,
) -> None:
    runtime, otp, client = nlu_runtime
    user = TelegramUser(client, runtime, fake_telegram)
    await user.say("mau daftar prakerja dong")
    await user.press("Ya")
    await user.say("siti rahmawati")
    await user.say(f"NIK aku {NIK}")
    await user.say(KK)
    await user.say("5 mei 2001")
    phone_question = fake_telegram.calls("sendMessage")[-1]
    assert phone_question["reply_markup"]["keyboard"][0][0]["request_contact"] is True
    assert "0812****90" in await user.share_contact()
    assert otp.last_codes, "an OTP was sent to the shared number"
    await user.say(next(iter(otp.last_codes.values())))
    assert "Bandung" in await user.say("Siti.R@Example.com")
    assert "3273********0003" in await user.press("Ya")
    assert "Selamat" in await user.press("Kirim")
    participant = await _registered(runtime, "telegram", str(payloads.TELEGRAM_USER))
    assert participant.name == "Siti Rahmawati"


async def test_registration_through_whatsapp(
    nlu_runtime: tuple[Runtime, DevelopmentOtpSender, httpx.AsyncClient],
    fake_graph: FakeGraph,
) -> None:
    runtime, otp, client = nlu_runtime
    user = WhatsAppUser(client, runtime, fake_graph)
    await user.say("mau daftar prakerja dong")
    await user.press("Ya")
    await user.say("siti rahmawati")
    await user.say(f"NIK aku {NIK}")
    await user.say(KK)
    await user.say("5 mei 2001")
    assert "0812****90" in await user.say("0812-3456-7890")
    code = next(iter(otp.last_codes.values()))
    await user.say(code)
    assert "Bandung" in await user.say("Siti.R@Example.com")
    assert "3273********0003" in await user.press("Ya")
    assert "Selamat" in await user.press("Kirim")
    participant = await _registered(runtime, "whatsapp", payloads.WHATSAPP_USER)
    assert participant.name == "Siti Rahmawati"
    # the code, typed bare at our own question, is not kept in the transcript staff read
    await runtime.transcript.flush()
    history = await TranscriptRepository(create_session_factory(runtime.database)).history(
        ConversationKey("whatsapp", payloads.WHATSAPP_USER), limit=100
    )
    typed = [entry.text or "" for entry in history if entry.direction == "in"]
    assert "[disembunyikan]" in typed and not any(code in text for text in typed)
