"""Chat channel identities (Telegram, WhatsApp, web chat) of about 60% of the participants.

A function of the ``DemoGenerator``: it draws from its random stream, in the order
``storage.seed`` calls it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from typing import TYPE_CHECKING

from storage.models import ChannelIdentity
from storage.seed_data.participants import Person

if TYPE_CHECKING:
    from storage.seed_data.generate import DemoGenerator


def make_identities(gen: DemoGenerator, persons: Sequence[Person]) -> list[ChannelIdentity]:
    """At most one identity per (flushed) participant; WhatsApp ids are their phone numbers."""
    rng = gen.rng
    identities: list[ChannelIdentity] = []
    for person in persons:
        if rng.random() >= 0.6:
            continue
        channel = rng.choice(("telegram", "whatsapp", "webchat"))
        if channel == "telegram":
            user_id = str(rng.randint(10**8, 7 * 10**9))
        elif channel == "whatsapp":
            user_id = gen.cipher.decrypt(person.row.phone_ciphertext or b"", context="phone")
            user_id = user_id.removeprefix("+")
        else:
            user_id = f"web-{rng.getrandbits(64):016x}"
        last_inbound = gen.now - timedelta(minutes=rng.randint(5, 60 * 24 * 30))
        identities.append(
            ChannelIdentity(
                channel=channel,
                user_id=user_id,
                participant_id=person.row.id,
                reachable=rng.random() < 0.9,
                last_inbound_at=last_inbound,
                created_at=min(person.row.created_at + timedelta(days=1), last_inbound),
            )
        )
    return identities
