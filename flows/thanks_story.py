"""Thanks with good news and nothing asked ("alhamdulillah insentif udh masuk semua, makasih ya
min. skrg sy udh buka usaha kopi dari pelatihan kemarin", "makasih min, sy udh dapet kerja dari
pelatihan kemarin"): thanked back and congratulated. Probe p22b #10: the word "usaha" had it
read as a wish to use the balance as business capital, and it got a lecture in the newest era's
figures (Rp3.500.000, insentif Rp600.000) for a participant paid 4 × Rp600.000, with no thanks
at all. A question after the thanks stays ``flows.thanks_and_ask``'s."""

from __future__ import annotations

import re

from flows.last_answer import remember
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

TOPIC = "thanks_story"
MAX_WORDS = 40
_THANKS = re.compile(
    r"\b(?:makasih\w*|makasi|mksh|maacih|terima ?kasih|trima ?kasih|thanks|thank you|thx|tq|"
    r"tengkyu|trims|nuhun|suwun|matur nuwun)\b"
)
_BUSINESS = (
    r"(?:usaha\w*|bisnis\w*|warung\w*|toko\w*|kedai\w*|jualan\w*|dagang\w*|kafe|cafe|kios|"
    r"lapak|online shop|olshop|katering|catering|business|shop)"
)
_GOOD_NEWS = re.compile(
    rf"\b(?:buka|membuka|bikin|membuat|punya|mulai|memulai|rintis\w*|merintis|opened|started|"
    rf"start(?:ed)?|run(?:ning)?)\s+(?:\w+\s+){{0,2}}{_BUSINESS}"
    rf"|\b{_BUSINESS}\b.{{0,25}}\b(?:jalan|lancar|laris|rame|ramai|berjalan|buka|running|"
    r"going well)\b"
    r"|\b(?:udh|udah|sudah|sdh|dah|alhamdulillah|akhirnya)\s+(?:\w+\s+)?(?:dapet|dapat|dpt|diterima)"
    r"\s+(?:\w+\s+)?(?:kerja\w*|pekerjaan|job)\b|\b(?:got|found|landed)\s+(?:a\s+)?job\b"
    r"|\b(?:insentif\w*|incentive\w*|dana\w*|duit\w*|uang\w*)\b.{0,30}\b(?:udh|udah|sudah|sdh|dah|"
    r"already)\s+(?:masuk|cair|diterima|dapet|arrived|received)\b"
)
"""Good news told: a business opened or running, a job found, the incentive received."""
_ASKS = re.compile(
    r"\?|\b(?:gmn|gimana|bagaimana|gmana|apakah|kapan|kpn|brp|berapa|bisa\s*ga|boleh\s*ga|ada\s*ga|"
    r"gak\s+sih|kenapa|knp|how|what|when|where|why|can i|could i)\b"
)
"""A question asked beside it: answered by the readers after this one."""


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """Thanked and congratulated, outside any form; else None."""
    message = turn.message
    if message.payload is not None or turn.session.flow is not None:
        return None
    text = " ".join((message.text or "").lower().split())
    if not text or len(text.split()) > MAX_WORDS or _ASKS.search(text):
        return None
    if not _THANKS.search(text) or not _GOOD_NEWS.search(text):
        return None
    remember(turn, TOPIC)
    return [turn.reply("thanks_story.glad", turn.menu_button())]


__all__ = ["TOPIC", "answer"]
