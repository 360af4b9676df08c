"""A participant who died, told by a relative ("anak saya peserta prakerja meninggal dunia,
tolong hapus akunnya", "suami saya ... sudah meninggal. insentifnya gimana?", "my father passed
away, what happens to his account?"): not this chat's own data deletion, not an eligibility
check, not the reader's own incentive. A short condolence; this chat cannot act on another
person's account, and the programme's rules say nothing about it (not known here): the official
channels or a complaint. Follow-ups right after it ("saya harus hubungi siapa?", "boleh
dicairkan ke rekening saya?") stay in that context. Read first, outside a form."""

from __future__ import annotations

import re

from flows.complaint_story import masked
from flows.complaint_topics import file_complaint
from flows.last_answer import remember, short_after
from flows.messages import MAX_TEXT_LENGTH, Outbound
from flows.runtime.machine import FlowTurn

TOPIC = "bereavement"
MAX_FOLLOW_UP_WORDS = 14
_DIED = re.compile(
    r"\b(?:(?:sudah|udah|udh|telah|tlh|baru)\s+)?(?:meninggal(?:\s+dunia)?|wafat|tiada|"
    r"almarhum(?:ah)?|alm\.?|almh\.?|mendiang|berpulang|passed away|has died|had died|died|"
    r"deceased|is dead|was dead|late (?:father|mother|husband|wife|son|daughter))\b"
)
"""Death told: "sudah meninggal", "wafat", "almarhum", "passed away", "died"."""
_ABOUT = re.compile(
    r"\b(?:peserta\w*|participant|akun\w*|account|insentif\w*|incentive|saldo\w*|"
    r"sertifikat\w*|kartu prakerja\w*|data(?:nya)?|hapus|dihapus|delete|cair\w*|dicairkan)\b"
)
"""The death tied to the programme: the account, the incentive, the data."""
_NOT_DEATH = re.compile(r"\b(?:hampir|nyaris|mau|ingin|pengen|kayak|seperti|rasanya|almost)\s+"
                        r"(?:\w+\s+)?(?:meninggal|mati|died|die)\b")  # fmt: skip
"""A figure of speech: "hampir meninggal", "rasanya mau mati"."""


def told(text: str) -> bool:
    """``text`` tells that a person tied to the programme died."""
    lowered = " ".join(text.lower().split())
    return bool(_DIED.search(lowered) and _ABOUT.search(lowered)) and not _NOT_DEATH.search(
        lowered
    )


def _reply(turn: FlowTurn, key: str, story: str | None = None) -> list[Outbound]:
    remember(turn, TOPIC)
    contact = turn.ctx.programme.contact_centre
    report = file_complaint(turn, story=story) if story else turn.button(
        "complaints.file", "flow:complaints"
    )
    return [turn.reply(key, report, turn.menu_button(), contact_centre=contact)]


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """The condolence and the official channels; None for anything else, or in a form."""
    message = turn.message
    if message.payload is not None or turn.session.flow is not None:
        return None
    if not told(message.text or ""):
        return None
    story = masked(" ".join((message.text or "").split()))[:MAX_TEXT_LENGTH]
    return _reply(turn, "bereavement.told", story)


def after(turn: FlowTurn) -> list[Outbound] | None:
    """A short question right after that answer ("saya harus hubungi siapa?", "boleh
    dicairkan ke rekening saya?", "terima kasih"): still about the deceased's account."""
    if turn.session.flow is not None:
        return None
    text = short_after(turn, TOPIC, MAX_FOLLOW_UP_WORDS)
    if text is None or not text.strip(" ?!."):
        return None
    return _reply(turn, "bereavement.follow_up")


def read(turn: FlowTurn) -> list[Outbound] | None:
    """The death told, or a follow-up right after its answer."""
    return answer(turn) or after(turn)


__all__ = ["TOPIC", "after", "answer", "read", "told"]
