"""Regression: where the redeem code is entered was worded three ways in the response catalogue
(the Prakerja dashboard, the platform where the training was bought, the training provider's
site). The participant enters it at the session, on the training provider's site, reached from
the training's page on the platform (DOMAIN.md "Courses", reference/prakerja_domain_research.md
5.4: providers take the code through Prakerja's redeem API). The codes are *found* in the
e-mail and the dashboard; they are never *entered* there."""

from __future__ import annotations

import re

import pytest

from flows.responses import keys, template

_REDEEM = re.compile(r"redeem", re.IGNORECASE)
_WRONG_PLACE = {
    "id": re.compile(
        r"\b(?:masukkan|masukin|tukar\w*|pakai|pake|gunakan|input\w*|redeem)\s+(?:\S+\s+){0,3}?"
        r"(?:di|ke|lewat)\s+(?:dashboard|platform|prakerja\.go\.id|aplikasi prakerja|"
        r"situs prakerja)",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:enter|type|redeem|use|exchange|input|put)\s+(?:\S+\s+){0,4}?(?:on|in|at|into|through)"
        r"\s+(?:the\s+|your\s+)?(?:prakerja(?:\.go\.id)?\s+)?(?:dashboard|platform)",
        re.IGNORECASE,
    ),
}
"""Entering a code somewhere else than the provider's site ("Tukarkan kode redeem di dashboard",
"Masukkan di platform tempat kamu membeli", "Use it yourself on the platform ...")."""
_RIGHT_PLACE = {"id": "situs lembaga pelatihan", "en": "training provider's site"}
_SAYS_WHERE = ("kb.redeem_use", "kb.redeem_code_yours", "safety.code_pasted", "course_access.steps")
"""The texts that tell where a redeem code is entered."""


def wrong_places(language: str) -> list[tuple[str, str]]:
    """(key, wording) of every text about redeem codes that has a code entered elsewhere."""
    found: list[tuple[str, str]] = []
    for key in keys(language):
        said = template(language, key)
        if not _REDEEM.search(said):
            continue
        found += [(key, hit.group(0)) for hit in _WRONG_PLACE[language].finditer(said)]
    return found


@pytest.mark.parametrize("language", ["id", "en"])
def test_no_text_has_the_redeem_code_entered_on_the_dashboard_or_platform(language: str) -> None:
    assert wrong_places(language) == []


@pytest.mark.parametrize("language", ["id", "en"])
@pytest.mark.parametrize("key", _SAYS_WHERE)
def test_texts_saying_where_name_the_providers_site(language: str, key: str) -> None:
    assert _RIGHT_PLACE[language] in template(language, key)


@pytest.mark.parametrize(("language", "wording"), [
    ("id", "2. Tukarkan kode redeem di dashboard prakerja.go.id menjelang kelas"),
    ("id", "Masukkan di platform tempat kamu membeli pelatihan, 1 jam sebelum"),
    ("id", "Pakai kodenya sendiri di platform tempat kamu membeli pelatihan."),
    ("en", "2. Redeem the redeem code on the prakerja.go.id dashboard around the class"),
    ("en", "Enter it on the platform where you bought the training, from 1 hour before"),
    ("en", "Use it yourself on the platform where you bought the training."),
])  # fmt: skip
def test_the_old_wordings_are_caught(language: str, wording: str) -> None:
    assert _WRONG_PLACE[language].search(wording)


@pytest.mark.parametrize(("language", "wording"), [
    ("id", "Masukkan sendiri di situs lembaga pelatihan (buka lewat halaman pelatihanmu di "
           "platform tempat kamu membelinya)"),
    ("id", "kode hanya bisa dipakai 1 jam sebelum sesi dimulai (cek jadwal sesimu di dashboard)"),
    ("id", "Kode voucher dan kode redeem ada di email dan di dashboard Prakerja"),
    ("en", "Enter it yourself on the training provider's site (open it from your training's "
           "page on the platform where you bought it)"),
    ("en", "Your voucher and redeem codes are in your email and in the Prakerja dashboard"),
])  # fmt: skip
def test_where_the_codes_are_found_is_no_contradiction(language: str, wording: str) -> None:
    assert not _WRONG_PLACE[language].search(wording)
