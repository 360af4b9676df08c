"""Whether a question answered in general also asks about the user's own records, so that a
chat not linked to an account is offered linking only then ("status aku gimana", "data aku ada
yg salah?", "saldo ku brp", "insentif aku belum cair", "aku lolos ga?"). A general question
("pengumumannya kapan", "cemana cara tau lolos apa gak", "iraha cairna?", "what happens after
the test?") gets its answer alone: before, every one of them came with "Untuk melihat datamu
sendiri ... chat ini belum terhubung", noise for someone not registered yet (probe p22a)."""

from __future__ import annotations

import re

from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

_ME = r"(?:aku|aq|saya|sy|gue|gua|gw|abdi|kulo|aing|i|i'm|im|me|my|mine)"
_RECORD = (
    r"(?:status|data|saldo|akun|insentif|dana|uang|duit|hasil|sertifikat|pelatihan|kelas|nik|"
    r"kartu|rekening|e-?wallet|nomor|no|balance|account|incentive|result|certificate|card|"
    r"payment|pendaftaran)"
)
MINE = re.compile(
    rf"\b{_RECORD}(?:ku|mu|\s+(?:punya\s*)?(?:{_ME}|ku|mu|q))\b|\b(?:my|punyaku)\b"
    rf"|\b(?:aku|aq|saya|sy|gue|gw|abdi|i|am i)\s+(?:\w+\s+)?(?:lolos|keterima|diterima|terpilih|"
    r"selected|accepted)\b(?!\s+(?:gelombang|gel|wave|di|pas|kemarin|kmrn|kemaren))"
    rf"|\b(?:apakah|apa)\s+(?:aku|saya|sy)\b|\b(?:did|have)\s+i\b"
    r"|\b(?:lolos|keterima|diterima|terpilih)\s+(?:ga|gak|nggak|tidak|belum|blm|apa)\b.{0,10}"
    r"\b(?:aku|saya|sy|gue|gw)\b"
    rf"|\b{_RECORD}\w*\b.{{0,30}}\b(?:aku|saya|sy|gue|gw)\s+(?:terima|dapat|dapet|punya)\b"
)
"""The user's own records named: "data aku", "saldoku", "status saya", "my balance", "aku
lolos ga", "apakah saya lolos"."""
STATE = re.compile(
    r"\b(?:cek|ngecek|check|lihat|liat|ngeliat)\b"
    r"|\b(?:udah|udh|sudah|sdh|dah|belum|blm|blom|gak|ga|ngga|nggak|tidak)\s+(?:masuk|cair|keluar|"
    r"muncul|nyambung|terhubung)\w*|\b(?:masuk|cair|keluar|muncul)\w*\s+(?:belum|blm|blom)\b"
    r"|\b\d+\s*(?:x|kali|hari|hr|minggu|mgg|bulan|bln|days?|weeks?|months?)\b"
)
"""A state of one's own asked: "cek status", "belum cair", "udh masuk belum", a number of
days or weeks ("cair 2 minggu lagi kan?")."""
JOIN_AGAIN = re.compile(
    r"\b(?:ikut|gabung|daftar|join|apply)\w*\s+(?:lagi|lg|ulang|yg skrg|yang sekarang|"
    r"gelombang (?:ini|skrg|sekarang|berikutnya|selanjutnya|depan))\b"
    r"|\b(?:bisa|boleh)\s+(?:langsung\s+)?(?:ikut|gabung|daftar)\w*\b"
)
"""Whether one may join again: a rule, answered in general ("aku ga lolos gelombang kemarin,
bisa langsung ikut yg skrg?")."""
ALONE = 1
"""A topic word typed alone ("insentif") asks for one's own."""


def asked(text: str) -> bool:
    """Whether ``text`` asks about the user's own records (then linking is offered)."""
    lowered = " ".join(text.lower().split())
    if len(lowered.split()) <= ALONE:
        return True
    if JOIN_AGAIN.search(lowered):
        return False
    return bool(MINE.search(lowered) or STATE.search(lowered))


def answered(turn: FlowTurn, answer: Outbound) -> list[Outbound]:
    """A general ``answer``, then linking offered only when the message asks about the user's
    own records; else the answer alone, with the menu."""
    if asked(turn.message.text or ""):
        from flows.my_data import not_linked  # here: my_data imports this module

        return [answer, *not_linked(turn)]
    return [Outbound(answer.text, (*answer.buttons, turn.menu_button()))]


__all__ = ["MINE", "STATE", "answered", "asked"]
