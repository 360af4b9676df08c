"""What pressing "Gabung Gelombang" does, asked before pressing it ("aku takut salah pencet, itu
kalau aku pencet langsung ikut ya?", "tombol gabung gelombang itu buat apa?", "what happens if
I click join wave?"): it enters the selection of the wave open now; it is no selection itself
(random among eligible applicants, announced by dashboard, SMS and email), and one not selected
joins the next wave without filling in the data again (DOMAIN.md "Registration steps" and
"Eligibility"). The open wave, or the next, from the database, with its closing time: that is
usually asked with it ("gelombang yg sekarang kapan tutup?").

A button that does not work ("ga bisa pencet gabung gelombang") is a problem with its own fix
(``flows.registration_help``). Before, a long story with this question got the login steps."""

from __future__ import annotations

import re

from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.turn import Ask
from flows.waves import waves_text

_BUTTON = re.compile(
    r"\b(?:gabung|join|ikut)\w*\s+(?:ke\s+)?(?:gelombang|gel|wave)\b|\bjoin (?:a |the )?wave\b"
)
_PRESS = re.compile(
    r"\b(?:pencet\w*|dipencet|kepencet|klik\w*|diklik|click\w*|tekan\w*|ditekan|teken|pijit|"
    r"press\w*|tap|taps|tapped|tapping|tombol\w*|button)\b"
)
_ASKS = re.compile(
    r"\?|\b(?:apa|apakah|gimana|gmn|bagaimana|buat apa|untuk apa|fungsi\w*|maksud\w*|arti\w*|"
    r"langsung|otomatis|what|does|do i)\b|\bya\b"
)
_PROBLEM = re.compile(
    r"\b(?:(?:ga|gak|gk|nggak|ngga|tidak|tdk)\s*(?:bisa|bs|muncul|ada|aktif|keluar)|gabisa|gbs|"
    r"gagal\w*|error|eror|abu-?abu|disabled|can'?t|cannot|doesn'?t work|not working)\b"
)


def asks(text: str) -> bool:
    """Whether the message asks what pressing the "Gabung Gelombang" button does."""
    lowered = " ".join(text.lower().split())
    if not _BUTTON.search(lowered) or not _PRESS.search(lowered) or not _ASKS.search(lowered):
        return False
    return not _PROBLEM.search(lowered)


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """What the button does, then the wave open now (or next); None: not asked."""
    message = turn.message
    if message.payload is not None or not asks(message.text or ""):
        return None
    turn.session.misses = 0
    waves = yield from waves_text(turn.lang)
    body = turn.say("wave_join_button.what") + "\n\n" + waves
    return [Outbound(body, (turn.menu_button(),))]


__all__ = ["answer", "asks"]
