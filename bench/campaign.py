"""Campaign sending: deliveries per second through the real sender, PostgreSQL and the Telegram
port, against a fake Bot API in the same process; and a check that every recipient got the
message exactly once.

    cd /work/main && .venv/bin/python -m bench.campaign [--recipients 5000] [--rate 2000] [--runs 3]

The platform limit is the real bound in production (Telegram: about 30 messages/s per bot);
``--rate`` sets the channel's limit high so the figure shows what the sender itself costs per
delivery (claims, opt-out checks, outcome rows). Each run sends a new campaign to the same
recipients (plus the demo data's opted-in participants) in a throw-away PostgreSQL database.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
import uuid
from collections import Counter
from pathlib import Path

import sqlalchemy as sa

from bench.webchat_load import _create_database, _drop_database
from bot.channels.broadcast import Broadcast
from bot.runtime import open_runtime, prepare_database
from bot.settings import load_settings
from campaigns.sender import CampaignSender
from storage.db import create_session_factory
from storage.models import ChannelIdentity, Participant
from storage.repositories.campaigns import CampaignRepository, Segment
from storage.repositories.channels import ChannelRepository
from tests.channels.fake_telegram import FakeTelegram

TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"


async def _recipients(url: str, count: int) -> None:
    """``count`` participants who opted in, each with a Telegram chat (no personal data)."""
    from storage.db import create_engine

    engine = create_engine(url)
    async with engine.begin() as connection:
        ids = (
            await connection.execute(
                sa.insert(Participant).returning(Participant.id),
                [{"name": f"Peserta {n}", "notify_opt_in": True, "language": "id",
                  "status": "registered", "balance": 0} for n in range(count)],
            )
        ).scalars().all()  # fmt: skip
        await connection.execute(
            sa.insert(ChannelIdentity),
            [{"channel": "telegram", "user_id": str(500_000 + n), "participant_id": pid,
              "reachable": True} for n, pid in enumerate(ids)],
        )  # fmt: skip
    await engine.dispose()


async def _run(args: argparse.Namespace, url: str, data_dir: Path) -> list[float]:
    fake = FakeTelegram()
    await fake.start()
    settings = load_settings(
        data_dir=data_dir, database_url=url, secret_key="bench-secret-key-0123456789abcdef",
        telegram_token=TOKEN, telegram_secret="bench-secret", telegram_api_url=fake.base_url,
        channels={"telegram_rate_per_second": args.rate},
        logging={"level": "WARNING"},
    )  # fmt: skip
    await prepare_database(settings)
    await _recipients(url, args.recipients)
    runtime = await open_runtime(settings)
    rates = []
    try:
        factory = create_session_factory(runtime.database)
        repo = CampaignRepository(factory)
        broadcast = Broadcast(runtime.channels)
        window = ChannelRepository(factory).window_open
        for n in range(args.runs):
            segment = Segment(channels=["telegram"])
            campaign = await repo.create(f"bench {n}", "Halo {name}!", segment)
            fake.requests.clear()
            started = time.perf_counter()
            added = await repo.start(campaign, "bench")
            senders = [CampaignSender(repo, broadcast.send, window) for _ in range(args.senders)]
            await asyncio.gather(*(sender.run(campaign) for sender in senders))
            elapsed = time.perf_counter() - started
            chats = Counter(str(p["chat_id"]) for p in fake.calls("sendMessage"))
            once = len(chats) == added and set(chats.values()) == {1}
            info = await repo.info(campaign)
            print(
                f"run {n + 1}: {added} recipients in {elapsed:.1f} s = {added / elapsed:.0f}/s;"
                f" each exactly once: {once}; {info.counts if info else {}}"
            )
            rates.append(added / elapsed)
    finally:
        await runtime.close()
        await fake.close()
    return rates


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--recipients", type=int, default=5000)
    parser.add_argument("--rate", type=float, default=2000.0)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--senders", type=int, default=1)
    parser.add_argument(
        "--pg-admin-url", default="postgresql+asyncpg://postgres@127.0.0.1:5432/test"
    )
    args = parser.parse_args()
    name = f"prakerja_bench_{uuid.uuid4().hex[:8]}"
    url = _create_database(args.pg_admin_url, name)
    try:
        with tempfile.TemporaryDirectory() as data_dir:
            rates = asyncio.run(_run(args, url, Path(data_dir)))
    finally:
        _drop_database(args.pg_admin_url, name)
    print(
        f"median of {len(rates)} runs: {statistics.median(rates):.0f} deliveries/s "
        f"({args.senders} sender(s), channel limit {args.rate:.0f}/s, PostgreSQL)"
    )


if __name__ == "__main__":
    main()
