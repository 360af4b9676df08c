"""The newcomer readers' own recognisers (p23 probe)."""

from __future__ import annotations

import pytest

from flows.newcomer_face import FACE
from flows.newcomer_id_photos import asked_by_other


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("dia minta foto ktp sama kk aja sih", True),
        ("temen aku minta foto ktp sama kk, katanya mau bantu daftarin", True),
        ("someone asked me to send a photo of my id card", True),
        ("petugas minta foto ktp, kirim kemana?", False),
        ("foto ktp aku buram", False),
    ],
)
def test_a_third_party_asking_for_id_photos(text: str, expected: bool) -> None:
    assert asked_by_other(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("verifikasi wajah gagal terus", True),
        ("the face verification keeps failing", True),
        ("liveness check gagal", True),
        ("ganti nomor hp gimana", False),
    ],
)
def test_the_face_check_named(text: str, expected: bool) -> None:
    assert (FACE.search(text) is not None) is expected
