"""Only the user's own facts count against the eligibility rules."""

from __future__ import annotations

import pytest

from flows.eligibility_facts import GRADUATED, facts, family_size_only, later_facts
from flows.eligibility_notes import notes
from flows.turn import Message
from tests.flows.test_runtime import CTX


@pytest.mark.parametrize(
    ("text", "slots"),
    [
        # BUMN staff are no directors; a denied job is no job
        ("aku kerja di BUMN tp cuma karyawan kontrak, bisa ikut?", {"occupation": "none"}),
        ("saya komisaris bumn", {"occupation": "bumn"}),
        ("saya bukan pns", {}),
        # denials written short, over a slash, or with "pernah jadi anggota" between
        ("aku bkn pns bisa ikut?", {}),
        ("sy bkn tni/polri cuma satpam, bs ikut?", {"occupation": "none"}),
        ("aku ga pernah jd anggota dprd kok, bisa ikut kan?", {}),
        ("aku udh gak kerja jd perangkat desa, resign thn lalu", {"occupation": "none"}),
        ("aku pns boleh daftar?", {"occupation": "asn"}),
        # a school as a workplace
        ("saya honorer di sekolah, boleh daftar gak ya", {"occupation": "none"}),
        ("aku ngajar di sekolah swasta", {}),
        ("umur 17 masih sma", {"age": 17, "school": "yes"}),
        ("belum lulus, masih kuliah", {"school": "yes"}),
        ("udah lulus kuliah kok", {}),
        ("dulu aku perangkat desa tapi udah berhenti", {"occupation": "none"}),
        ("mantan tni, sekarang wiraswasta", {"occupation": "none"}),
        # a relative's facts are not the user's
        ("bapak saya kepala desa, saya boleh ikut ga?", {}),
        ("suami saya pns, saya boleh daftar?", {}),
        ("istriku pns aku boleh?", {}),
        ("my dad is a village head, can i join?", {}),
        ("saya pns, suami saya wiraswasta", {"occupation": "asn"}),
        ("anak saya umur 17 masih sma, saya umur 40 boleh ikut?", {"age": 40}),
        ("suami saya sudah dapat prakerja, saya boleh daftar juga?", {}),
        (
            "min sy ibu rumah tangga umur 45, suami kerja di bumn tp bukan direksi cuma staf "
            "biasa. sy bisa ikut ga?",
            {"age": 45, "occupation": "none"},
        ),
        # an earlier Prakerja, the family card, social assistance
        ("aku pernah dapet prakerja th 2021, skrg mau daftar lg bisa ga", {"previous": "yes"}),
        ("belum pernah dapat prakerja", {"previous": "no"}),
        ("di kk aku udh ada 2 org yg dpt prakerja, aku msh bisa?", {"kk_count": "2"}),
        ("sy penerima PKH blh dftr ga min", {"bansos": "yes"}),
        ("saya bukan penerima pkh", {}),
    ],
)
def test_the_users_own_facts(text: str, slots: dict[str, object]) -> None:
    assert facts(Message(text=text), CTX) == slots


@pytest.mark.parametrize(
    ("text", "size_only"),
    [("ga tau deh, ada 5 org di kk aku", True), ("di kk ada 4 orang", True),
     ("2 orang sudah dapat", False), ("1 org yg dpt prakerja", False), ("2", False)],
)  # fmt: skip
def test_the_family_size_is_no_count_of_recipients(text: str, size_only: bool) -> None:
    assert family_size_only(text) is size_only


def test_a_relatives_excluded_job_gets_the_note_that_the_rule_is_about_ones_own_job() -> None:
    assert "eligibility.note.relative_job" in notes("bapak saya kepala desa, saya boleh ikut?")
    assert "eligibility.note.relative_job" not in notes("saya kepala desa, boleh ikut?")
    assert notes("suami saya kerja di bumn staf biasa, saya boleh daftar?") == []  # his job


@pytest.mark.parametrize(
    ("text", "slots"),
    [
        ("gk kuliah, udh lulus smk", {"school": "no", GRADUATED: True}),
        ("udah lulus s1, wni", {"citizen": "yes", "school": "no", GRADUATED: True}),
        ("lulus tapi masih tercatat di pddikti", {"school": "graduate_listed"}),
        ("udah lulus seleksi belum ya", {}),  # no school named: not a graduation
        ("ga kuliah", {}),  # a lone denial is asked in its turn
    ],
)
def test_facts_typed_during_the_check_take_a_graduation(
    text: str, slots: dict[str, object]
) -> None:
    assert later_facts(Message(text=text), CTX) == slots
