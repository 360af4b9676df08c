"""``prakerja staff add | password | deactivate | activate`` (mounted by bot.cli): the CRM
console's accounts. Passwords are typed at a hidden prompt and stored as argon2id hashes."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Annotated, TypeVar

import typer
from rich.console import Console

if TYPE_CHECKING:
    from storage.repositories.staff import StaffRepository

T = TypeVar("T")
MIN_PASSWORD = 12
_HIDDEN = "asked at a hidden prompt when left out (keep passwords out of the shell history)"

staff_app = typer.Typer(help="CRM console accounts", no_args_is_help=True)


@staff_app.callback()
def _staff() -> None:
    """CRM console accounts."""


def _password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise typer.BadParameter(f"a password has at least {MIN_PASSWORD} characters")
    from argon2 import PasswordHasher

    return PasswordHasher().hash(password)


@staff_app.command("add")
def add(
    username: str,
    name: Annotated[str, typer.Option(help="the name users and colleagues see")],
    password: Annotated[
        str, typer.Option(prompt=True, hide_input=True, confirmation_prompt=True, help=_HIDDEN)
    ],
    role: Annotated[str, typer.Option(help="agent, supervisor or admin")] = "agent",
) -> None:
    """Create an account (the password is asked for, hidden)."""
    from storage.db import AlreadyExists
    from storage.models import StaffRole

    if role not in {r.value for r in StaffRole}:
        raise typer.BadParameter("--role is agent, supervisor or admin")
    if not username.isascii() or not 0 < len(username) <= 64 or not name.strip():
        raise typer.BadParameter("give a username (up to 64 ASCII characters) and a --name")
    hashed = _password(password)

    async def work(repo: StaffRepository) -> int:
        return await repo.add(username, name.strip(), role, hashed)

    try:
        staff_id = _with_staff(work)
    except AlreadyExists as exc:
        raise typer.BadParameter(str(exc)) from None
    Console().print(f"Staff account {username} ({role}) created, id {staff_id}.")


@staff_app.command("password")
def password(
    username: str,
    new: Annotated[
        str,
        typer.Option(
            "--password", prompt=True, hide_input=True, confirmation_prompt=True, help=_HIDDEN
        ),
    ],
) -> None:
    """Set a new password."""
    _change(username, "password changed", password_hash=_password(new))


@staff_app.command("deactivate")
def deactivate(username: str) -> None:
    """Stop an account from signing in (its history stays)."""
    _change(username, "deactivated", active=False)


@staff_app.command("activate")
def activate(username: str) -> None:
    """Allow a deactivated account to sign in again."""
    _change(username, "activated", active=True)


def _change(username: str, what: str, **values: object) -> None:
    async def work(repo: StaffRepository) -> bool:
        return await repo.update(username, **values)

    if not _with_staff(work):
        raise typer.BadParameter(f"no staff account {username!r}")
    Console().print(f"Staff account {username}: {what}.")


def _with_staff(work: Callable[[StaffRepository], Awaitable[T]]) -> T:
    from bot.cli_support import with_database
    from storage.repositories.staff import StaffRepository

    return with_database(lambda factory: work(StaffRepository(factory)))
