"""Personal-data encryption (AES-GCM) and keyed blind indexes; no database needed."""

from __future__ import annotations

import pytest

from storage.crypto import DecryptionError, PersonalDataCipher, mask_nik

SECRET = "unit-test-secret-0123456789abcdef"
NIK = "3273014508990003"


def test_round_trip_with_fresh_nonces() -> None:
    cipher = PersonalDataCipher(SECRET)
    first = cipher.encrypt(NIK, context="nik")
    second = cipher.encrypt(NIK, context="nik")
    assert first != second and NIK.encode() not in first
    assert cipher.decrypt(first, context="nik") == cipher.decrypt(second, context="nik") == NIK
    assert cipher.decrypt(cipher.encrypt("Ñoño ✓")) == "Ñoño ✓"


@pytest.mark.parametrize("attack", ["other-context", "other-secret", "tampered", "truncated"])
def test_anything_but_the_original_fails_to_decrypt(attack: str) -> None:
    cipher = PersonalDataCipher(SECRET)
    sealed = cipher.encrypt(NIK, context="nik")
    with pytest.raises(DecryptionError):
        if attack == "other-context":
            cipher.decrypt(sealed, context="kk")
        elif attack == "other-secret":
            PersonalDataCipher(SECRET + "!").decrypt(sealed, context="nik")
        elif attack == "tampered":
            cipher.decrypt(sealed[:-1] + bytes([sealed[-1] ^ 1]), context="nik")
        else:
            cipher.decrypt(sealed[:10], context="nik")


def test_blind_index_is_stable_normalised_keyed_and_per_purpose() -> None:
    cipher = PersonalDataCipher(SECRET)
    index = cipher.blind_index(NIK, "nik")
    assert len(index) == 64 and NIK not in index
    assert cipher.blind_index("3273 0145-0899.0003", "nik") == index
    assert PersonalDataCipher(SECRET).blind_index(NIK, "nik") == index
    assert PersonalDataCipher(SECRET + "x").blind_index(NIK, "nik") != index
    assert cipher.blind_index(NIK, "kk") != index
    assert cipher.blind_index(" A@Example.COM ", "email") == cipher.blind_index(
        "a@example.com", "email"
    )
    with pytest.raises(ValueError, match="purpose"):
        cipher.blind_index(NIK, "name")


def test_weak_secrets_are_refused_and_never_shown() -> None:
    with pytest.raises(ValueError, match="16"):
        PersonalDataCipher("short")
    assert SECRET not in repr(PersonalDataCipher(SECRET))


def test_masking() -> None:
    assert mask_nik(NIK) == "3273********0003"
    assert mask_nik("3273-0145-0899-0003") == "3273********0003"
    assert mask_nik("1234") == "****"
