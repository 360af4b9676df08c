"""What a conversation test expects, checked: a turn's replies and session (``check_turn``),
row-count changes (``row_counts`` before and after) and the newest row of a table
(``latest_rows``), and a file's keys known (``known_keys``). The file format is described in
``bot.conversations``."""

from __future__ import annotations

import re
from typing import Any

import sqlalchemy as sa

from flows import Outbound
from flows.responses import template

TABLES = ("participants", "complaint_tickets", "complaint_events", "handoffs", "enrolments",
          "data_deletion_requests", "opt_outs", "channel_identities", "audit_log")  # fmt: skip
"""Tables whose row counts and newest rows a conversation may check."""


CONVERSATION_KEYS = frozenset({"name", "turns", "setup", "db", "latest"})
TURN_KEYS = frozenset({"user", "button", "payload", "idle", "bot", "not", "keys", "buttons",
                       "silent", "slots", "flow", "step", "session"})  # fmt: skip
"""What a conversation and a turn may say: any other key is refused when loading, so a
misspelt expectation cannot pass unchecked."""


def known_keys(source: str, item: dict[str, Any]) -> None:
    """Refuse a conversation or turn key the format does not have."""
    unknown = set(item) - CONVERSATION_KEYS
    for turn in item.get("turns", []):
        unknown |= set(turn) - TURN_KEYS
    if unknown:
        raise ValueError(f"{source}: {item.get('name')!r} has unknown keys {sorted(unknown)}")


def key_pattern(language: str, key: str) -> re.Pattern[str]:
    """A regex matching the response ``key`` with any values in its placeholders."""
    parts = re.split(r"\{[a-z_]+\}", template(language, key))
    return re.compile(".*?".join(re.escape(part) for part in parts), re.DOTALL)


def check_turn(turn: dict[str, Any], replies: list[Outbound], session: Any) -> list[str]:
    problems: list[str] = []
    said = "\n".join([r.text for r in replies] + [b.title for r in replies for b in r.buttons])
    lowered = said.lower()
    for fragment in _list(turn.get("bot")):
        if str(fragment).lower() not in lowered:
            problems.append(f"expected {fragment!r} in: {said[:400]!r}")
    for fragment in _list(turn.get("not")):
        if str(fragment).lower() in lowered:
            problems.append(f"did not expect {fragment!r} in: {said[:400]!r}")
    language = session.language if session is not None else "id"
    for key in _list(turn.get("keys")):
        pattern = key_pattern(language, str(key))
        if not any(pattern.fullmatch(r.text) or pattern.search(r.text) for r in replies):
            problems.append(f"no reply matches response {key!r}: {said[:300]!r}")
    titles = [b.title.lower() for r in replies for b in r.buttons]
    for title in _list(turn.get("buttons")):
        if not any(str(title).lower() in t for t in titles):
            problems.append(f"no button {title!r} among {titles}")
    if turn.get("silent") and replies:
        problems.append(f"expected silence, got {said[:200]!r}")
    for name, value in (turn.get("slots") or {}).items():
        actual = session.slots.get(name) if session else None
        if str(actual) != str(value):
            problems.append(f"slot {name} = {actual!r}, expected {value!r}")
    for attribute in ("flow", "step"):
        if attribute in turn and getattr(session, attribute, None) != turn[attribute]:
            problems.append(
                f"{attribute} = {getattr(session, attribute, None)!r}, expected {turn[attribute]!r}"
            )
    for name, value in (turn.get("session") or {}).items():
        if getattr(session, name, None) != value:
            problems.append(
                f"session.{name} = {getattr(session, name, None)!r}, expected {value!r}"
            )
    return problems


def _list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


async def row_counts(factory: Any) -> dict[str, int]:
    async with factory() as session:
        return {
            t: int(await session.scalar(sa.text(f"SELECT COUNT(*) FROM {t}")) or 0) for t in TABLES
        }


async def latest_rows(factory: Any, expected: dict[str, dict[str, Any]]) -> list[str]:
    problems: list[str] = []
    for table, columns in expected.items():
        if table not in TABLES:
            problems.append(f"latest: unknown table {table}")
            continue
        async with factory() as session:
            row = (
                (await session.execute(sa.text(f"SELECT * FROM {table} ORDER BY id DESC LIMIT 1")))
                .mappings()
                .first()
            )
        for column, value in columns.items():
            actual = None if row is None else row.get(column)
            if str(actual) != str(value) and not (value == "*" and actual is not None):
                problems.append(f"latest {table}.{column} = {actual!r}, expected {value!r}")
    return problems
