"""Word checks of the re19 waves fixes: own data asked, another question, only a phone, a
returned migrant worker's story, a regional how-to-register."""

from __future__ import annotations

import pytest

from flows.own_data_asks import asked
from flows.regional_phrases import standard
from flows.repeated_questions import other_question, question_words
from flows.returned_worker import told
from flows.training_device import asks
from flows.wave_results import told_selected


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("pengumumannya kapan", False),
        ("cemana cara tau lolos apa gak lae", False),
        ("kapan cairnya?", False),
        ("aku ga lolos gelombang kemarin, bisa langsung ikut yg skrg?", False),
        ("gelombang 72 kuotanya brp dan kapan pengumumannya?", False),
        ("emang ada yg salah sama data aku?", True),
        ("saldo ku brp", True),
        ("insentif aku belum cair", True),
        ("aku ikut gelombang 70, lolos ga ya aku", True),
        ("insentif", True),
    ],
)
def test_own_data_asked(text: str, own: bool) -> None:
    assert asked(text) is own


def test_another_yes_no_question_is_not_asked_again() -> None:
    before = question_words("oleh duit piro to prakerja iku?")
    assert other_question("lha pelatihane mbayar ora?", before)
    assert not other_question("gmn cara daftarnya sih", question_words("cara daftar gmn"))
    again = "kapan gelombang 73 dibuka"
    assert not other_question(again, question_words(again))


def test_only_a_phone() -> None:
    assert asks("pelatihannya online atau offline? aku gak punya laptop cuma hp")
    assert not asks("no hp aku ganti")


def test_told_selected() -> None:
    assert told_selected("alhamdulillah aku lolos gelombang 71!! trs abis ini ngapain?")
    assert not told_selected("aku ga lolos gelombang kemarin")
    assert not told_selected("aku lolos ga ya")


def test_returned_worker_story() -> None:
    story = (
        "saya 3 thn jadi PMI di hongkong, kontrak habis bulan lalu pulang ke indramayu. skrg "
        "nganggur, mau belajar jahit. saya umur 29. kira2 bisa ga kak dan gmn caranya?"
    )
    assert told(story)
    assert not told("mau belajar bahasa jepang buat kerja di jepang")


def test_sundanese_words() -> None:
    assert standard("kumaha cara daptarna?") == "gimana cara daftarnya?"
    assert standard("abdi yuswa 40 taun") == "abdi umur 40 tahun"
