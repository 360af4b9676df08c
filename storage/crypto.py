"""Encryption and blind indexes for personal data (NIK, KK, phone, email).

One application secret (high entropy, passed in from settings) is stretched with HKDF-SHA256
into independent keys:

* an AES-256-GCM key for the ciphertext columns; every value gets a fresh random 96-bit nonce,
  and the column's purpose (``"nik"``, ``"kk"``, ...) is bound as associated data, so a
  ciphertext copied into another column does not decrypt;
* one HMAC-SHA256 key per blind-index purpose; the index of a normalised value is what the
  database compares for equality lookups (``find_by_nik``), without ever holding the value.

Ciphertext layout: ``version (1 byte) || nonce (12 bytes) || AES-GCM ciphertext and tag``.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
from collections.abc import Callable

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from storage.errors import StorageError

__all__ = [
    "BLIND_INDEX_PURPOSES",
    "DecryptionError",
    "PersonalDataCipher",
    "mask_nik",
    "normalise_identifier",
]

MIN_SECRET_LENGTH = 16
_VERSION = b"\x01"
_NONCE_BYTES = 12
_HKDF_SALT = b"prakerja-assistant/personal-data"
_ENCRYPTION_INFO = b"prakerja/personal-data/aes-256-gcm/v1"
_INDEX_INFO = b"prakerja/personal-data/blind-index/v1/"
_SEPARATORS = re.compile(r"[\s.\-]+")


class DecryptionError(StorageError):
    """A ciphertext is corrupt, from another purpose, or encrypted under another secret."""


def normalise_identifier(value: str) -> str:
    """A NIK or KK number as 16 (or however many) digits: spaces, dots and dashes removed."""
    return _SEPARATORS.sub("", value)


def _normalise_email(value: str) -> str:
    return value.strip().lower()


def _normalise_phone(value: str) -> str:
    return re.sub(r"[\s\-().]+", "", value)


BLIND_INDEX_PURPOSES: dict[str, Callable[[str], str]] = {
    "nik": normalise_identifier,
    "kk": normalise_identifier,
    "phone": _normalise_phone,
    "email": _normalise_email,
}


def mask_nik(nik: str) -> str:
    """``3273010101900003`` -> ``3273********0003``: the only form in which a NIK is shown."""
    digits = normalise_identifier(nik)
    if len(digits) <= 8:
        return "*" * len(digits)
    return digits[:4] + "*" * (len(digits) - 8) + digits[-4:]


def _derive(secret: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=_HKDF_SALT, info=info).derive(secret)


class PersonalDataCipher:
    """Encrypts personal data and computes blind indexes from one application secret.

    The secret must be a random string of at least 16 characters (for example
    ``secrets.token_urlsafe(32)``); it is not a password and is not stretched as one. Changing it
    makes every stored ciphertext and index unreadable.
    """

    __slots__ = ("_aead", "_index_keys")

    def __init__(self, secret: str) -> None:
        if len(secret) < MIN_SECRET_LENGTH:
            raise ValueError(
                f"the personal-data secret must be at least {MIN_SECRET_LENGTH} characters"
            )
        material = secret.encode("utf-8")
        self._aead = AESGCM(_derive(material, _ENCRYPTION_INFO))
        self._index_keys = {
            purpose: _derive(material, _INDEX_INFO + purpose.encode("ascii"))
            for purpose in BLIND_INDEX_PURPOSES
        }

    def __repr__(self) -> str:
        return "PersonalDataCipher(<secret>)"

    def encrypt(self, plaintext: str, *, context: str = "") -> bytes:
        """Encrypt ``plaintext``; ``context`` (the column's purpose) must match on decrypt."""
        nonce = os.urandom(_NONCE_BYTES)
        sealed = self._aead.encrypt(nonce, plaintext.encode("utf-8"), context.encode("utf-8"))
        return _VERSION + nonce + sealed

    def decrypt(self, ciphertext: bytes, *, context: str = "") -> str:
        """Decrypt a value from :meth:`encrypt`; raise :class:`DecryptionError` if it fails."""
        if len(ciphertext) < 1 + _NONCE_BYTES + 16 or ciphertext[:1] != _VERSION:
            raise DecryptionError("ciphertext has an unknown format")
        nonce = ciphertext[1 : 1 + _NONCE_BYTES]
        try:
            plain = self._aead.decrypt(
                nonce, ciphertext[1 + _NONCE_BYTES :], context.encode("utf-8")
            )
        except InvalidTag:
            raise DecryptionError("ciphertext does not authenticate") from None
        return plain.decode("utf-8")

    def encrypt_bytes(self, plaintext: bytes, *, context: str = "") -> bytes:
        """Like :meth:`encrypt`, for a file (same layout and key)."""
        nonce = os.urandom(_NONCE_BYTES)
        return _VERSION + nonce + self._aead.encrypt(nonce, plaintext, context.encode("utf-8"))

    def decrypt_bytes(self, ciphertext: bytes, *, context: str = "") -> bytes:
        """Decrypt a value from :meth:`encrypt_bytes`; raise :class:`DecryptionError` if it
        fails."""
        if len(ciphertext) < 1 + _NONCE_BYTES + 16 or ciphertext[:1] != _VERSION:
            raise DecryptionError("ciphertext has an unknown format")
        nonce, sealed = ciphertext[1 : 1 + _NONCE_BYTES], ciphertext[1 + _NONCE_BYTES :]
        try:
            return self._aead.decrypt(nonce, sealed, context.encode("utf-8"))
        except InvalidTag:
            raise DecryptionError("ciphertext does not authenticate") from None

    def blind_index(self, value: str, purpose: str) -> str:
        """Keyed HMAC-SHA256 (hex) of ``value`` normalised for ``purpose``.

        Purposes are ``nik``, ``kk``, ``phone`` and ``email``; each has its own key, so equal
        values under different purposes do not produce equal indexes.
        """
        try:
            key = self._index_keys[purpose]
        except KeyError:
            raise ValueError(
                f"unknown blind-index purpose {purpose!r}; known: {sorted(self._index_keys)}"
            ) from None
        normalised = BLIND_INDEX_PURPOSES[purpose](value)
        return hmac.new(key, normalised.encode("utf-8"), hashlib.sha256).hexdigest()
