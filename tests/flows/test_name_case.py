"""Regression: names were title-cased with ``str.title``, which capitalises the letter after an
apostrophe ("Nur'Aini", "Ya'Qub"). Indonesian names with an apostrophe (Arabic-derived) keep it
lowercase; every part after a space, hyphen, dot or comma is capitalised, as before."""

from __future__ import annotations

import pytest

from flows.result import Valid
from flows.validators import name, name_case


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("nur'aini", "Nur'aini"),
        ("NUR'AINI", "Nur'aini"),
        ("Nur'Aini", "Nur'aini"),
        ("ya'qub hasan", "Ya'qub Hasan"),
        ("Ma\u2019ruf Amin", "Ma'ruf Amin"),  # a phone's curly apostrophe
        ("syafi'i", "Syafi'i"),
        ("nama saya Hj. Nur'aini binti Abdullah", "Hj. Nur'aini Binti Abdullah"),
        ("siti nur-hasanah", "Siti Nur-Hasanah"),
        ("Siti Nur-Hasanah", "Siti Nur-Hasanah"),
        ("SITI NUR-HASANAH", "Siti Nur-Hasanah"),
        ("budi, s.pd.", "Budi, S.Pd."),
        ("n. hasanah", "N. Hasanah"),
        ("siti 'aisyah", "Siti 'Aisyah"),  # an apostrophe opening a part: the letter after it
        ("andi wijaya", "Andi Wijaya"),
    ],
)
def test_names_are_cased_as_written_on_a_ktp(text: str, value: str) -> None:
    assert name(text) == Valid(value)


@pytest.mark.parametrize(
    ("text", "value"), [("élodie", "Élodie"), ("o'neil-putri", "O'neil-Putri"), ("", "")]
)
def test_name_case_alone(text: str, value: str) -> None:
    assert name_case(text) == value
