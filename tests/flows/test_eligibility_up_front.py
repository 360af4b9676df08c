"""Facts the user gives before they are asked (citizenship, school, job, an earlier Prakerja),
village officials by their titles, a relative's job, and the question whether a laptop is
needed."""

from __future__ import annotations

import pytest

from flows.eligibility_facts import facts, relative_job
from flows.eligibility_notes import asks_device
from flows.turn import Message
from tests.flows.test_runtime import CTX


@pytest.mark.parametrize(
    ("text", "slots"),
    [
        (
            "cek syarat, umur 30, wni, ga kuliah, ojol, belum pernah dapet",
            {"age": 30, "citizen": "yes", "school": "no", "occupation": "none", "previous": "no"},
        ),
        (
            "aku wni, udah ga sekolah, kerja serabutan, blm pernah dapat prakerja",
            {"citizen": "yes", "school": "no", "occupation": "none", "previous": "no"},
        ),
        # a graduate is asked whether still listed as a student; a lone denial in its turn
        ("aku wni, udah lulus sma", {"citizen": "yes"}),
        ("ga kuliah", {}),
        ("aku wna, boleh daftar?", {"citizen": "no"}),
        ("saya tidak punya ktp", {"citizen": "no"}),
        # questions about a rule, or facts about something else, are no answers
        ("syaratnya harus wni ya?", {}),
        ("belum pernah dapat bansos", {}),
    ],
)
def test_facts_given_up_front(text: str, slots: dict[str, object]) -> None:
    assert facts(Message(text=text), CTX) == slots


@pytest.mark.parametrize(
    "text",
    ["aku kades", "sy sekdes", "saya sekretaris desa", "aku kaur desa", "saya kaur pemerintahan",
     "aku kasi desa", "saya kepala dusun", "aku kadus", "saya aparatur desa"],
)  # fmt: skip
def test_village_officials_by_their_titles(text: str) -> None:
    assert facts(Message(text=text), CTX) == {"occupation": "village"}


@pytest.mark.parametrize("text", ["aku tinggal di kaur", "kasi tau dong syaratnya"])
def test_a_place_or_a_word_is_no_village_official(text: str) -> None:
    assert "occupation" not in facts(Message(text=text), CTX)


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("bapak aku pensiunan tni, aku sendiri karyawan swasta. aman kan?", True),
        ("bapak saya kepala desa, saya boleh ikut ga?", True),
        ("bapak aku karyawan swasta", False),
        ("aku pensiunan tni", False),
    ],
)
def test_a_relatives_job_held_now_or_before(text: str, named: bool) -> None:
    assert relative_job(text) is named


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("ikut pelatihan prakerja harus punya laptop ga", True),
        ("pelatihan prakerja wajib pake laptop atau bisa hp?", True),
        ("webinar perlu hp yang ada kameranya?", True),
        ("no hp harus aktif ga buat daftar?", False),
        ("laptop aku rusak", False),
    ],
)
def test_whether_a_device_is_needed(text: str, asks: bool) -> None:
    assert asks_device(text) is asks
