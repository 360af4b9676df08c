"""A request with personal data beside it is read again without the data (the real model)."""

from __future__ import annotations

import pytest

from bot.request_beside_data import enough, reread, without_data, worth_rereading
from nlu import NLUConfig, Parser, load_parser


@pytest.fixture(scope="module")
def parser() -> Parser:
    return load_parser(NLUConfig())


def test_the_data_and_its_labels_are_taken_out(parser: Parser) -> None:
    text = "min tolong cek insentif saya NIK 3273014506920003 no hp 081234567890"
    parse = parser.parse(text)
    assert without_data(text, parse.entities) == "min tolong cek insentif saya"


def test_a_request_beside_a_nik_and_phone_reads_as_the_request(parser: Parser) -> None:
    text = (
        "halo, nama saya Siti Aminah, email sitiaminah88@gmail.com hp 0813-2222-3333. "
        "insentif saya gagal"
    )
    parse = parser.parse(text)
    assert worth_rereading(parse)  # the whole message reads as giving a fact
    rest = without_data(text, parse.entities)
    assert enough(rest)
    assert rest is not None
    again = reread(parse, parser.parse(rest))
    assert again.intent.name == "incentive_status"
    assert {e.entity for e in again.entities} >= {"email", "phone"}  # still seen by the flows


def test_data_alone_leaves_nothing_to_read(parser: Parser) -> None:
    text = "NIK saya 3374124108850002"
    parse = parser.parse(text)
    assert not enough(without_data(text, parse.entities))


def test_a_message_without_personal_data_is_not_read_again(parser: Parser) -> None:
    parse = parser.parse("umur saya 25 tahun")
    assert without_data(parse.text, parse.entities) is None
    assert not worth_rereading(parse)


def test_an_unsure_rest_keeps_the_first_reading(parser: Parser) -> None:
    parse = parser.parse("nomor hp aku 081234567890 ya")
    rest = parser.parse("ya")
    assert reread(parse, rest) is parse
