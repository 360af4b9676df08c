"""The programme itself called a scam in anger ("this program is a scam, I never got my
money!!!", "prakerja penipuan!!! ga pernah lolos"): a complaint about what did not happen to
the participant (the incentive, the selection), not a third party's fraud, unless one is named
too (a joki, someone asking for a code, a cash-out offer)."""

from __future__ import annotations

import re
from collections.abc import Callable

_NOT_PAID = (
    r"(?:never|not|didn'?t|did not|haven'?t|have not|hasn'?t|has not|belum|blm|blom|ga|gak|gk|"
    r"nggak|ngga|tidak|tdk)(?: (?:yet|ever|even|pernah|juga))? (?:got|get|gotten|receive[ds]?|"
    r"received|came|come|arrived?|masuk|cair\w*|dapet|dapat|nyampe|sampai|sampe|terima|diterima|"
    r"ditransfer|paid)(?:2|-\w+)?\b"
)
_MONEY = r"(?:uang|duit|money|payment|bayaran)\w*\b(?! refund)"
UNPAID = rf"\b{_MONEY}(?: \w+){{0,3}} {_NOT_PAID}|\b{_NOT_PAID}(?: \w+){{0,2}} {_MONEY}"
"""The money said not to have come ("my money never came", "I never got my money", "uang aku
ga pernah masuk"): an incentive not received, the programme's only money paid out."""
_SCAM = (
    r"(?:scam\w*|penipu\w*|nipu\w*|tipu\w*|\w*bohong\w*|boong\w*|hoax|hoaks|php|ngibul\w*|"
    r"abal(?:2|\W?abal)\w*)"
)
"""A scam word said in anger: "penipu", "nipu", "bohong", "pembohong", "boong", "php", "abal2"."""
_PROGRAMME = r"(?:program\w*|prakerja|pemerintah|government)"
_PROGRAMME_CALLED_SCAM = re.compile(
    rf"\b{_PROGRAMME}\b(?: \w+){{0,3}}? {_SCAM}\b|\b{_SCAM}(?: \w+){{0,2}}? {_PROGRAMME}\b"
)
"""The programme itself called a scam ("this program is a scam", "program ini penipuan",
"prakerja nipu", "penipu emang prakerja"): anger at it, not a third party's fraud."""
_VENTED = re.compile(rf"\b{_SCAM}\b")
_THIRD_PARTY = re.compile(
    r"\b(?:nawar\w*|menawar\w*|tawar\w*|ditawar\w*|ngajak|diajak|offer\w*|ada (?:yg|yang|orang)|"
    r"temen\w*|teman\w*|seseorang|oknum|someone|somebody|jasa|calo|joki|ngaku\w*|mengaku|"
    r"minta\w*|bayar\w*|transfer\w*|tf|link|situs|website|akun (?:ig|fb|wa)|dm)\b"
)
"""Someone else in the story (an offer, a service, a payment, a link): a scam word may be
about them, so only the programme named as the scam is anger at it."""


def _called_scam(lowered: str) -> bool:
    """The programme called a scam, or a scam word said with nobody else in the story ("udah
    6x daftar ga lolos2, penipu")."""
    if _PROGRAMME_CALLED_SCAM.search(lowered):
        return True
    return bool(_VENTED.search(lowered)) and not _THIRD_PARTY.search(lowered)


NOT_DISBURSED = re.compile(
    r"\b(?:ga|gak|gk|g|nggak|ngga|enggak|tidak|tdk|belum|blm|blom|ndak|ora)(?: (?:pernah|juga))? "
    r"(?:cair|dicair\w*|ditransfer)(?:2|-\w+| cair)?\b"
)
"""Nothing paid out, said bare ("udh 3 bulan ga cair2", "belum cair juga"): in Prakerja only the
incentive is paid out ("cair"), so it is the incentive not received."""


_STUCK = re.compile(
    r"\b(?:dalam pengecekan|pengecekan|menunggu diproses|sedang diproses|belum diproses|"
    r"diproses (?:mulu|terus|melulu)|(?:being )?checked|in review|under review)\b"
)
"""An incentive's status said stuck ("dalam pengecekan mulu"): the incentive not received."""


def _unpaid_vented(lowered: str, fraud_named: Callable[[str], bool]) -> bool:
    """The programme called a scam because money did not come, or the incentive's status is
    stuck, and no other fraud named (a joki, someone asking for an OTP, a cash-out offer): the
    incentive not received."""
    unpaid = (
        re.search(UNPAID, lowered)
        or re.search(rf"\b(?:insentif|incentive)\w*\b.{{0,30}}{_NOT_PAID}", lowered)
        or NOT_DISBURSED.search(lowered)
        or _STUCK.search(lowered)
    )
    if not (_called_scam(lowered) and unpaid):
        return False
    return not fraud_named(_VENTED.sub(" ", lowered))


_NEVER_SELECTED = re.compile(
    r"\b(?:gak|ga|gk|g|tidak|tdk|belum|blm|nggak|ngga|ndak|gapernah)(?: (?:pernah|juga))? "
    r"(?:lolos|keterima|diterima|terpilih)(?:2|-\w+| lolos)?\b"
    r"|\b(?:never|not|wasn'?t|weren'?t) (?:\w+ )?(?:selected|accepted|chosen)\b"
)


def _unselected_vented(lowered: str, fraud_named: Callable[[str], bool]) -> bool:
    """The programme called a scam because one is never selected, and no other fraud named:
    not selected, the anger at the selection, not a third party's fraud."""
    if not (_called_scam(lowered) and _NEVER_SELECTED.search(lowered)):
        return False
    return not fraud_named(_VENTED.sub(" ", lowered))


def scorned(lowered: str, fraud_named: Callable[[str], bool]) -> bool:
    """The programme called a scam, or a scam word said with nobody else in the story
    ("penipu!", "prakerja penipu"), and no other fraud named (``fraud_named``, read with the
    scam words left out): anger, whatever it is about."""
    return _called_scam(lowered) and not fraud_named(_VENTED.sub(" ", lowered))


def vented(lowered: str, fraud_named: Callable[[str], bool]) -> str | None:
    """The category of an angry "scam" about the programme: "incentive" (money not come),
    "not_selected" (never selected); None otherwise or when ``fraud_named`` finds a fraud."""
    if _unpaid_vented(lowered, fraud_named):
        return "incentive"
    if _unselected_vented(lowered, fraud_named):
        return "not_selected"
    return None


__all__ = ["NOT_DISBURSED", "UNPAID", "scorned", "vented"]
