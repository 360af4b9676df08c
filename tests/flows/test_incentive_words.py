"""An incentive's stored Indonesian status and failure reason, said in the chat's language."""

from __future__ import annotations

import pytest

from flows.incentive_words import failure_reason, status_label
from storage.models import IncentiveStatus
from storage.seed_data.people import FAILURE_REASONS


@pytest.mark.parametrize("stored", FAILURE_REASONS)
def test_every_known_failure_reason_is_said_in_english(stored: str) -> None:
    said = failure_reason("en", stored)
    assert said != stored
    assert failure_reason("id", stored) == stored


def test_an_unknown_failure_reason_is_shown_as_stored() -> None:
    assert failure_reason("id", "Ditolak bank penerima") == "Ditolak bank penerima"


def test_an_unknown_failure_reason_in_english_is_labelled_as_the_recorded_indonesian() -> None:
    said = failure_reason("en", "Ditolak bank penerima.")
    assert said == "Ditolak bank penerima (the reason as recorded, in Indonesian)"


@pytest.mark.parametrize(
    ("stored", "meaning"),
    [
        ("Nama pemilik rekening tidak sesuai", "name or NIK doesn't match"),
        ("NIK pemilik akun berbeda", "name or NIK doesn't match"),
        ("Akun e-wallet nonaktif", "inactive"),
        ("Rekening sudah ditutup", "inactive"),
        ("E-wallet belum upgrade ke premium", "isn't upgraded"),
        ("Nomor HP e-wallet sudah diganti", "phone number has changed"),
    ],
)
def test_a_known_cause_worded_otherwise_reads_in_english(stored: str, meaning: str) -> None:
    assert meaning in failure_reason("en", stored)
    assert failure_reason("id", stored) == stored  # Indonesian: the record's own words


@pytest.mark.parametrize("status", list(IncentiveStatus))
def test_every_incentive_status_has_an_english_label(status: IncentiveStatus) -> None:
    assert status_label("en", status.value, status.label) != status.label
    assert status_label("id", status.value, status.label) == status.label


def test_rekening_tidak_aktif_reads_in_english() -> None:
    said = failure_reason("en", "Rekening atau akun e-wallet tidak aktif")
    assert said == "The bank account or e-wallet account is inactive"
