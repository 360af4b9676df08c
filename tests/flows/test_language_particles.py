"""Chat particles after other words decide no language (``flows.language``)."""

from __future__ import annotations

import pytest

from flows.language import language_of


@pytest.mark.parametrize(
    ("said", "language"),
    [
        ("online aja", None),  # an English chat's answer to its search: keeps English
        ("online aja dong", None),
        ("webinar dong", None),
        ("online only", None),
        ("yang online aja", "id"),  # an Indonesian word besides the particle
        ("link zoom nya mana", "id"),
        ("kenapa dicabut", "id"),
    ],
)
def test_particles_alone_make_no_message_indonesian(said: str, language: str | None) -> None:
    assert language_of(said) == language
