"""Splitting a message that asks several things."""

from __future__ import annotations

import pytest

from nlu.clauses import clauses


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("saldo ku brp, trs sertifikat ku udh kluar blm?",
         ["saldo ku brp", "sertifikat ku udh kluar blm"]),
        ("insentif brp sih? terus gelombang berikutnya kapan",
         ["insentif brp sih", "gelombang berikutnya kapan"]),
        ("saldo ku brp trs insentif kpn cair", ["saldo ku brp", "insentif kpn cair"]),
        # "dan"/"and" before a question word: two questions
        ("cara daftar gmn dan kapan gelombang berikutnya dibuka",
         ["cara daftar gmn", "kapan gelombang berikutnya dibuka"]),
        ("how do I sign up and when is the next wave?",
         ["how do I sign up", "when is the next wave"]),
        # "and" inside one question, or before no question word
        ("saldo dan insentif kapan cair?", []),
        ("how much is the incentive and the balance?", []),
        # one question: joined by "dan"/"sama", a lone "terus gimana?", a bare "?" word
        ("syarat dan cara daftar apa aja?", []),
        ("terus gimana?", []),
        ("saldo? ok", []),
    ],
)  # fmt: skip
def test_questions_are_split_at_question_marks_and_joining_words(
    text: str, parts: list[str]
) -> None:
    assert clauses(text) == parts


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        # "sama" ("and") between two questions
        ("gmn cara cek lolos, sama sertifikat download dmn",
         ["gmn cara cek lolos", "sertifikat download dmn"]),
        ("insentif brp sama kapan cair", ["insentif brp", "kapan cair"]),
        ("cara daftar gmn sama kapan gelombang dibuka",
         ["cara daftar gmn", "kapan gelombang dibuka"]),
        # "sama" meaning "with" or "same": one question
        ("daftar sama temen bisa ga?", []),
        ("mau daftar sama temen gimana caranya", []),
        ("aku mau daftar, sama temen gimana caranya?", []),
        ("syaratnya sama aja kan sama gelombang kemarin?", []),
        ("kok statusnya sama aja, kapan berubah?", []),
        ("saldo brp, sama aja kayak kemarin gmn", []),
        # a bare "terus"/"lalu" after a finished question, before another one
        ("sertifikat udh keluar blm trs insentif kpn cair",
         ["sertifikat udh keluar blm", "insentif kpn cair"]),
        ("cara daftar gmn lalu kapan gelombang dibuka",
         ["cara daftar gmn", "kapan gelombang dibuka"]),
        # "terus" meaning "keeps on", "lalu" meaning "last": one question
        ("otp gagal terus gimana dong", []),
        ("kok otp gagal terus knp ya", []),
        ("kenapa foto ktp ditolak terus padahal udh jelas", []),
        ("daftar bulan lalu kok belum ada pengumuman", []),
    ],
)  # fmt: skip
def test_sama_terus_and_lalu_split_only_between_two_questions(text: str, parts: list[str]) -> None:
    assert clauses(text) == parts


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        # a numbered list of questions, its lead-in dropped
        ("mau nanya 1. sertifikat kapan keluar 2. insentif brp 3. bisa ganti no hp ga",
         ["sertifikat kapan keluar", "insentif brp", "bisa ganti no hp ga"]),
        ("1) how to register 2) when is the wave 3) how much is the incentive",
         ["how to register", "when is the wave", "how much is the incentive"]),
        # four numbered questions: each one (re14 D4: more than three gave none)
        ("min mau tanya 1. syarat umur brp 2. gelombang skrg buka ga 3. insentifnya brp "
         "4. bisa pake shopeepay ga",
         ["syarat umur brp", "gelombang skrg buka ga", "insentifnya brp",
          "bisa pake shopeepay ga"]),
        ("cara daftar:\n1. buat akun\n2. isi nik", []),  # pasted steps, not questions
        ("gelombang 1. 2. 3.", []),
        # lines that each ask
        ("saldo brp?\ninsentif kapan cair", ["saldo brp", "insentif kapan cair"]),
        ("halo min\nmau tanya dong", []),
        # a comma between two questions about two things
        ("saldo aku brp, deadline kapan, sama kelas apa yg bagus buat jualan online?",
         ["saldo aku brp", "deadline kapan", "kelas apa yg bagus buat jualan online"]),
        ("syaratnya apa aja dan dapet duit berapa?", ["syaratnya apa aja", "dapet duit berapa"]),
        ("insentif belum, gimana ya", []),
        ("aku gak bisa login, gimana?", []),
        ("sertifikat kapan keluar, kok lama banget", []),
    ],
)
def test_lists_lines_and_commas_split_questions(text: str, parts: list[str]) -> None:
    assert clauses(text) == parts


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        # a yes/no question ending in "blm" asks as much as a question word does
        ("sertifikat aku udh keluar blm, sama insentif kapan cair",
         ["sertifikat aku udh keluar blm", "insentif kapan cair"]),
        ("saldo aku brp, sertifikat aku udh keluar blm, sama insentif kapan cair?",
         ["saldo aku brp", "sertifikat aku udh keluar blm", "insentif kapan cair"]),
        # a statement after the comma is no second question
        ("insentif belum, gimana ya", []),
        ("aku udah daftar, tapi belum lolos", []),
        ("insentif aku belum cair, padahal sertifikat udah keluar", []),
        ("otp ga masuk2, sama aja kayak kemarin", []),
    ],
)  # fmt: skip
def test_a_yes_no_question_before_a_comma_or_sama_is_a_part(text: str, parts: list[str]) -> None:
    assert clauses(text) == parts
