"""Re-probe 10, "what next" and status follow-ups: the words each follow-up is read by, and
the ones it leaves to other answers (conversations: tests/conversations/next_re10.yml)."""

from __future__ import annotations

import pytest

from flows import data_safety, my_selection, redeem_lapsed, training_tests, waves
from flows.certificate_asks import certificate_kind
from flows.certificate_issued import says_not_seen
from flows.follow_ons import WAITED_ONLY
from flows.my_selection import FOLLOW_UPS, NO_WAVE


@pytest.mark.parametrize(
    ("said", "asked"),
    [
        ("harus ikut post test ga", True),
        ("pre-test wajib?", True),
        ("kalo ga lulus posttest gmn", True),
        ("ujian akhirnya susah ga", True),
        ("tugas unjuk keterampilan dikumpulin kemana", True),
        ("apa itu tes kemampuan dasar?", False),  # the registration's test
        ("tes akhir", True),
        ("aku mau daftar prakerja", False),
    ],
)
def test_a_trainings_tests_are_named(said: str, asked: bool) -> None:
    assert training_tests.asks(said) is asked


@pytest.mark.parametrize(
    ("said", "safe"),
    [
        ("aman ga?", True),
        ("tp aman kan?", True),
        ("bocor ga", True),
        ("is it safe?", True),
        ("aman", True),
        ("aman ga kalo aku daftar pake hp orang lain?", False),  # a question of its own
        ("amanah", False),
    ],
)
def test_a_bare_safety_question(said: str, safe: bool) -> None:
    assert bool(data_safety.SAFE.fullmatch(said)) is safe


@pytest.mark.parametrize(
    ("said", "later"),
    [
        ("tahun ini ada ga", True),
        ("bulan depan buka?", True),
        ("masih ada lagi?", True),
        ("2027 ada?", True),
        ("any more this year?", True),
        ("kuotanya berapa?", False),
        ("kalo telat gimana", False),
    ],
)
def test_a_wave_to_come_is_asked(said: str, later: bool) -> None:
    assert bool(waves.LATER.search(said)) is later


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("sertifikat prakerja itu berlaku selamanya?", "validity"),
        ("masa berlaku sertifikatnya brp lama", "validity"),
        ("does the certificate expire?", "validity"),
        ("sertifikat bisa dipake ngelamar kerja?", "use"),
        ("sertifikat aku kok blm muncul", None),
    ],
)
def test_a_certificates_validity_is_its_own_question(said: str, kind: str | None) -> None:
    assert certificate_kind(said) == kind


@pytest.mark.parametrize(
    ("said", "lapsed"),
    [
        ("hangus dong?", True),
        ("jadi kodenya ga berlaku?", True),
        ("wasted then?", True),
        ("saldo aku hangus ga?", False),  # the balance: its own answer
        ("kelas aku jam 19.00", False),
    ],
)
def test_a_code_said_lost_after_the_redeem_answer(said: str, lapsed: bool) -> None:
    asked = bool(redeem_lapsed.LAPSED.search(said))
    named = bool(redeem_lapsed._OTHER_TOPIC.search(said))
    assert (asked and not named) is lapsed


@pytest.mark.parametrize(
    ("said", "followed"),
    [
        ("udah seminggu", True),
        ("wis 3 hari", True),
        ("biasanya berapa lama", True),
        ("kapan ngumuminnye", True),
        ("oke makasih", False),
    ],
)
def test_a_wait_after_no_wave_joined(said: str, followed: bool) -> None:
    assert bool(FOLLOW_UPS[NO_WAVE][0].search(said)) is followed


@pytest.mark.parametrize(
    ("said", "next_only"),
    [
        ("alhamdulillah lolos min, abis ini ngapain", True),
        ("langkah selanjutnya apa", True),
        ("terus gimana", True),
        ("langkah daftar prakerja", False),
        ("tahapan pendaftarannya apa aja", False),
    ],
)
def test_only_what_comes_next(said: str, next_only: bool) -> None:
    assert bool(my_selection._NEXT_ONLY.search(said)) is next_only


@pytest.mark.parametrize(
    ("said", "bare"),
    [
        ("wis seminggu", True),
        ("udh 2 minggu", True),
        ("it's been a week", True),
        ("insentifnya udah 3 bulan ga masuk2", False),  # the money never came: a complaint
        ("2 minggu lagi", False),
    ],
)
def test_a_bare_wait_after_all_paid(said: str, bare: bool) -> None:
    assert bool(WAITED_ONLY.search(said)) is bare


@pytest.mark.parametrize(
    ("said", "not_seen"),
    [
        ("sertifikat aku kok blm muncul", True),
        ("sertifikat teu aya kumaha nya", True),
        ("my certificate is not showing", True),
        ("where is my certificate?", False),  # where or when: the general answer
        ("sertifikat kapan keluar", False),
    ],
)
def test_a_certificate_said_not_there(said: str, not_seen: bool) -> None:
    assert says_not_seen(said) is not_seen
