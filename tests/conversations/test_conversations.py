"""Every YAML conversation in this folder, through the real engine on a copy of the seeded DB."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.conversations import Conversation, Prepared, load, run
from nlu import NLUConfig, load_parser

HERE = Path(__file__).parent
CONVERSATIONS = load(HERE)


@pytest.fixture(scope="session")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> Prepared:
    import asyncio

    ready = Prepared(tmp_path_factory.mktemp("conversations"))
    asyncio.run(ready.prepare())
    return ready


def test_there_are_at_least_sixty_conversations() -> None:
    assert len(CONVERSATIONS) >= 60
    assert len({c.name for c in CONVERSATIONS}) == len(CONVERSATIONS), "names must be unique"


@pytest.mark.parametrize("conversation", CONVERSATIONS, ids=lambda c: c.name)
async def test_conversation(conversation: Conversation, prepared: Prepared) -> None:
    parser = load_parser(NLUConfig())
    outcome = await run(conversation, prepared.copy(conversation.name), parser)
    assert outcome.ok, f"{conversation.source}: {conversation.name}\n" + "\n".join(outcome.failures)


def test_a_misspelt_expectation_is_refused(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yml"
    broken.write_text(
        "conversations:\n  - name: typo\n    turns:\n      - user: halo\n        expect: [Halo]\n",
        "utf-8",
    )
    with pytest.raises(ValueError, match="expect"):
        load(broken)
