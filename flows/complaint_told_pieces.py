"""A complaint's story told in pieces just before "mau lapor" ("kode redeem ga bisa dipake
katanya invalid", then "udah pas jam nya kok, 10 menit sebelum mulai"; "daftar prakerja bayar
ga sih? tetangga aku bayar 50rb ke pak rt", then "itu penipuan bukan"): no single message was a
story, so the story was asked for again. Now the pieces, the question before a "?" left out,
are the story when together they tell one and one of them names the complaint's category."""

from __future__ import annotations

import re

from flows.complaint_additions import is_request
from flows.complaint_evidence import unmasked
from flows.complaint_questions import asks_instead
from flows.complaint_story import masked, story_like
from flows.complaint_topics import category_for

_ASKS = re.compile(
    r"\b(?:gimana|gmn|gmna|bagaimana|kapan|kpn|berapa|brp|apa|apakah|kenapa|knp|mengapa|"
    r"(?:bisa|boleh) (?:ga|gak|gk|nggak|ngga|tidak)|how|what|when|why)\b"
)
"""A piece that asks ("ganti nomor di prakerja gmn", "trs insentif ku gimana") tells nothing."""
MIN_WORDS = 3
"""A piece this short ("oh gitu", "iya") tells nothing."""
MAX_CHARS = 300
"""Pieces longer together are not kept whole (the story is asked for, as before)."""
NEIGHBOURS = {"provider": {"purchase_redeem"}, "purchase_redeem": {"provider"}}
"""Categories one story may be filed under: a redeem code refused inside its window is told as
a code problem and filed with the training provider (``flows.redeem_on_time_told``)."""


def _told(said: str) -> str:
    """What the message tells: the words after its last question mark."""
    return said.rsplit("?", 1)[-1].strip(" ,.!") if "?" in said else said.strip()


def told_in_pieces(profile: dict[str, object], before: list[str], category: object) -> str | None:
    """The story the messages ``before`` tell together, or None."""
    pieces = [_told(said) for said in before]
    pieces = [
        piece
        for piece in pieces
        if len(piece.split()) >= MIN_WORDS and not is_request(piece)
        and not asks_instead(piece.lower()) and not _ASKS.search(piece.lower())
    ]  # fmt: skip
    near = {category, *NEIGHBOURS.get(str(category), set())}
    if len(pieces) < 2 or not any(category_for(said) in near for said in before):
        return None
    joined = " ".join(pieces)
    if not story_like(joined) or len(joined) > MAX_CHARS:
        return None
    return "\n".join(unmasked(profile, masked(piece)) for piece in pieces)


__all__ = ["told_in_pieces"]
