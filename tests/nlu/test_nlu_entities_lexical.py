"""``course_topic`` (fuzzy catalogue match) and entities defined by training data."""

from __future__ import annotations

import itertools

import pytest

from nlu.entities import EntityPipeline
from tests.nlu.entity_cases import TODAY, found, learned_pipeline

CATALOGUE = ["Desain Grafis", "Bahasa Inggris untuk Kerja", "Barista", "Microsoft Excel",
             "Digital Marketing", "Menjahit Pakaian untuk Pemula", "Tata Boga"]  # fmt: skip


def catalogue_pipeline() -> EntityPipeline:
    pipeline = EntityPipeline()
    pipeline.set_catalogue(CATALOGUE)
    return pipeline


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        ("mau belajar desain grafis kak", ["Desain Grafis"]),
        ("kursus bahasa inggirs dong", ["Bahasa Inggris untuk Kerja"]),  # a typo
        ("pelatihan barista di jogja", ["Barista"]),
        ("ada kelas excel?", ["Microsoft Excel"]),
        ("digital marketing", ["Digital Marketing"]),
        ("kelas menjahit pakaian dan tata boga", ["Menjahit Pakaian untuk Pemula", "Tata Boga"]),
        ("kelas pemula", []),  # one word of a four-word title is not enough
        # a built-in common name that a title holds, where no title reaches the threshold
        ("kelas menjahit", ["Menjahit"]),
        ("kelas fotografi", []),  # a common name no title holds: a search would find nothing
        ("baristaaa", ["Barista"]),  # an elongation
        ("bahasa", []),
        ("mau daftar prakerja", []),
        ("kursus desain dan juga grafis", ["Desain Grafis"]),  # two words apart still name it
        ("desain rumah kita biar ga kaku, grafis nanti aja", []),  # strewn words do not
        ("pakai bahasa kita aja, jangan inggris untuk kerja", []),
    ],
)
def test_course_topic_fuzzy_match(text: str, topics: list[str]) -> None:
    assert sorted(v for v, _ in found(text, "course_topic", catalogue_pipeline())) == sorted(topics)


def test_common_names_are_those_a_topic_holds_every_word_of() -> None:
    from nlu.entities.catalogue import common_names

    names = common_names(CATALOGUE)
    assert {"Bahasa Inggris", "Menjahit"} <= set(names)
    assert not {"Barista", "Fotografi", "Bahasa Jepang"} & set(names)  # in it / not held


def test_everyday_words_are_not_typos_of_catalogue_words() -> None:
    known = EntityPipeline(known_words=frozenset({"gratis"}))
    known.set_catalogue(CATALOGUE)
    assert found("pelatihannya gratis kan", "course_topic", known) == []
    # without the vocabulary the same word is one typo away from "grafis"
    assert found("pelatihannya gratis kan", "course_topic", catalogue_pipeline()) == [
        ("Desain Grafis", "gratis")
    ]


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        ("hapus data saya", []),  # "data" alone never makes a topic
        ("mau kerja lagi", []),
        ("kelas analisis data", ["Analisis Data"]),
        ("keselamatan kerja", ["Keselamatan Kerja"]),
    ],
)
def test_everyday_words_never_make_a_topic_alone(text: str, topics: list[str]) -> None:
    pipeline = EntityPipeline()
    pipeline.set_catalogue(["Analisis Data", "Keselamatan Kerja", "Barista"])
    assert [v for v, _ in found(text, "course_topic", pipeline)] == topics


def test_catalogue_injection_replaces_the_default_topics() -> None:
    pipeline = EntityPipeline()
    assert found("kursus barista", "course_topic", pipeline) == [("Barista", "barista")]
    pipeline.set_catalogue(["Servis AC"])
    assert found("kursus barista", "course_topic", pipeline) == []
    assert found("servis ac rumah", "course_topic", pipeline) == [("Servis AC", "servis ac")]
    pipeline.set_catalogue([])
    assert found("servis ac", "course_topic", pipeline) == []


def test_course_topic_score_is_reported() -> None:
    [entity] = [e for e in catalogue_pipeline().extract("belajar excel", TODAY)
                if e.entity == "course_topic"]  # fmt: skip
    assert 0.5 <= float(str(entity.extra["score"])) <= 1.0


def test_lookup_regex_and_synonyms_from_training_data() -> None:
    pipeline = learned_pipeline()
    assert found("saya pns boleh ikut?", "occupation", pipeline) == [("asn", "pns")]
    assert found("Kades bisa daftar?", "occupation", pipeline) == [("kepala desa", "Kades")]
    assert found("guru honorer", "occupation", pipeline) == [("guru honorer", "guru honorer")]
    assert found("kode VC-1234", "voucher", pipeline) == [("VC-1234", "VC-1234")]
    assert found("pnsx", "occupation", pipeline) == []


def test_lexical_entities_never_sit_inside_numbers_or_addresses() -> None:
    pipeline = EntityPipeline()
    entities = pipeline.extract("email budi.batu.malang@gmail.com", TODAY)
    assert [e.entity for e in entities] == ["email"]


def test_entities_come_sorted_and_do_not_overlap() -> None:
    text = "NIK 3273015708950003 lahir 17-08-1995 hp 0812-3456-7890 insentif 600rb ke ovo"
    entities = EntityPipeline().extract(text, TODAY)
    assert [e.entity for e in entities] == ["nik", "date", "phone", "money", "payout"]
    for a, b in itertools.pairwise(entities):
        assert a.end <= b.start
