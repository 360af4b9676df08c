"""A linked chat asking about someone else's records ("ini anaknya, bapak saya gak bisa chat.
insentif bapak udh masuk belum", "saldo ibu aku brp"): only the account linked to this chat is
ever shown, so its records come with a note saying whose they are (the account linked here),
not addressed to the writer as if they were its owner without a word. Who else it may be is
``flows.payout_owner``'s list of relatives."""

from __future__ import annotations

import re

from flows.payout_owner import RELATIVE

_RECORD = (
    r"(?:insentif|intensif|saldo|sertifikat|data|status|akun|pelatihan|rekening|pencairan|"
    r"incentive|balance|certificate|account)\w*"
)
_THEIRS = re.compile(
    rf"\b{_RECORD}\s+(?:punya\s+|milik\s+|dari\s+|si\s+)?{RELATIVE}\b"
    rf"|\b(?:my\s+){RELATIVE}(?:'s)?\s+{_RECORD}\b"
    r"|\b(?:ini|aku|saya|sy|gw|gue|ak)\s+(?:anak|istri|suami|adik|adek|kakak|keluarga|cucu|"
    r"ponakan|keponakan)(?:nya|\s+(?:dari|nya)\b)"
    r"|\bon behalf of\b|\bfor my (?:father|mother|dad|mom|mum|husband|wife|parents?|brother|"
    r"sister|son|daughter|sibling|uncle|aunt|grand\w+)\b"
)
"""A relative's records asked ("insentif bapak", "saldo punya ibu", "my dad's incentive"), or
the writer said to be someone's relative ("ini anaknya", "saya istrinya")."""


def for_someone_else(text: str) -> bool:
    """Whether the message asks about the records of someone other than the writer."""
    return bool(_THEIRS.search(" ".join(text.lower().split())))


__all__ = ["for_someone_else"]
