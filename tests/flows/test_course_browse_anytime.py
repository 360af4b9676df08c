"""Which messages ask whether one may look at the courses (``flows.course_browse_anytime``)."""

from __future__ import annotations

import pytest

from flows.course_browse_anytime import asks
from flows.turn import Message


@pytest.mark.parametrize(
    "said",
    [
        "sambil nunggu bisa liat2 pelatihan ga",
        "boleh lihat-lihat kursus dulu?",
        "sambil nunggu pengumuman boleh lihat2 kelas?",
        "can I look at the courses while I wait?",
    ],
)
def test_browsing_is_asked_about(said: str) -> None:
    assert asks(Message(text=said))


@pytest.mark.parametrize(
    "said",
    [
        "bisa beli pelatihan ga",  # buying: its own answer
        "bisa liat pelatihan yang udah aku beli?",  # one's own courses
        "bisa liat kelas ku ga",
        "can i see my courses",
        "liat pelatihan",  # no question whether one may
    ],
)
def test_buying_ones_own_courses_or_a_bare_wish_are_not(said: str) -> None:
    assert not asks(Message(text=said))
