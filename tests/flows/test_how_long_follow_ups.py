"""What a short message right after an answer is read as: a bare "how long?" (about what was
going on, not a subject of its own), and what follows the blocked-account answer."""

from __future__ import annotations

import pytest

from flows.account_help import BLOCKED, FOLLOW_UPS
from flows.how_long import asks_bare


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        ("brp lama lagi", True),
        ("brp lama diprosesnya", True),
        ("kira2 brp hari beresnya?", True),
        ("how long?", True),
        ("berapa lama insentif cair?", False),  # names its own subject
        ("brp lama sertifikatnya keluar", False),
        ("udh ya?", False),  # no question of time
        ("berapa lama kira-kira proses pengaduan ini sampai selesai ya min", False),  # long
    ],
)
def test_a_bare_how_long_question(text: str, bare: bool) -> None:
    assert asks_bare(text) is bare


@pytest.mark.parametrize(
    ("text", "follows"),
    [
        ("aku ga ngapa2in kok", True),
        ("padahal ga pernah melanggar", True),
        ("I didn't do anything", True),
        ("buka nya gmn", True),
        ("biar kebuka lg gmn", True),
        ("how do I unblock it?", True),
        ("trs gmn", True),
        ("makasih min", False),
        ("oke", False),
        ("cara daftar gimana", False),
    ],
)
def test_what_follows_the_blocked_account_answer(text: str, follows: bool) -> None:
    pattern = FOLLOW_UPS[BLOCKED][0]
    assert bool(pattern.search(text.lower())) is follows
