"""How a short variation of the question just answered begins: "kalo rekening adik boleh?",
"oh gitu, kalau istri saya?", "what about my brother?" (``flows.fallback.carried_over``,
``flows.payout_help.follow_up``, ``flows.eligibility_follow_ups``)."""

from __future__ import annotations

import re

VARIATION = re.compile(
    r"^(?:(?:oh|ooh|ohh|o|ok|oke|okay|hmm|trus|terus|trs|lalu|nah|tapi|tp|gitu|begitu|ya|kak|min|"
    r"baik|baiklah|sip|siap|terima kasih|makasih|thanks|well|so)"
    r"\W*\s+)*(?:kalo|kalau|klo|kl|kalu|gimana kalau|gimana kalo|gmn kalo|bagaimana kalau|"
    r"if|what if|what about|how about|and)\b"
)

__all__ = ["VARIATION"]
