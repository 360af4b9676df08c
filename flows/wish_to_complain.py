"""A complaint asked for in words at the end of a story or an outburst that the NLU reads as
something else, complaint second: "... aku ga pernah lolos padahal data udah bener semua. ini
ga adil mau ngadu" (registration_status 0.51, complaint 0.42: "Maksud kamu yang mana?"), "gak
terima aku, mau ngadu" (deny 0.57, complaint 0.42: "belum paham"), "ya udah adukan" after a
did-you-mean (affirm, complaint second). The complaint form starts, the story kept as the
form keeps it (probe p22c #8)."""

from __future__ import annotations

import re

from flows.runtime.machine import FlowTurn

INTENT = "complaint"
FLOOR = 0.25
"""The least confidence of the complaint reading among the first two."""
_WISH = re.compile(
    r"\b(?:mau|ingin|pengen|pgn|pingin|mo|mw|tolong|langsung|pokoknya|aku|saya|sy|gw|gue|aq)\s+"
    r"(?:\w+\s+)?(?:ngadu|mengadu|adu(?:kan|in)|lapor(?:kan|in)?|melapor(?:kan)?|komplain|"
    r"complain|(?:bikin|buat|membuat|mengajukan|ajukan|ngajuin|ngajukan) (?:pengaduan|aduan|"
    r"laporan|komplain))\b"
    r"|\b(?:adukan|aduin|laporkan|laporin)\b"
)
"""A complaint wished for: "mau ngadu", "ya udah adukan", "aku mau laporin", "Saya ingin
mengajukan pengaduan"."""
_NOT = re.compile(
    r"\b(?:ga|gak|gk|g|nggak|ngga|enggak|tidak|tdk|jangan|jgn|gausah|belum|blm|males)\s+"
    r"(?:\w+\s+)?(?:ngadu|mengadu|adu\w*|lapor\w*|komplain|complain|bikin|buat)\b"
    r"|\b(?:cara|gimana|gmn|bagaimana|dimana|dmn|kemana|kmn)\b"
)
"""Not wished ("ga mau ngadu"), or how to asked ("gimana cara ngadu": its own answer)."""
_HOW = re.compile(
    r"\b(?:cara\w*|gimana|gmn|gmna|bagaimana|gimna|piye|kepiye|pripun|kumaha|how|where|dimana|"
    r"dmn|kemana|kmn|ke mana|lewat mana|lwt mana|lewat apa)\b"
)
_REPORTING = re.compile(
    r"\b(?:ngadu\w*|mengadu\w*|adu(?:kan|in)\w*|pengaduan\w*|aduan\w*|lapor\w*|melapor\w*|"
    r"komplain\w*|complain\w*|report)\b"
)
_NOT_HOW = re.compile(
    r"\b(?:status|tiket|ticket|nomor|no\.?|udah|udh|sudah|sdh|already|kemarin|kmrn|tadi|"
    r"dibalas|dibales|balasan|cek|check|batal\w*|cancel|hapus|kabar\w*|progres\w*|sampai mana|"
    r"sampe mana|smp mana|sejauh mana|diproses|ditanggapi|ditindaklanjuti|direspon\w*|respon\w*|"
    r"my|mine|(?:pengaduan|aduan|laporan|komplain)(?:ku|mu| ?(?:sy|saya|aku|gw|gue|ku))"
    r"|(?:pengaduan|aduan|laporan|komplain)\w*\s+\w+\s+(?:sy|saya|aku|gw|gue))\b"
)
"""A complaint already filed ("cara cek status pengaduan", "udah lapor trs gmn", "min
pengaduan sy gmn kabarnya", "pengaduan sertifikat aku gmn"): not how to file one."""
STATUS = "complaint_status"
_HOW_TO = re.compile(r"\b(?:cara\w*|how (?:do|can|to))\b")
"""How to file said in so many words: not a filed complaint's status, whatever the NLU read."""


def wanted(turn: FlowTurn) -> bool:
    """The message asks to complain in words, complaint read second; outside a flow."""
    message = turn.message
    if message.payload is not None or turn.session.flow is not None or message.intent == INTENT:
        return False
    ranked = [name for name, confidence in message.ranking[:2] if confidence >= FLOOR]
    text = " ".join((message.text or "").lower().split())
    return INTENT in ranked and bool(_WISH.search(text)) and not _NOT.search(text)


def said(turn: FlowTurn) -> bool:
    """A complaint asked for in words, read as one ("Saya ingin mengajukan pengaduan", "eh mau
    lapor dulu, OTP ga masuk"): the form, before an answer about what it names."""
    message = turn.message
    if message.payload is not None or INTENT not in [name for name, _ in message.ranking[:2]]:
        return False
    text = " ".join((message.text or "").lower().split())
    return bool(_WISH.search(text)) and not _NOT.search(text)


def asks_how(turn: FlowTurn) -> bool:
    """ "gimana cara ngadu?", "piye carane ngadu", "where do I complain?": how to file a
    complaint, whatever the NLU read (help, 0.54-0.97: the menu), outside a flow; its answer is
    the form itself, which files it here (probe p23b)."""
    message = turn.message
    if message.payload is not None or turn.session.flow is not None:
        return False
    text = " ".join((message.text or "").lower().split())
    if len(text.split()) > 10 or _NOT_HOW.search(text):
        return False
    if message.intent == STATUS and not _HOW_TO.search(text):
        return False  # "aduan insentif sy gimana" (status 0.89): the ticket's status
    return bool(_HOW.search(text) and _REPORTING.search(text))


__all__ = ["asks_how", "said", "wanted"]
