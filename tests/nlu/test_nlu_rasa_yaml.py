"""Reading Rasa 3 NLU data: intents, annotations, synonyms, regexes, lookups; TSV."""

from __future__ import annotations

from pathlib import Path

import pytest

from nlu import DEFAULT_DATA_DIR, TrainingDataError, load_training_data, parse_rasa_yaml, parse_tsv
from nlu.rasa_yaml import parse_annotated

DATA = Path(__file__).parent / "data"
INTENTS = {
    "greet", "goodbye", "thanks", "affirm", "deny", "cancel", "help", "human_agent",
    "bot_challenge", "out_of_scope", "inform", "program_info", "benefits_info",
    "check_eligibility", "register", "registration_status", "wave_schedule", "course_search",
    "training_balance", "redeem_code", "certificate", "incentive_status", "payment_account",
    "account_access", "complaint", "complaint_status", "subscribe", "unsubscribe",
    "delete_my_data", "change_language",
}  # fmt: skip


def test_reads_every_kind_of_item() -> None:
    data = load_training_data([DATA / "tiny.yml"])
    assert data.intents == ["greet", "incentive_status", "inform", "register"]
    assert data.synonyms["kades"] == "kepala desa"
    assert data.synonyms["kepdes"] == "kepala desa"
    assert data.regexes == {"voucher": (r"\bVC-[0-9]{4}\b",)}
    assert data.lookups == {"occupation": ("kades", "guru honorer")}


def test_annotations_in_both_syntaxes() -> None:
    data = load_training_data([DATA / "tiny.yml"])
    by_text = {e.text: e for e in data.examples}
    money = by_text["insentif 600rb belum masuk"].entities[0]
    assert (money.entity, money.value, money.start, money.end) == ("money", "600000", 9, 14)
    payout = by_text["insentif belum masuk ke ovo"].entities[0]
    assert (payout.entity, payout.value) == ("payout", "ovo")
    role = by_text["saya pegawai bumn"].entities[0]
    assert (role.entity, role.value, role.role) == ("occupation", "bumn", "self")
    legacy = by_text["pakai gopek"].entities[0]
    assert (legacy.entity, legacy.value) == ("wallet_slang", "gopay")
    assert data.synonyms["gopek"] == "gopay"  # an annotated value is a synonym, as in Rasa


def test_examples_as_a_list_of_texts_with_metadata() -> None:
    data = load_training_data([DATA / "tiny.yml"])
    assert "saya kerja di kelurahan" in {e.text for e in data.examples}


def test_plain_text_and_offsets() -> None:
    text, found = parse_annotated("NIK [3273015708950003](nik) dan [kk](doc:kk) ya")
    assert text == "NIK 3273015708950003 dan kk ya"
    assert [(a.entity, text[a.start : a.end]) for a in found] == [
        ("nik", "3273015708950003"),
        ("doc", "kk"),
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("nlu: {}", "'nlu' must be a list"),
        ("nlu:\n- intent: x\n  examples: 5", "'examples' must be"),
        ("nlu:\n- intent: x\n  examples: |\n    no dash here", "must start with '- '"),
        ("nlu:\n- intent: x\n  synonym: y\n  examples: |\n    - a", "exactly one of"),
        ("nlu:\n- intent: x\n  colour: red\n  examples: |\n    - a", "unknown keys"),
        ("nlu:\n- regex: r\n  examples: |\n    - ([a-z]", "bad regex"),
        ('nlu:\n- intent: x\n  examples: |\n    - [a]{"value": 1}', "needs an 'entity'"),
        ("nlu:\n- intent: x\n  examples: |\n    - [a]{not json}", "bad entity JSON"),
        ("nlu: [\n", "not valid YAML"),
    ],
)
def test_errors_name_the_problem(content: str, message: str) -> None:
    with pytest.raises(TrainingDataError, match=message.replace("(", r"\(").replace("[", r"\[")):
        parse_rasa_yaml(content, source="bad.yml")


def test_other_rasa_sections_are_ignored() -> None:
    content = "version: '3.1'\nrules: []\nstories: []\nnlu:\n- intent: a\n  examples: |\n    - x\n"
    assert [e.text for e in parse_rasa_yaml(content).examples] == ["x"]


def test_tsv() -> None:
    data = load_training_data([DATA / "tiny.tsv"])
    assert next((e.text, e.intent) for e in data.examples) == ("halo kak", "greet")
    with pytest.raises(TrainingDataError, match="line 1"):
        parse_tsv("no tab here\n")


def test_missing_path_is_an_error() -> None:
    with pytest.raises(TrainingDataError, match="no such file"):
        load_training_data([DATA / "missing.yml"])


def test_project_data_covers_the_intent_inventory() -> None:
    data = load_training_data([DEFAULT_DATA_DIR])
    counts = data.counts()
    assert set(counts) == INTENTS
    assert min(counts.values()) >= 40, counts.most_common()[-3:]
    texts = [e.text for e in data.examples]
    assert len(texts) == len(set(texts)), "a text appears twice"
    annotated = {a.entity for e in data.examples for a in e.entities}
    assert {"nik", "kk", "phone", "email", "date", "age", "money", "wave", "ticket", "payout",
            "region", "course_topic"} <= annotated  # fmt: skip
