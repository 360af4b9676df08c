"""Console sessions in the database (SQLite and PostgreSQL): open at sign-in, gone at sign-out,
and every session of an account gone with a new password or a deactivation."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa

from storage.models import StaffSession
from storage.repositories.staff import StaffRepository
from tests.storage.conftest import Factory
from tests.storage.test_db_crm import _staff

LATER = datetime.now(UTC) + timedelta(hours=12)


async def test_a_session_is_good_until_it_is_closed_or_expires(db_factory: Factory) -> None:
    sari, budi = await _staff(db_factory, "sari", "budi")
    staff = StaffRepository(db_factory)
    await staff.open_session("a" * 64, sari, LATER)
    found = await staff.session_holder("a" * 64, sari)
    assert found is not None and found.username == "sari"
    assert await staff.session_holder("a" * 64, budi) is None  # someone else's session
    assert await staff.session_holder("b" * 64, sari) is None  # never opened
    assert await staff.session_holder("a" * 64, sari, now=LATER + timedelta(seconds=1)) is None
    assert await staff.close_session("a" * 64)
    assert await staff.session_holder("a" * 64, sari) is None
    assert not await staff.close_session("a" * 64)


async def test_signing_in_forgets_expired_sessions(db_factory: Factory) -> None:
    (sari,) = await _staff(db_factory, "sari")
    staff = StaffRepository(db_factory)
    await staff.open_session("old", sari, datetime.now(UTC) - timedelta(minutes=1))
    await staff.open_session("new", sari, LATER)
    async with db_factory() as session:
        assert (await session.scalars(sa.select(StaffSession.id))).all() == ["new"]


@pytest.mark.parametrize("change", [{"password_hash": "y"}, {"active": False}])
async def test_a_new_password_or_a_deactivation_ends_every_session_of_the_account(
    db_factory: Factory, change: dict[str, object]
) -> None:
    sari, budi = await _staff(db_factory, "sari", "budi")
    staff = StaffRepository(db_factory)
    for session_id, staff_id in (("s1", sari), ("s2", sari), ("b1", budi)):
        await staff.open_session(session_id, staff_id, LATER)
    assert await staff.update("sari", **change)
    assert await staff.update("sari", active=True)
    assert await staff.session_holder("s1", sari) is None
    assert await staff.session_holder("s2", sari) is None
    assert await staff.session_holder("b1", budi) is not None  # other accounts stay signed in
    assert not await staff.update("nobody", active=False)


async def test_reactivating_an_account_keeps_its_sessions_closed_and_others_open(
    db_factory: Factory,
) -> None:
    (sari,) = await _staff(db_factory, "sari")
    staff = StaffRepository(db_factory)
    await staff.open_session("s1", sari, LATER)
    assert await staff.update("sari", active=True)  # not a deactivation: nothing ends
    assert await staff.session_holder("s1", sari) is not None
